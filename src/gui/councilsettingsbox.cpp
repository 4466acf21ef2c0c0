#include "councilsettingsbox.h"

#include "dialogs.h"
#include "optionaldateedit.h"
#include "session.h"
#include "textfold.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace vd::gui {

namespace {

// Wider than core's limits, so a value out of range is said, not cut.
QSpinBox *makeNumber(const char *name, int maximum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, maximum);
    return spin;
}

} // namespace

CouncilSettingsBox::CouncilSettingsBox(Session &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("councilSettingsGroupBox"));
    auto *form = new QFormLayout(this);

    m_majorityLabel = new QLabel(this);
    m_numerator = makeNumber("majorityNumeratorSpinBox", 999, this);
    m_majorityLabel->setBuddy(m_numerator);
    m_slash = new QLabel(QStringLiteral("/"), this);
    m_denominator = makeNumber("majorityDenominatorSpinBox", 999, this);
    m_slash->setBuddy(m_denominator);
    auto *fraction = new QHBoxLayout;
    fraction->addWidget(m_numerator);
    fraction->addWidget(m_slash);
    fraction->addWidget(m_denominator);
    // "quá 1/2 [số thành viên có mặt]" reads as the rule is said; the combo is
    // named by its accessible name (the row's label names the numerator).
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("majorityBaseComboBox"));
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToContents); // read whole in either language
    fraction->addWidget(m_base, 1);
    form->addRow(m_majorityLabel, fraction);

    m_dateLabel = new QLabel(this);
    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("councilDateEdit"));
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);

    m_placeLabel = new QLabel(this);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("councilPlaceLineEdit"));
    m_placeLabel->setBuddy(m_place);
    form->addRow(m_placeLabel, m_place);

    // Four rows, Lưu on the last one: the problems under them fit in the height
    // of the member form beside the box (the tab fits 1366×768 with no room to spare).
    m_batchLabel = new QLabel(this);
    m_batch = makeNumber("batchSizeSpinBox", 1000, this);
    m_batchLabel->setBuddy(m_batch);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettingsPushButton"));
    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_batch, 1);
    lastRow->addWidget(m_save);
    form->addRow(m_batchLabel, lastRow);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("councilSettingsProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    m_problems->hide();
    form->addRow(m_problems);

    // A change of the form drops the message of a refused Lưu: it was about other values.
    const auto edited = [this] {
        m_saveError.clear();
        updateState();
    };
    connect(m_numerator, &QSpinBox::valueChanged, this, edited);
    connect(m_denominator, &QSpinBox::valueChanged, this, edited);
    connect(m_base, &QComboBox::currentIndexChanged, this, edited);
    connect(m_date, &OptionalDateEdit::optionalDateChanged, this, edited);
    connect(m_place, &QLineEdit::textChanged, this, edited);
    connect(m_batch, &QSpinBox::valueChanged, this, edited);
    connect(m_save, &QPushButton::clicked, this, &CouncilSettingsBox::save);

    retranslate();
    showSettings(m_stored);
}

void CouncilSettingsBox::fillBases()
{
    const int current = qMax(0, m_base->currentIndex());
    const QSignalBlocker blocker(m_base);
    m_base->clear();
    m_base->addItem(tr("số thành viên có mặt"), true);
    m_base->addItem(tr("tổng số thành viên"), false);
    m_base->setCurrentIndex(current);
}

void CouncilSettingsBox::retranslate()
{
    fillBases();
    setTitle(tr("Thiết lập phiên họp"));
    m_majorityLabel->setText(tr("Đạt khi đồng ý quá:"));
    m_numerator->setToolTip(tr("Người được bầu đạt khi số phiếu đồng ý lớn hơn phân số này nhân với số "
                               "thành viên được bầu (ví dụ 1/2, 2/3)"));
    m_denominator->setAccessibleName(tr("Mẫu số của tỷ lệ đa số"));
    m_denominator->setToolTip(m_numerator->toolTip());
    m_base->setAccessibleName(tr("Tính đa số trên"));
    m_dateLabel->setText(tr("Ngày họp Hội đồng:"));
    m_placeLabel->setText(tr("Địa điểm họp:"));
    m_batchLabel->setText(tr("Mỗi lượt lên nhận:"));
    m_batch->setSuffix(tr(" người"));
    m_batch->setToolTip(tr("Số người được mời lên sân khấu cùng một lượt (kịch bản điều hành, trình chiếu)"));
    m_save->setText(tr("Lư&u thiết lập"));
    updateState();
}

void CouncilSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void CouncilSettingsBox::setStored(const ConferenceSettings &settings)
{
    const bool keepForm = isModified();
    m_stored = settings;
    if (!keepForm)
        showSettings(settings);
    updateState();
}

void CouncilSettingsBox::showSettings(const ConferenceSettings &s)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_numerator, m_denominator, m_base, m_date, m_place, m_batch })
        w->blockSignals(true);
    m_numerator->setValue(s.majority.numerator);
    m_denominator->setValue(s.majority.denominator);
    m_base->setCurrentIndex(qMax(0, m_base->findData(s.majority.ofPresent)));
    const QDate conference = m_session.campaign().conferenceDate;
    m_date->setStartDate(conference.isValid() ? conference : m_session.today());
    m_date->setOptionalDate(s.councilDate);
    m_place->setText(s.councilPlace);
    m_batch->setValue(s.batchSize);
    for (QWidget *w : std::initializer_list<QWidget *> { m_numerator, m_denominator, m_base, m_date, m_place, m_batch })
        w->blockSignals(false);
    m_saveError.clear();
}

ConferenceSettings CouncilSettingsBox::fromForm() const
{
    ConferenceSettings s;
    s.majority.numerator = m_numerator->value();
    s.majority.denominator = m_denominator->value();
    s.majority.ofPresent = m_base->currentData().toBool();
    s.councilDate = m_date->optionalDate();
    s.councilPlace = m_place->text();
    s.batchSize = m_batch->value();
    return s;
}

bool CouncilSettingsBox::isModified() const
{
    const ConferenceSettings s = fromForm();
    return s.majority.numerator != m_stored.majority.numerator
           || s.majority.denominator != m_stored.majority.denominator
           || s.majority.ofPresent != m_stored.majority.ofPresent || s.councilDate != m_stored.councilDate
           || normalizeText(s.councilPlace) != normalizeText(m_stored.councilPlace)
           || s.batchSize != m_stored.batchSize;
}

void CouncilSettingsBox::updateState()
{
    const QStringList problems = conferenceSettingsProblems(fromForm());
    const bool modified = isModified();
    const QString text = !m_saveError.isEmpty() ? m_saveError : problems.join(QLatin1Char('\n'));
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
    m_save->setEnabled(modified && problems.isEmpty());
    m_save->setToolTip(!problems.isEmpty() ? tr("Sửa trước khi lưu:\n%1").arg(problems.join(QLatin1Char('\n')))
                       : !modified         ? tr("Chưa có gì thay đổi so với thiết lập đã lưu.")
                                   : tr("Lưu thiết lập: kết quả kiểm phiếu được tính lại theo tỷ lệ mới."));
}

bool CouncilSettingsBox::save()
{
    const ConferenceSettings s = fromForm();
    const Status st = CouncilStore(m_session.database()).saveSettings(m_session.campaign().id, s);
    if (!st) {
        m_saveError = errorText(st.error());
        updateState();
        return false;
    }
    // What was saved is what is stored: the reload shows it (place normalised).
    m_stored = s;
    m_saveError.clear();
    (void)m_session.refresh(); // the tally below, the minutes and the script follow the new settings
    updateState();
    return true;
}

} // namespace vd::gui
