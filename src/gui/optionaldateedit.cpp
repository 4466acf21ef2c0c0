#include "optionaldateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace vd::gui {

namespace {
const QDate kEmpty(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent), m_startDate(QDate::currentDate())
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setMinimumDate(kEmpty);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("—"));
    setCalendarPopup(true);
    setDate(kEmpty);
    setCurrentSection(QDateTimeEdit::DaySection);
    connect(this, &QDateEdit::dateChanged, this, [this] { emit optionalDateChanged(optionalDate()); });
}

QDate OptionalDateEdit::optionalDate() const { return isEmpty() ? QDate() : date(); }

void OptionalDateEdit::setOptionalDate(const QDate &date) { setDate(date.isValid() && date > kEmpty ? date : kEmpty); }

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    if (isEmpty())
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool clear
        = (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
          && (event->modifiers().testFlag(Qt::ControlModifier) || lineEdit()->selectedText() == lineEdit()->text());
    if (clear && !isEmpty()) {
        setDate(kEmpty);
        event->accept();
        return;
    }
    const QString text = event->text();
    if (isEmpty() && text.size() == 1 && text.at(0).isDigit()) {
        setDate(m_startDate);
        setCurrentSection(QDateTimeEdit::DaySection);
        lineEdit()->setSelection(0, 2);
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace vd::gui
