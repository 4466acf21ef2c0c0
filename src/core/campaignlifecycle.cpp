// Next year's campaign from this one, the active campaign, and closing a
// campaign (read-only) -- CampaignStore, docs/history.md.
#include "campaignstore.h"

#include "auditlog.h"
#include "database.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::CampaignStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::CampaignStore)
};

QString dateText(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

} // namespace

Result<qint64> CampaignStore::createFrom(qint64 fromId, const CampaignDraft &draft)
{
    QStringList problems;
    if (draft.name.trimmed().isEmpty())
        problems.append(Tr::tr("Tên đợt: chưa nhập."));
    if (draft.planNumber.trimmed().isEmpty())
        problems.append(Tr::tr("Số kế hoạch: chưa nhập."));
    if (!draft.deadline.isValid())
        problems.append(Tr::tr("Hạn nộp hồ sơ: chưa nhập hoặc không phải ngày."));
    if (!draft.conferenceDate.isValid())
        problems.append(Tr::tr("Ngày hội nghị: chưa nhập hoặc không phải ngày."));
    if (draft.deadline.isValid() && draft.conferenceDate.isValid() && draft.conferenceDate < draft.deadline)
        problems.append(Tr::tr("Ngày hội nghị %1 ở trước hạn nộp hồ sơ %2.")
                            .arg(dateText(draft.conferenceDate), dateText(draft.deadline)));
    if (!problems.isEmpty())
        return Error::validation(Tr::tr("Chưa tạo được đợt mới."), problems);

    qint64 newId = 0;
    Status st = m_db.transaction([&]() -> Status {
        auto source = load(fromId);
        if (!source)
            return source.error();
        Campaign c = *source;
        // How far the new campaign lies from the old one, in years.
        int shift = 0;
        if (source->deadline.isValid())
            shift = draft.deadline.year() - source->deadline.year();
        else if (source->conferenceDate.isValid())
            shift = draft.conferenceDate.year() - source->conferenceDate.year();
        c.id = 0;
        c.active = true;
        c.closed = false;
        c.priorHonours.clear();
        c.name = draft.name.simplified();
        c.documentNumber = draft.planNumber.simplified();
        c.year = draft.year > 0 ? draft.year : source->year + shift;
        c.criteria.meritYear = c.year;
        c.deadline = draft.deadline;
        c.conferenceDate = draft.conferenceDate;
        c.documentDate = draft.planDate.isValid()
                             ? draft.planDate
                             : (source->documentDate.isValid() ? source->documentDate.addYears(shift) : QDate());
        auto id = insert(c);
        if (!id)
            return id.error();
        newId = *id;
        if (auto s
            = AuditLog(m_db).record(QStringLiteral("campaign.create"), QStringLiteral("campaign"), newId,
                                    Tr::tr("Tạo đợt “%1” (năm %2) từ đợt “%3” (mã %4)")
                                        .arg(c.name, QString::number(c.year), source->name, QString::number(fromId)));
            !s)
            return s;
        // The old campaign is kept as it was: read-only until reopened.
        return source->closed ? Status() : setClosed(fromId, true);
    });
    if (!st)
        return st.error();
    return newId;
}

Status CampaignStore::use(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto c = load(id);
        if (!c)
            return c.error();
        if (auto s = setActive(id); !s)
            return s;
        return AuditLog(m_db).record(QStringLiteral("campaign.use"), QStringLiteral("campaign"), id, c->name);
    });
}

Status CampaignStore::setClosed(qint64 id, bool closed)
{
    return m_db.transaction([&]() -> Status {
        auto c = load(id);
        if (!c)
            return c.error();
        auto q = m_db.run(QStringLiteral("UPDATE campaign SET closed = ? WHERE id = ?"), { closed ? 1 : 0, id },
                          Tr::tr("khóa đợt biểu dương"));
        if (!q)
            return q.error();
        return AuditLog(m_db).record(closed ? QStringLiteral("campaign.close") : QStringLiteral("campaign.reopen"),
                                     QStringLiteral("campaign"), id, c->name);
    });
}

Status CampaignStore::ensureOpen(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT name, closed FROM campaign WHERE id = ?"), { id },
                      Tr::tr("đọc đợt biểu dương"));
    if (!q)
        return q.error();
    if (q->next() && q->value(1).toInt() != 0)
        return Error::validation(Tr::tr("Đợt “%1” đã khóa (chỉ xem): không sửa được. Mở lại đợt trước khi sửa.")
                                     .arg(q->value(0).toString()));
    return {};
}

} // namespace vd
