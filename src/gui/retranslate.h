// Runtime language switching: installs the translators for a language and
// lets models re-announce their texts (widgets retranslate themselves in
// changeEvent on QEvent::LanguageChange).
#pragma once

#include <QString>

class QAbstractItemModel;

namespace vd::gui {

// The language in use: "vi" or "en".
QString currentLanguage();
// Installs the translators for "vi" (Qt's own strings in Vietnamese) or "en"
// (our strings in English) in place of the previous ones. Every top-level
// widget then receives QEvent::LanguageChange (posted).
void setLanguage(const QString &language);
// Tells the views of `model` that its headers and display texts changed.
void announceLanguageChange(QAbstractItemModel *model);

} // namespace vd::gui
