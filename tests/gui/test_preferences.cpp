#include "preferences.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>

using namespace vd::gui;

TEST_CASE("preferences persist through QSettings and the dialog edits them", "[gui][preferences]")
{
    QSettings().clear();
    Preferences defaults = Preferences::load();
    CHECK(defaults.language == QStringLiteral("vi"));
    CHECK(defaults.backupKeep == 7);
    CHECK(defaults.maskCitizenId);

    PreferencesDialog dialog(defaults);
    dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"))->setCurrentIndex(1);
    dialog.findChild<QSpinBox *>(QStringLiteral("backupKeepSpinBox"))->setValue(30);
    dialog.findChild<QCheckBox *>(QStringLiteral("maskCitizenIdCheckBox"))->setChecked(false);
    dialog.preferences().save();

    Preferences again = Preferences::load();
    CHECK(again.language == QStringLiteral("en"));
    CHECK(again.backupKeep == 30);
    CHECK_FALSE(again.maskCitizenId);
    QSettings().clear();
}
