// The translation context of the documents' texts ("vd::docs"): DocText::tr().
#pragma once

#include <QCoreApplication>

namespace vd::docs {

class DocText
{
    Q_DECLARE_TR_FUNCTIONS(vd::docs)
};

} // namespace vd::docs
