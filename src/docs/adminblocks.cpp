#include "adminblocks.h"

#include "adminformat.h"
#include "doctext.h"
#include "documents.h"
#include "pagelayout.h"

namespace vd::docs {

namespace {

// Column shares of the header: the bodies left, the national title right.
constexpr qreal kHeaderLeft = 40;
constexpr qreal kHeaderRight = 60;
// The rule under the issuing body: 2/5 of its line (the decree: 1/3 to 1/2).
constexpr qreal kBodyRuleShare = 0.4;

Rule ruleOf(qreal lengthMm, qreal before = 2, qreal after = 1)
{
    Rule r;
    r.lengthMm = lengthMm;
    r.spaceBeforePt = before;
    r.spaceAfterPt = after;
    return r;
}

qreal cellWidthMm(const PageSetup &page, qreal share, qreal paddingMm)
{
    return page.textWidthMm() * share / (kHeaderLeft + kHeaderRight) - 2 * paddingMm;
}

} // namespace

Table adminHeader(const StyleSheet &styles, const PageSetup &page, const Campaign &campaign, const QString &number,
                  const QDate &date)
{
    Table t({ kHeaderLeft, kHeaderRight });
    t.borders = false;
    t.keepTogether = true;
    t.paddingMm = 0.5;
    t.verticalPaddingMm = 0;
    const qreal leftWidth = cellWidthMm(page, kHeaderLeft, t.paddingMm);
    const qreal rightWidth = cellWidthMm(page, kHeaderRight, t.paddingMm);

    QList<CellContent> left;
    if (!campaign.issuingParent.isEmpty())
        left << para(Styles::ParentBody, campaign.issuingParent.toUpper());
    const Paragraph body = para(Styles::IssuingBody, campaign.issuingBody.toUpper());
    left << body << ruleOf(naturalWidthMm(styles, body, leftWidth) * kBodyRuleShare);

    const Paragraph motto = para(Styles::Motto, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    QList<CellContent> right;
    right << para(Styles::NationalTitle, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) << motto
          << ruleOf(naturalWidthMm(styles, motto, rightWidth));
    t << TableRow({ TableCell(left), TableCell(right) });

    // "Số: 12/QĐ-LĐLĐ": the non-breaking spaces keep a blank number on one line.
    TableCell numberCell;
    if (!number.isEmpty()) {
        QString text = QStringLiteral("Số: %1").arg(number);
        text.replace(QLatin1Char(' '), QChar(0x00A0));
        numberCell = TableCell(para(Styles::Number, text));
    }
    t << TableRow({ numberCell, TableCell(para(Styles::PlaceDate, placeDateLine(campaign.place, date))) });
    return t;
}

void appendAdminHeader(Document &doc, const Campaign &campaign, const QString &number, const QDate &date)
{
    doc << adminHeader(doc.styles, doc.page, campaign, number, date);
}

void appendTitle(Document &doc, const QString &type, const QStringList &subject, bool capitalSubject,
                 const QString &note)
{
    Paragraph typeLine = para(Styles::DocumentType, type.toUpper());
    if (subject.isEmpty() && note.isEmpty())
        typeLine.spaceAfterPt = 10;
    doc << typeLine;
    qreal widest = 0;
    for (const QString &line : subject) {
        const Paragraph p = para(Styles::Subject, capitalSubject ? line.toUpper() : line);
        widest = qMax(widest, naturalWidthMm(doc.styles, p, doc.page.textWidthMm()));
        doc << p;
    }
    // A short rule under the subject (the decree: 1/3 to 1/2 of the line).
    if (!subject.isEmpty())
        doc << ruleOf(widest * kBodyRuleShare, 2, note.isEmpty() ? 10 : 3);
    if (!note.isEmpty()) {
        Paragraph n = para(Styles::Note, note);
        n.spaceAfterPt = 10;
        doc << n;
    }
}

QList<CellContent> signatureHead(const Signer &signer)
{
    QList<CellContent> out;
    for (const QString &line : signer.authority.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << para(Styles::SignerTitle, line.trimmed().toUpper());
    if (!signer.title.isEmpty())
        out << para(Styles::SignerTitle, signer.title.toUpper());
    return out;
}

Paragraph signatureName(const Signer &signer) { return para(Styles::SignerName, signer.name); }

QList<CellContent> recipientsContent(const QStringList &recipients)
{
    QList<CellContent> out;
    if (recipients.isEmpty())
        return out;
    out << para(Styles::RecipientsHead, QStringLiteral("Nơi nhận:"));
    for (int i = 0; i < recipients.size(); ++i) {
        QString item = recipients.at(i).trimmed();
        while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
            item.chop(1);
        item = QStringLiteral("- ") + item + (i + 1 < recipients.size() ? QStringLiteral(";") : QStringLiteral("."));
        out << para(Styles::Recipient, item);
    }
    return out;
}

void appendClosing(Document &doc, const QStringList &recipients, const QList<Signer> &signers)
{
    if (recipients.isEmpty() && signers.isEmpty())
        return;
    doc.keepLastWithNext();
    if (signers.size() <= 1) {
        Table t({ 45, 55 });
        t.borders = false;
        t.keepTogether = true;
        t.paddingMm = 0.5;
        t.verticalPaddingMm = 0;
        t.spaceBeforePt = 6;
        QList<CellContent> sign;
        if (!signers.isEmpty())
            sign = signatureHead(signers.first()) << signatureName(signers.first());
        t << TableRow({ TableCell(recipientsContent(recipients)), TableCell(sign) });
        doc << t;
        return;
    }
    // Several signers side by side; the names on one line whatever the number
    // of authority lines above them; "Nơi nhận" under them, left.
    QList<qreal> columns;
    QList<TableCell> heads;
    QList<TableCell> names;
    for (const Signer &s : signers) {
        columns << 1;
        heads << TableCell(signatureHead(s));
        names << TableCell(signatureName(s));
    }
    Table t(columns);
    t.borders = false;
    t.keepTogether = true;
    t.paddingMm = 0.5;
    t.verticalPaddingMm = 0;
    t.spaceBeforePt = 6;
    t << TableRow(heads) << TableRow(names);
    if (!recipients.isEmpty()) {
        QList<CellContent> list = recipientsContent(recipients);
        if (auto *head = std::get_if<Paragraph>(&list.first()))
            head->spaceBeforePt = 10;
        t << TableRow({ TableCell(list, int(signers.size())) });
    }
    doc << t;
}

QList<Signer> firstSigner(const Campaign &campaign)
{
    return campaign.signers.isEmpty() ? QList<Signer> {} : QList<Signer> { campaign.signers.first() };
}

void appendInvitationOpening(Document &doc, const Campaign &campaign, const QDate &date)
{
    appendAdminHeader(doc, campaign, DocText::tr("      /GM-LĐLĐ"), date);
    appendTitle(doc, DocText::tr("Giấy mời"));
    Paragraph invite(Styles::Subject, DocText::tr("Trân trọng kính mời"));
    invite.spaceAfterPt = 12;
    doc << invite;
}

Paragraph labelledLine(const QString &label, const QList<Run> &value)
{
    Paragraph p(Styles::Body, { Run(label + QLatin1Char(' ')) });
    p.runs.append(value);
    return p;
}

void appendTimeAndPlace(Document &doc, const Campaign &campaign)
{
    doc << labelledLine(DocText::tr("Thời gian:"), { Run(conferenceWhen(campaign) + QLatin1Char('.')) });
    doc << labelledLine(DocText::tr("Địa điểm:"), { Run(campaign.conferencePlace + QLatin1Char('.')) });
}

} // namespace vd::docs
