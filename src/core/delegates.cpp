#include "delegates.h"

#include "auditlog.h"
#include "database.h"
#include "importer.h"
#include "tablesource.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Delegates".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Delegates)
};

enum class Column { Name, Title, Body, Group, Seat, Presenter };

// Header spellings per column, compared with foldKey ("Họ và tên" -> "hovaten").
const QList<std::pair<Column, QStringList>> &headerWords()
{
    static const QList<std::pair<Column, QStringList>> words = {
        { Column::Name, { QStringLiteral("hovaten"), QStringLiteral("hoten"), QStringLiteral("fullname") } },
        { Column::Title, { QStringLiteral("chucvu"), QStringLiteral("title"), QStringLiteral("position") } },
        { Column::Body,
          { QStringLiteral("coquan"), QStringLiteral("donvi"), QStringLiteral("coquandonvi"), QStringLiteral("body"),
            QStringLiteral("unit") } },
        { Column::Group,
          { QStringLiteral("thanhphan"), QStringLiteral("nhom"), QStringLiteral("thanhphanhoinghi"),
            QStringLiteral("group") } },
        { Column::Seat,
          { QStringLiteral("hangghe"), QStringLiteral("ghe"), QStringLiteral("seatrow"), QStringLiteral("seat") } },
        { Column::Presenter, { QStringLiteral("traothuong"), QStringLiteral("presenter") } },
    };
    return words;
}

QString columnName(Column c)
{
    switch (c) {
    case Column::Name:
        return Tr::tr("Họ và tên");
    case Column::Title:
        return Tr::tr("Chức vụ");
    case Column::Body:
        return Tr::tr("Cơ quan");
    case Column::Group:
        return Tr::tr("Thành phần");
    case Column::Seat:
        return Tr::tr("Hàng ghế");
    case Column::Presenter:
        return Tr::tr("Trao thưởng");
    }
    return {};
}

Status insertDelegate(Database &db, Delegate &d)
{
    auto q = db.run(QStringLiteral("INSERT INTO delegate (campaign_id, position, full_name, name_key, title, body, "
                                   "group_name, seat_row, presenter, checked_in_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?)"),
                    { d.campaignId, d.position, d.fullName, foldText(d.fullName), d.title, d.body, d.groupName,
                      d.seatRow, d.presenter,
                      d.checkedInAt.isValid() ? QVariant(d.checkedInAt.toUTC().toString(Qt::ISODate)) : QVariant() },
                    Tr::tr("lưu đại biểu %1").arg(d.fullName));
    if (!q)
        return q.error();
    d.id = q->lastInsertId().toLongLong();
    return {};
}

void normalize(Delegate &d)
{
    d.fullName = normalizeText(d.fullName);
    d.title = normalizeText(d.title);
    d.body = normalizeText(d.body);
    d.groupName = normalizeText(d.groupName);
    d.seatRow = normalizeText(d.seatRow);
}

} // namespace

Result<QList<Delegate>> DelegateStore::list(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, position, full_name, title, body, group_name, seat_row, presenter, "
                                     "checked_in_at FROM delegate WHERE campaign_id = ? ORDER BY position, id"),
                      { campaignId }, Tr::tr("đọc danh sách đại biểu"));
    if (!q)
        return q.error();
    QList<Delegate> result;
    while (q->next()) {
        Delegate d;
        d.id = q->value(0).toLongLong();
        d.campaignId = campaignId;
        d.position = q->value(1).toInt();
        d.fullName = q->value(2).toString();
        d.title = q->value(3).toString();
        d.body = q->value(4).toString();
        d.groupName = q->value(5).toString();
        d.seatRow = q->value(6).toString();
        d.presenter = q->value(7).toInt();
        d.checkedInAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODate);
        result.append(d);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách đại biểu")); !rowsEnd)
        return rowsEnd.error();
    return result;
}

Status DelegateStore::add(Delegate &d)
{
    normalize(d);
    if (d.fullName.isEmpty())
        return Error::validation(Tr::tr("Họ và tên đại biểu không được để trống."));
    if (d.presenter < 0)
        return Error::validation(Tr::tr("Thứ tự trao thưởng không được âm."));
    return m_db.transaction([&]() -> Status {
        auto last = m_db.run(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM delegate WHERE campaign_id = ?"),
                             { d.campaignId }, Tr::tr("đọc danh sách đại biểu"));
        if (!last)
            return last.error();
        d.position = last->next() ? last->value(0).toInt() + 1 : 1;
        if (auto st = insertDelegate(m_db, d); !st)
            return st;
        return AuditLog(m_db).record(QStringLiteral("delegate.add"), QStringLiteral("delegate"), d.id, d.fullName);
    });
}

