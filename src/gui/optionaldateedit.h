// A dd/MM/yyyy date edit that can also be empty ("—"): the minimum date stands
// for "no date". Typing a digit into an empty one starts from a sensible date;
// Delete (with the whole text selected) or Ctrl+Delete empties it again.
#pragma once

#include <QDateEdit>

namespace vd::gui {

class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Null when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    bool isEmpty() const { return date() == minimumDate(); }
    // The date typing starts from when the edit is empty.
    void setStartDate(const QDate &date) { m_startDate = date; }

signals:
    void optionalDateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // Empty, the edit shows "—" and has no part for Tab to move to:
    // QDateTimeEdit would then swallow Tab and keep the focus; it leaves instead.
    bool focusNextPrevChild(bool next) override;

private:
    QDate m_startDate;
};

} // namespace vd::gui
