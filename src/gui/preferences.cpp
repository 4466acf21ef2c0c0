#include "preferences.h"

#include "retranslate.h"
#include "ui_preferencesdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>

namespace vd::gui {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(QStringLiteral("ui/language"), p.language).toString();
    if (p.language != QLatin1String("en"))
        p.language = QStringLiteral("vi");
    p.backupKeep = qBound(1, s.value(QStringLiteral("backup/keep"), p.backupKeep).toInt(), 365);
    p.maskCitizenId = s.value(QStringLiteral("privacy/maskCitizenId"), p.maskCitizenId).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("backup/keep"), backupKeep);
    s.setValue(QStringLiteral("privacy/maskCitizenId"), maskCitizenId);
}

PreferencesDialog::PreferencesDialog(const Preferences &prefs, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->setCurrentIndex(prefs.language == QLatin1String("en") ? 1 : 0);
    m_ui->backupKeepSpinBox->setValue(prefs.backupKeep);
    m_ui->maskCitizenIdCheckBox->setChecked(prefs.maskCitizenId);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_ui->languageComboBox->currentData().toString();
    p.backupKeep = m_ui->backupKeepSpinBox->value();
    p.maskCitizenId = m_ui->maskCitizenIdCheckBox->isChecked();
    return p;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace vd::gui