Status DelegateStore::remove(qint64 campaignId, qint64 delegateId)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("DELETE FROM delegate WHERE id = ? AND campaign_id = ?"),
                          { delegateId, campaignId }, Tr::tr("xóa đại biểu"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có đại biểu số %1 trong đợt này.").arg(delegateId));
        return AuditLog(m_db).record(QStringLiteral("delegate.remove"), QStringLiteral("delegate"), delegateId,
                                     QString());
    });
}

Result<DelegateImportReport> DelegateStore::importFile(qint64 campaignId, const QString &path, bool replace)
{
    auto table = readImportTable(path);
    if (!table)
        return table.error();
    const QString file = QFileInfo(path).fileName();
    DelegateImportReport report;
    if (table->rows.isEmpty())
        return Error::validation(Tr::tr("%1: tệp trống.").arg(file));

    // The header row: the first row (of the first 20) that names the "Họ và tên" column.
    auto columnOf = [](const QString &key, Column *out) {
        for (const auto &[column, words] : headerWords()) {
            if (words.contains(key)) {
                *out = column;
                return true;
            }
        }
        return false;
    };
    int headerIndex = -1;
    for (int r = 0; r < table->rows.size() && r < 20 && headerIndex < 0; ++r) {
        for (const QVariant &cell : table->rows.at(r).cells) {
            Column c;
            if (columnOf(foldKey(cellText(cell)), &c) && c == Column::Name) {
                headerIndex = r;
                break;
            }
        }
    }
    QMap<Column, int> columns;
    if (headerIndex >= 0) {
        const TableRow &header = table->rows.at(headerIndex);
        for (int c = 0; c < header.cells.size(); ++c) {
            const QString title = cellText(header.cell(c));
            Column column;
            if (foldKey(title).isEmpty())
                continue;
            if (columnOf(foldKey(title), &column) && !columns.contains(column)) {
                columns.insert(column, c);
                continue;
            }
            report.warnings << Tr::tr("%1:%2:%3: cột \"%4\" không dùng đến, bỏ qua.")
                                   .arg(file)
                                   .arg(header.rowNumber)
                                   .arg(spreadsheetColumnName(c), title);
        }
    }
    if (headerIndex < 0) {
        return Error::validation(
            Tr::tr("%1: không thấy dòng tiêu đề có cột \"Họ và tên\" (danh sách đại biểu).").arg(file));
    }

    QList<Delegate> delegates;
    for (int r = headerIndex + 1; r < table->rows.size(); ++r) {
        const TableRow &row = table->rows.at(r);
        auto text = [&](Column c) {
            return columns.contains(c) ? normalizeText(cellText(row.cell(columns.value(c)))) : QString();
        };
        Delegate d;
        d.campaignId = campaignId;
        d.fullName = text(Column::Name);
        d.title = text(Column::Title);
        d.body = text(Column::Body);
        d.groupName = text(Column::Group);
        d.seatRow = text(Column::Seat);
        const QString presenter = text(Column::Presenter);
        bool rowEmpty = d.fullName.isEmpty() && d.title.isEmpty() && d.body.isEmpty() && d.groupName.isEmpty()
                        && d.seatRow.isEmpty() && presenter.isEmpty();
        if (rowEmpty)
            continue;
        auto problem = [&](Column c, const QString &message) {
            report.problems << QStringLiteral("%1:%2:%3: %4").arg(file).arg(row.rowNumber).arg(columnName(c), message);
        };
        if (d.fullName.isEmpty())
            problem(Column::Name, Tr::tr("thiếu họ và tên"));
        if (d.fullName.size() > 200)
            problem(Column::Name, Tr::tr("dài quá 200 ký tự"));
        for (Column c : { Column::Title, Column::Body, Column::Group, Column::Seat }) {
            if (text(c).size() > 500)
                problem(c, Tr::tr("dài quá 500 ký tự"));
        }
        if (!presenter.isEmpty()) {
            bool ok = false;
            const int order = presenter.toInt(&ok);
            const QString folded = foldKey(presenter);
            if (ok && order >= 0 && order <= 1000)
                d.presenter = order;
            else if (folded == QLatin1String("x") || folded == QLatin1String("co") || folded == QLatin1String("yes"))
                d.presenter = -1; // numbered in list order below
            else
                problem(Column::Presenter, Tr::tr("\"%1\" không phải thứ tự trao thưởng (số, hoặc x)").arg(presenter));
        }
        delegates.append(d);
    }
    if (!report.problems.isEmpty()) {
        return Error::validation(
            Tr::tr("%1: không nhập gì, %n dòng lỗi.", nullptr, int(report.problems.size())).arg(file), report.problems);
    }
    if (delegates.isEmpty())
        return Error::validation(Tr::tr("%1: không có đại biểu nào dưới dòng tiêu đề.").arg(file));

    Status st = m_db.transaction([&]() -> Status {
        int position = 0;
        int lastPresenter = 0;
        if (replace) {
            auto del = m_db.run(QStringLiteral("DELETE FROM delegate WHERE campaign_id = ?"), { campaignId },
                                Tr::tr("xóa danh sách đại biểu cũ"));
            if (!del)
                return del.error();
        } else {
            auto last = m_db.run(QStringLiteral("SELECT COALESCE(MAX(position), 0), COALESCE(MAX(presenter), 0) "
                                                "FROM delegate WHERE campaign_id = ?"),
                                 { campaignId }, Tr::tr("đọc danh sách đại biểu"));
            if (!last)
                return last.error();
            if (last->next()) {
                position = last->value(0).toInt();
                lastPresenter = last->value(1).toInt();
            }
        }
        for (const Delegate &d : std::as_const(delegates))
            lastPresenter = qMax(lastPresenter, d.presenter);
        for (Delegate &d : delegates) {
            d.position = ++position;
            if (d.presenter < 0)
                d.presenter = ++lastPresenter;
            if (auto ins = insertDelegate(m_db, d); !ins)
                return ins;
        }
        return AuditLog(m_db).record(QStringLiteral("delegate.import"), QStringLiteral("delegate"), 0,
                                     QStringLiteral("%1: %2").arg(file).arg(delegates.size()));
    });
    if (!st)
        return st.error();
    report.imported = int(delegates.size());
    return report;
}

