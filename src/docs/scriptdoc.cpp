// The running script (kịch bản điều hành, Kế hoạch mục VI.1 "chương trình điều
// hành hội nghị"): the MC's script in the order of runningorder.h — the items
// with their times, the delegates introduced, the call-out of the honorees in
// batches and who presents to each batch. docs/conference.md.
#include "conferencedocs.h"

#include "adminblocks.h"
#include "adminformat.h"
#include "doctext.h"
#include "documents.h"

namespace vd::docs {

namespace {

QString hhmm(const QTime &t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); }

QString span(const QTime &start, int minutes)
{
    if (!start.isValid())
        return DocText::tr("%n phút", nullptr, minutes);
    return QStringLiteral("%1 – %2").arg(hhmm(start), hhmm(start.addSecs(60 * minutes)));
}

Paragraph heading(const QString &text)
{
    Paragraph p(Styles::Heading, text);
    p.spaceBeforePt = 9;
    return p;
}

// "Lời dẫn: …" in the Body style (what the MC reads).
Paragraph says(const QString &text)
{
    Paragraph p(Styles::Body, { Run::boldItalic(DocText::tr("Lời dẫn:")), Run(QLatin1Char(' ') + text) });
    p.spaceAfterPt = 3;
    return p;
}

Paragraph line(const QString &text)
{
    Paragraph p(Styles::Body, text);
    p.spaceAfterPt = 3;
    return p;
}

QString whoIs(const QString &title, const QString &body)
{
    if (title.isEmpty())
        return body;
    if (body.isEmpty())
        return title;
    return DocText::tr("%1, %2").arg(title, body);
}

// "Đồng chí Lê Văn Thịnh, Chủ tịch, LĐLĐ huyện" (inside a sentence: "đồng chí").
QString delegateLine(const Delegate &d, bool inSentence = false)
{
    const QString who = whoIs(d.title, d.body);
    const QString line = who.isEmpty() ? DocText::tr("Đồng chí %1").arg(d.fullName)
                                       : DocText::tr("Đồng chí %1, %2").arg(d.fullName, who);
    return inSentence ? line.left(1).toLower() + line.mid(1) : line;
}

Table overview(const RunningOrder &order)
{
    Table t({ 22, 60, 18 });
    t.headerRows = 1;
    t.spaceBeforePt = 6;
    t << TableRow({ headerCell(DocText::tr("Thời gian")), headerCell(DocText::tr("Nội dung")),
                    headerCell(DocText::tr("Thời lượng")) });
    for (const ScriptItem &item : order.items) {
        QString what = QStringLiteral("%1. %2").arg(item.number).arg(item.text);
        if (item.callOut)
            what += DocText::tr(" (%n lượt lên sân khấu)", nullptr, int(order.batches.size()));
        t << TableRow({ textCell(item.start.isValid() ? hhmm(item.start) : QString(), Align::Center), textCell(what),
                        textCell(DocText::tr("%n phút", nullptr, item.minutes), Align::Center) });
    }
    return t;
}

void appendIntroductions(Document &doc, const RunningOrder &order)
{
    if (order.delegates.isEmpty())
        return;
    doc << says(DocText::tr("Đến dự hội nghị hôm nay, chúng tôi trân trọng giới thiệu có:"));
    QString group;
    bool first = true;
    for (int i = 0; i < order.delegates.size(); ++i) {
        const Delegate &d = order.delegates.at(i);
        const bool last = i + 1 == order.delegates.size();
        if (first || d.groupName != group) {
            group = d.groupName;
            if (!group.isEmpty()) {
                Paragraph g(Styles::Body, { Run::italicText(group + QLatin1Char(':')) });
                g.spaceAfterPt = 0;
                g.keepWithNext = true;
                doc << g;
            }
        }
        first = false;
        Paragraph p(Styles::BodyPlain, QStringLiteral("- ") + delegateLine(d) + QLatin1Char(last ? '.' : ';'));
        p.leftIndentMm = 8;
        p.spaceAfterPt = 0;
        doc << p;
    }
}

void appendBatch(Document &doc, const CallOutBatch &batch)
{
    const int last = batch.firstNumber + int(batch.honorees.size()) - 1;
    QString title = DocText::tr("Lượt %1 — Khối %2, số %3–%4")
                        .arg(batch.number)
                        .arg(batch.bloc.name)
                        .arg(batch.firstNumber)
                        .arg(last);
    title += QStringLiteral(" (%1)").arg(span(batch.start, batch.minutes));
    Paragraph h = heading(title);
    h.keepWithNext = true;
    doc << h;
    Paragraph invite = says(DocText::tr("Trân trọng kính mời %n đồng chí có tên sau đây lên sân "
                                        "khấu nhận biểu dương:",
                                        nullptr, int(batch.honorees.size())));
    invite.keepWithNext = true;
    doc << invite;

    Table t({ 9, 36, 55 });
    t.headerRows = 1;
    t.keepTogether = true;
    t.keepWithNext = true;
    t << TableRow({ headerCell(DocText::tr("STT")), headerCell(DocText::tr("Họ và tên")),
                    headerCell(DocText::tr("Chức vụ, đơn vị")) });
    int n = batch.firstNumber;
    for (const Nominee &nominee : batch.honorees) {
        t << TableRow({ textCell(QString::number(n++), Align::Center),
                        TableCell(para(Styles::TableText, { Run::boldText(nominee.fullName) })),
                        textCell(whoIs(nominee.position, nominee.unitName)) });
    }
    doc << t;

    Paragraph presents = batch.hasPresenter()
                             ? says(DocText::tr("Trân trọng kính mời %1 lên trao Giấy khen cho các đồng chí.")
                                        .arg(delegateLine(batch.presenter, true)))
                             : says(DocText::tr("Trân trọng kính mời đồng chí ………………………… lên trao Giấy "
                                                "khen cho các đồng chí."));
    presents.spaceBeforePt = 4;
    doc << presents;
}

} // namespace

