// The translation context of the command line's texts ("vd::cli"): CliText::tr().
#pragma once

#include <QCoreApplication>

namespace vd::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(vd::cli)
};

} // namespace vd::cli