Result<Delegate> DelegateStore::checkIn(qint64 campaignId, qint64 delegateId, bool present)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status st = m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("UPDATE delegate SET checked_in_at = ? WHERE id = ? AND campaign_id = ?"),
                          { present ? QVariant(now.toString(Qt::ISODate)) : QVariant(), delegateId, campaignId },
                          Tr::tr("ghi đại biểu có mặt"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có đại biểu số %1 trong đợt này.").arg(delegateId));
        return AuditLog(m_db).record(present ? QStringLiteral("delegate.checkin") : QStringLiteral("delegate.checkout"),
                                     QStringLiteral("delegate"), delegateId, QString());
    });
    if (!st)
        return st.error();
    auto all = list(campaignId);
    if (!all)
        return all.error();
    for (const Delegate &d : std::as_const(*all)) {
        if (d.id == delegateId)
            return d;
    }
    return Error::validation(Tr::tr("Không có đại biểu số %1 trong đợt này.").arg(delegateId));
}

QList<Delegate> searchDelegates(const QList<Delegate> &delegates, const QString &query)
{
    const QStringList words = foldText(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return delegates;
    QList<Delegate> found;
    for (const Delegate &d : delegates) {
        const QString hay = foldText(d.fullName + QLatin1Char(' ') + d.body);
        bool all = true;
        for (const QString &w : words) {
            if (!hay.contains(w)) {
                all = false;
                break;
            }
        }
        if (all)
            found.append(d);
    }
    return found;
}

QList<DelegateGroupCount> delegateCounts(const QList<Delegate> &delegates)
{
    QList<DelegateGroupCount> counts;
    QHash<QString, int> index;
    for (const Delegate &d : delegates) {
        const QString key = foldKey(d.groupName);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(counts.size()));
            counts.append({ d.groupName, 0, 0 });
        }
        ++counts[*it].invited;
        counts[*it].present += d.present() ? 1 : 0;
    }
    return counts;
}

} // namespace vd
