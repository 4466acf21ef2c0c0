#include "peopledialog.h"

#include "dialogs.h"
#include "people.h"
#include "privacy.h"
#include "session.h"
#include "undocommands.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

enum Column { KindColumn, FirstColumn, SecondColumn, ColumnCount };
constexpr int kFirstIdRole = Qt::UserRole + 1;
constexpr int kSecondIdRole = Qt::UserRole + 2;

QString personText(const Person &p)
{
    const QString cccd = maskCitizenId(p.citizenId);
    return PeopleDialog::tr("%1 (mã %2), sinh %3, CCCD %4")
        .arg(p.fullName, QString::number(p.id), p.birthDate.isEmpty() ? QStringLiteral("?") : p.birthDate,
             cccd.isEmpty() ? QStringLiteral("—") : cccd);
}

// "Là một người": every dossier of the second person moves to the first.
class MergePeopleCommand : public DatabaseCommand
{
public:
    MergePeopleCommand(Session &session, qint64 kept, qint64 merged, const QString &names)
        : DatabaseCommand(session, [names] { return PeopleDialog::tr("Gộp người %1").arg(names); }), m_kept(kept),
          m_merged(merged)
    {
    }

protected:
    Status apply() override
    {
        auto merge = PersonStore(m_session.database()).merge(m_kept, m_merged);
        if (!merge)
            return merge.error();
        m_merge = *merge;
        return {};
    }
    Status revert() override { return PersonStore(m_session.database()).undoMerge(m_merge); }

private:
    qint64 m_kept;
    qint64 m_merged;
    PersonMerge m_merge;
};

// "Hai người khác nhau": the pair is no longer listed.
class KeepPeopleApartCommand : public DatabaseCommand
{
public:
    KeepPeopleApartCommand(Session &session, qint64 first, qint64 second, const QString &names)
        : DatabaseCommand(session, [names] { return PeopleDialog::tr("Ghi hai người khác nhau: %1").arg(names); }),
          m_first(first), m_second(second)
    {
    }

protected:
    Status apply() override { return PersonStore(m_session.database()).keepApart(m_first, m_second); }
    Status revert() override { return PersonStore(m_session.database()).undoKeepApart(m_first, m_second); }

private:
    qint64 m_first;
    qint64 m_second;
};

} // namespace

PeopleDialog::PeopleDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("Người có thể trùng"));
    auto *layout = new QVBoxLayout(this);
    m_introLabel = new QLabel(tr("Những cặp người có thể là một người (qua các đợt). Chương trình không tự "
                                 "gộp: chọn một cặp rồi quyết định. Ctrl+Z hoàn tác quyết định."),
                              this);
    m_introLabel->setObjectName(QStringLiteral("peopleIntroLabel"));
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_introLabel);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictsTableWidget"));
    m_table->setAccessibleName(tr("Các cặp người có thể trùng"));
    m_table->setHorizontalHeaderLabels({ tr("Vì sao"), tr("Người thứ nhất (giữ lại)"), tr("Người thứ hai") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("peopleStatusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mergeButton = buttons->addButton(tr("Là một người (&gộp)"), QDialogButtonBox::ActionRole);
    m_mergeButton->setObjectName(QStringLiteral("mergePeoplePushButton"));
    m_apartButton = buttons->addButton(tr("Hai người &khác nhau"), QDialogButtonBox::ActionRole);
    m_apartButton->setObjectName(QStringLiteral("keepApartPushButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePeoplePushButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_apartButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    connect(&m_session, &Session::reloaded, this, &PeopleDialog::reload);
    resize(900, 420);
    reload();
}

int PeopleDialog::conflictCount() const { return m_table->rowCount(); }

void PeopleDialog::reload()
{
    m_table->setRowCount(0);
    auto conflicts = PersonStore(m_session.database()).conflicts();
    if (!conflicts) {
        m_statusLabel->setText(conflicts.error().message);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(conflicts->size()));
    for (int row = 0; row < conflicts->size(); ++row) {
        const PersonConflict &c = conflicts->at(row);
        auto *kind = new QTableWidgetItem(personConflictText(c.kind));
        kind->setData(kFirstIdRole, c.first.id);
        kind->setData(kSecondIdRole, c.second.id);
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, FirstColumn, new QTableWidgetItem(personText(c.first)));
        m_table->setItem(row, SecondColumn, new QTableWidgetItem(personText(c.second)));
    }
    m_table->resizeColumnsToContents();
    QStringList status;
    if (!m_lastDecision.isEmpty())
        status.append(m_lastDecision);
    if (conflicts->isEmpty())
        status.append(tr("Không có cặp người nào có thể trùng."));
    else if (m_table->currentRow() < 0)
        m_table->selectRow(0);
    m_statusLabel->setText(status.join(QLatin1Char(' ')));
    updateButtons();
}

void PeopleDialog::updateButtons()
{
    const bool any = !m_table->selectedItems().isEmpty();
    m_mergeButton->setEnabled(any);
    m_apartButton->setEnabled(any);
}

void PeopleDialog::decide(bool samePerson)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *kind = m_table->item(row, KindColumn);
    const qint64 first = kind->data(kFirstIdRole).toLongLong();
    const qint64 second = kind->data(kSecondIdRole).toLongLong();
    const QString names = tr("mã %1 và mã %2").arg(first).arg(second);
    if (samePerson
        && !Dialogs::instance().confirm(
            this, tr("Gộp hai người"),
            tr("%1 và %2 là một người? Mọi hồ sơ của người thứ hai chuyển sang người "
               "thứ nhất (hoàn tác được bằng Ctrl+Z).")
                .arg(m_table->item(row, FirstColumn)->text(), m_table->item(row, SecondColumn)->text()),
            tr("Gộp"), tr("Không gộp")))
        return;
    DatabaseCommand *command
        = samePerson ? static_cast<DatabaseCommand *>(new MergePeopleCommand(m_session, first, second, names))
                     : new KeepPeopleApartCommand(m_session, first, second, names);
    if (auto st = DatabaseCommand::execute(m_session, command); !st) {
        m_statusLabel->setText(st.error().message);
        return;
    }
    m_lastDecision
        = samePerson ? tr("Đã gộp người %1.").arg(names) : tr("Đã ghi %1 là hai người khác nhau.").arg(names);
    reload();
}

} // namespace vd::gui