Document buildRunningScript(const RunningOrder &order, const QDate &when)
{
    const Campaign &c = order.campaign;
    const QDate date = when.isValid() ? when : QDate::currentDate();
    Document doc(DocText::tr("Kịch bản điều hành %1").arg(c.name));
    appendAdminHeader(doc, c, QString(), date);
    appendTitle(doc, DocText::tr("Kịch bản điều hành"), { c.name }, true);

    QString when_ = conferenceWhen(c);
    if (order.end().isValid())
        when_ += DocText::tr("; dự kiến kết thúc lúc %1").arg(clockTime(order.end()));
    if (!when_.isEmpty())
        doc << line(DocText::tr("Thời gian: %1.").arg(when_));
    if (!c.conferencePlace.isEmpty())
        doc << line(DocText::tr("Địa điểm: %1.").arg(c.conferencePlace));
    doc << line(DocText::tr("Người được biểu dương: %1 người, lên sân khấu %2 lượt, mỗi lượt "
                            "không quá %3 người; %4 đồng chí trao thưởng.")
                    .arg(order.honorees)
                    .arg(order.batches.size())
                    .arg(order.batchSize)
                    .arg(order.presenterCount()));
    doc << overview(order);

    bool firstItem = true;
    for (const ScriptItem &item : order.items) {
        Paragraph h
            = heading(QStringLiteral("%1. %2 (%3)").arg(item.number).arg(item.text, span(item.start, item.minutes)));
        h.keepWithNext = true;
        doc << h;
        if (item.callOut) {
            doc << says(DocText::tr("Tiếp theo chương trình, Ban Tổ chức trân trọng công bố "
                                    "danh sách %n cá nhân được biểu dương tại %1.",
                                    nullptr, order.honorees)
                            .arg(c.name));
            for (const CallOutBatch &batch : order.batches)
                appendBatch(doc, batch);
        } else {
            doc << says(firstItem ? DocText::tr("Mở đầu chương trình hội nghị: %1.").arg(item.text)
                                  : DocText::tr("Tiếp theo chương trình: %1.").arg(item.text));
            if (item.introducesDelegates)
                appendIntroductions(doc, order);
        }
        firstItem = false;
    }

    const QList<Signer> signers = firstSigner(c);
    appendClosing(
        doc, { DocText::tr("Người dẫn chương trình"), DocText::tr("Các đồng chí trao thưởng"), DocText::tr("Lưu: VT") },
        signers);
    return doc;
}

} // namespace vd::docs
