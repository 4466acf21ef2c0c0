// The council session's documents: ballots per bloc and the minutes with the
// vote count (Kế hoạch mục II.4; docs/conference.md).
#include "conferencedocs.h"

#include "adminblocks.h"
#include "adminformat.h"
#include "doctext.h"

namespace vd::docs {

namespace {

QDate orToday(const QDate &date) { return date.isValid() ? date : QDate::currentDate(); }

Paragraph heading(const QString &text)
{
    Paragraph p(Styles::Heading, text);
    p.spaceBeforePt = 6;
    return p;
}

Paragraph line(const QString &text)
{
    Paragraph p(Styles::Body, text);
    p.spaceAfterPt = 3;
    return p;
}

QString blocTitle(const Bloc &bloc) { return DocText::tr("Khối %1").arg(bloc.name); }

QString resultText(const TallyRow &r)
{
    if (!r.counted)
        return DocText::tr("Chưa kiểm phiếu");
    if (r.tiedAtCutoff)
        return DocText::tr("Bằng phiếu");
    if (r.preselected)
        return DocText::tr("Đề nghị biểu dương");
    if (r.passes)
        return DocText::tr("Đạt, ngoài chỉ tiêu");
    return DocText::tr("Không đạt");
}

QString percent(int agree, int base)
{
    if (base <= 0)
        return QString();
    return QStringLiteral("%1%").arg(
        QString::number(100.0 * agree / base, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')));
}

Signer memberSigner(const CouncilResult &r, CouncilRole role)
{
    for (const CouncilMember &m : r.members) {
        if (m.role == role)
            return { QString(), councilRoleName(role).toUpper(), m.fullName };
    }
    return { QString(), councilRoleName(role).toUpper(), QString() };
}

} // namespace

Document buildCouncilBallots(const CouncilResult &r, const QDate &when)
{
    const Campaign &c = r.campaign;
    const QDate date = orToday(when);
    Document doc(DocText::tr("Phiếu bầu Lao động giỏi tiêu biểu năm %1").arg(c.year));
    bool first = true;
    for (const CouncilBloc &b : r.blocs) {
        if (!first)
            doc << PageBreak {};
        first = false;
        appendAdminHeader(doc, c, QString(), date);
        appendTitle(doc, DocText::tr("Phiếu bầu"),
                    { DocText::tr("Lao động giỏi tiêu biểu năm %1").arg(c.year), blocTitle(b.bloc) }, false,
                    DocText::tr("(Chọn không quá %n người; đánh dấu X vào một trong hai cột)", nullptr, b.places));
        Table t({ 7, 25, 18, 26, 12, 12 });
        t.headerRows = 1;
        t << TableRow({ headerCell(DocText::tr("STT")), headerCell(DocText::tr("Họ và tên")),
                        headerCell(DocText::tr("Chức vụ")), headerCell(DocText::tr("Đơn vị")),
                        headerCell(DocText::tr("Đồng ý")), headerCell(DocText::tr("Không đồng ý")) });
        int n = 0;
        for (const TallyRow &row : b.rows) {
            t << TableRow({ textCell(QString::number(++n), Align::Center), textCell(row.nominee.fullName),
                            textCell(row.nominee.position), textCell(row.nominee.unitName), textCell(QString()),
                            textCell(QString()) });
        }
        doc << t;
        Paragraph note(Styles::BodyPlain,
                       { Run::italicText(DocText::tr("Thành viên Hội đồng cùng đơn vị với người được bầu "
                                                     "không bầu cho người đó.")) });
        note.spaceBeforePt = 6;
        doc << note;
    }
    return doc;
}

Result<Document> buildCouncilMinutes(const CouncilResult &r, const QDate &when)
{
    const Campaign &c = r.campaign;
    int counted = 0, onBallot = 0;
    for (const CouncilBloc &b : r.blocs) {
        for (const TallyRow &row : b.rows) {
            ++onBallot;
            counted += row.counted ? 1 : 0;
        }
    }
    if (counted == 0)
        return Error::validation(DocText::tr("Chưa nhập kết quả kiểm phiếu nào: chưa lập được biên bản."));
    const QDate date = orToday(when);
    const QDate held = r.settings.councilDate.isValid() ? r.settings.councilDate : date;
    Document doc(DocText::tr("Biên bản họp Hội đồng Thi đua - Khen thưởng"));
    appendAdminHeader(doc, c, DocText::tr("      /BB-HĐTĐKT"), date);
    appendTitle(doc, DocText::tr("Biên bản"),
                { DocText::tr("Họp Hội đồng Thi đua - Khen thưởng xét biểu dương"),
                  DocText::tr("Lao động giỏi tiêu biểu năm %1").arg(c.year) });
    const QString place
        = r.settings.councilPlace.isEmpty() ? QString() : DocText::tr(", tại %1").arg(r.settings.councilPlace);
    doc << line(DocText::tr("Hôm nay, %1%2, Hội đồng Thi đua - Khen thưởng họp xét, bầu chọn Lao "
                            "động giỏi tiêu biểu "
                            "để biểu dương tại %3.")
                    .arg(longDate(held), place, c.name));

    doc << heading(DocText::tr("I. Thành phần"));
    doc << line(DocText::tr("Có mặt %1/%2 thành viên Hội đồng:").arg(r.present).arg(r.members.size()));
    QStringList absent;
    for (const CouncilMember &m : r.members) {
        const QString who = m.title.isEmpty() ? m.fullName : DocText::tr("%1, %2").arg(m.fullName, m.title);
        if (!m.present) {
            absent << who;
            continue;
        }
        const QString role
            = m.role == CouncilRole::Member ? QString() : DocText::tr(" (%1)").arg(councilRoleName(m.role));
        doc << line(QStringLiteral("- ") + who + role + QLatin1Char(';'));
    }
    if (!absent.isEmpty())
        doc << line(DocText::tr("Vắng mặt: %1.").arg(absent.join(QStringLiteral("; "))));

    doc << heading(DocText::tr("II. Nội dung"));
    doc << line(DocText::tr("Hội đồng xem xét %n hồ sơ đủ điều kiện theo tiêu chuẩn của Kế hoạch, bầu bằng phiếu "
                            "kín "
                            "theo từng khối. Người được đề nghị khi số phiếu đồng ý %1; thành viên cùng đơn vị với "
                            "người được bầu không bầu cho người đó. Trong chỉ tiêu của khối, người nhiều phiếu hơn "
                            "được xếp trước.",
                            nullptr, onBallot)
                    .arg(r.settings.majority.describe()));

    doc << heading(DocText::tr("III. Kết quả kiểm phiếu"));
    QStringList ties;
    int group = 0;
    for (const CouncilBloc &b : r.blocs) {
        Paragraph title(Styles::Heading,
                        DocText::tr("%1. %2 (chỉ tiêu còn %3)").arg(++group).arg(blocTitle(b.bloc)).arg(b.places));
        doc << title;
        Table t({ 7, 21, 20, 8, 10, 10, 10, 14 });
        t.headerRows = 1;
        t << TableRow({ headerCell(DocText::tr("STT")), headerCell(DocText::tr("Họ và tên")),
                        headerCell(DocText::tr("Đơn vị")), headerCell(DocText::tr("Đồng ý")),
                        headerCell(DocText::tr("Không đồng ý")), headerCell(DocText::tr("Không ý kiến")),
                        headerCell(DocText::tr("Tỷ lệ đồng ý")), headerCell(DocText::tr("Kết quả")) });
        int n = 0;
        QStringList tied;
        for (const TallyRow &row : b.rows) {
            const auto count = [&row](int v) {
                return row.counted ? QString::number(v) : QString();
            };
            t << TableRow({ textCell(QString::number(++n), Align::Center), textCell(row.nominee.fullName),
                            textCell(row.nominee.unitName), textCell(count(row.vote.agree), Align::Center),
                            textCell(count(row.vote.disagree), Align::Center),
                            textCell(count(row.vote.abstain), Align::Center),
                            textCell(row.counted ? percent(row.vote.agree, row.base) : QString(), Align::Center),
                            textCell(resultText(row)) });
            if (row.tiedAtCutoff)
                tied << row.nominee.fullName;
        }
        doc << t;
        if (!tied.isEmpty()) {
            ties << DocText::tr("%1: %2 bằng phiếu ở vị trí cuối của chỉ tiêu")
                        .arg(blocTitle(b.bloc), tied.join(QStringLiteral(", ")));
        }
    }

    doc << heading(DocText::tr("IV. Kết luận"));
    const int preselected = int(r.preselectedIds().size());
    doc << line(DocText::tr("Hội đồng thống nhất đề nghị biểu dương %n người có tên ở cột Kết quả "
                            "\"Đề nghị biểu dương\".",
                            nullptr, preselected));
    if (!ties.isEmpty()) {
        doc << line(DocText::tr("Các trường hợp bằng phiếu, Hội đồng xem xét quyết định: %1.")
                        .arg(ties.join(QStringLiteral("; "))));
    }
    if (counted < onBallot)
        doc << line(DocText::tr("Còn %n hồ sơ chưa kiểm phiếu.", nullptr, onBallot - counted));
    doc << line(DocText::tr("Biên bản được lập xong hồi …… giờ cùng ngày, đã thông qua và các thành viên có mặt "
                            "nhất trí."));
    appendClosing(doc, {}, { memberSigner(r, CouncilRole::Secretary), memberSigner(r, CouncilRole::Chair) });
    return doc;
}

} // namespace vd::docs
