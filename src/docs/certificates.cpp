#include "certificates.h"
#include "doctext.h"

#include "adminformat.h"
#include "pagelayout.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

namespace vd::docs {

namespace {

QString alignName(Qt::Alignment a)
{
    if (a & Qt::AlignLeft)
        return QStringLiteral("left");
    if (a & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("center");
}

bool parseAlign(const QString &name, Qt::Alignment *out)
{
    if (name == QLatin1String("left"))
        *out = Qt::AlignLeft;
    else if (name == QLatin1String("right"))
        *out = Qt::AlignRight;
    else if (name == QLatin1String("center") || name.isEmpty())
        *out = Qt::AlignHCenter;
    else
        return false;
    return true;
}

QSizeF sheetMm(QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? a4.transposed() : a4;
}

QFont fieldFont(const CertificateField &f)
{
    QFont font(f.fontFamily.isEmpty() ? bodyFontFamily() : f.fontFamily);
    font.setPointSizeF(f.pointSize);
    font.setBold(f.bold);
    font.setItalic(f.italic);
    return font;
}

// Draws `text` for the field; the painter's origin is the sheet's corner.
void drawField(QPainter &painter, const CertificateField &f, const QString &text, qreal pxPerMm)
{
    const QFont font = fieldFont(f);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal x = f.xMm * pxPerMm;
    const qreal baseline = f.yMm * pxPerMm;
    if (f.widthMm > 0) {
        const qreal width = f.widthMm * pxPerMm;
        qreal left = x;
        if (f.align & Qt::AlignHCenter)
            left = x - width / 2;
        else if (f.align & Qt::AlignRight)
            left = x - width;
        const QRectF box(left, baseline - metrics.ascent(), width, 1000 * pxPerMm);
        painter.drawText(box, int(f.align | Qt::AlignTop) | Qt::TextWordWrap, text);
        return;
    }
    const qreal advance = metrics.horizontalAdvance(text);
    qreal left = x;
    if (f.align & Qt::AlignHCenter)
        left = x - advance / 2;
    else if (f.align & Qt::AlignRight)
        left = x - advance;
    painter.drawText(QPointF(left, baseline), text);
}

CertificateField field(const char *key, double x, double y, double pt, bool bold, bool italic,
                       Qt::Alignment align = Qt::AlignHCenter, double width = 0)
{
    CertificateField f;
    f.key = QString::fromLatin1(key);
    f.xMm = x;
    f.yMm = y;
    f.pointSize = pt;
    f.bold = bold;
    f.italic = italic;
    f.align = align;
    f.widthMm = width;
    return f;
}

} // namespace

QStringList CertificateLayout::fieldKeys()
{
    return { QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("unit"),
             QStringLiteral("bloc"), QStringLiteral("campaign"), QStringLiteral("date") };
}

QString CertificateLayout::fieldLabel(const QString &key)
{
    if (key == QLatin1String("name"))
        return DocText::tr("Họ và tên");
    if (key == QLatin1String("position"))
        return DocText::tr("Chức vụ");
    if (key == QLatin1String("unit"))
        return DocText::tr("Đơn vị");
    if (key == QLatin1String("bloc"))
        return DocText::tr("Khối");
    if (key == QLatin1String("campaign"))
        return DocText::tr("Danh hiệu, đợt biểu dương");
    if (key == QLatin1String("date"))
        return DocText::tr("Địa danh, ngày tháng");
    return key;
}

CertificateLayout CertificateLayout::defaults()
{
    CertificateLayout l;
    l.orientation = QPageLayout::Landscape;
    l.fields = {
        field("name", 148.5, 100, 26, true, false),
        field("position", 148.5, 114, 15, false, false),
        field("unit", 148.5, 124, 15, false, false, Qt::AlignHCenter, 220),
        field("campaign", 148.5, 140, 15, false, true, Qt::AlignHCenter, 220),
        field("date", 215, 165, 14, false, true),
    };
    return l;
}

QString CertificateLayout::toJson() const
{
    QJsonArray array;
    for (const CertificateField &f : fields) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), f.key);
        o.insert(QStringLiteral("x_mm"), f.xMm);
        o.insert(QStringLiteral("y_mm"), f.yMm);
        o.insert(QStringLiteral("font"), f.fontFamily);
        o.insert(QStringLiteral("size_pt"), f.pointSize);
        o.insert(QStringLiteral("bold"), f.bold);
        o.insert(QStringLiteral("italic"), f.italic);
        o.insert(QStringLiteral("align"), alignName(f.align));
        o.insert(QStringLiteral("width_mm"), f.widthMm);
        array.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("paper"), QStringLiteral("A4"));
    root.insert(QStringLiteral("orientation"),
                orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    root.insert(QStringLiteral("fields"), array);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<CertificateLayout> CertificateLayout::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        return Error::validation(DocText::tr("Mẫu giấy khen không đọc được: %1").arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    CertificateLayout l;
    const QString orientation = root.value(QStringLiteral("orientation")).toString(QStringLiteral("landscape"));
    if (orientation == QLatin1String("portrait"))
        l.orientation = QPageLayout::Portrait;
    else if (orientation == QLatin1String("landscape"))
        l.orientation = QPageLayout::Landscape;
    else
        return Error::validation(DocText::tr("Mẫu giấy khen: hướng giấy không hợp lệ: %1").arg(orientation));
    const QSizeF sheet = sheetMm(l.orientation);
    QStringList problems;
    const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    for (int i = 0; i < fields.size(); ++i) {
        const QJsonObject o = fields.at(i).toObject();
        CertificateField f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.xMm = o.value(QStringLiteral("x_mm")).toDouble(-1);
        f.yMm = o.value(QStringLiteral("y_mm")).toDouble(-1);
        f.fontFamily = o.value(QStringLiteral("font")).toString();
        f.pointSize = o.value(QStringLiteral("size_pt")).toDouble(14);
        f.bold = o.value(QStringLiteral("bold")).toBool();
        f.italic = o.value(QStringLiteral("italic")).toBool();
        f.widthMm = o.value(QStringLiteral("width_mm")).toDouble(0);
        const QString where = DocText::tr("Mẫu giấy khen, trường %1 (%2)").arg(i + 1).arg(f.key);
        if (!fieldKeys().contains(f.key))
            problems << DocText::tr("%1: tên trường không hợp lệ.").arg(where);
        if (f.xMm < 0 || f.xMm > sheet.width() || f.yMm < 0 || f.yMm > sheet.height())
            problems << DocText::tr("%1: vị trí X=%2 mm, Y=%3 mm nằm ngoài tờ giấy %4 × %5 mm.")
                            .arg(where)
                            .arg(f.xMm)
                            .arg(f.yMm)
                            .arg(sheet.width())
                            .arg(sheet.height());
        if (f.pointSize < 4 || f.pointSize > 96)
            problems << DocText::tr("%1: cỡ chữ %2 pt không hợp lệ (4–96).").arg(where).arg(f.pointSize);
        if (f.widthMm < 0 || f.widthMm > sheet.width())
            problems << DocText::tr("%1: độ rộng %2 mm không hợp lệ.").arg(where).arg(f.widthMm);
        if (!parseAlign(o.value(QStringLiteral("align")).toString(), &f.align))
            problems << DocText::tr("%1: căn lề không hợp lệ (left, center, right).").arg(where);
        l.fields.append(f);
    }
    if (!problems.isEmpty())
        return Error::validation(DocText::tr("Mẫu giấy khen không hợp lệ."), problems);
    return l;
}

Result<CertificateLayout> loadCertificateLayout(const SettingsStore &settings)
{
    auto json = settings.value(QLatin1String(kCertificateLayoutKey));
    if (!json)
        return json.error();
    if (json->isEmpty())
        return CertificateLayout::defaults();
    return CertificateLayout::fromJson(*json);
}

Status saveCertificateLayout(SettingsStore &settings, const CertificateLayout &layout)
{
    // Only a layout that reads back is stored.
    auto checked = CertificateLayout::fromJson(layout.toJson());
    if (!checked)
        return checked.error();
    return settings.setValue(QLatin1String(kCertificateLayoutKey), layout.toJson());
}

QString certificateFieldText(const QString &key, const ApprovedList &list, const Nominee &n, const QDate &date)
{
    const Campaign &c = list.campaign;
    if (key == QLatin1String("name"))
        return n.fullName;
    if (key == QLatin1String("position"))
        return n.position;
    if (key == QLatin1String("unit"))
        return n.unitName;
    if (key == QLatin1String("bloc"))
        return list.blocName(n);
    if (key == QLatin1String("campaign"))
        return DocText::tr("Đạt danh hiệu Lao động giỏi tiêu biểu năm %1").arg(c.year);
    if (key == QLatin1String("date"))
        return placeDateLine(c.place, date.isValid() ? date : QDate::currentDate());
    return {};
}

PaintedDocument buildCertificates(const ApprovedList &list, const CertificateLayout &layout, const QDate &date)
{
    PaintedDocument doc;
    doc.page.orientation = layout.orientation;
    doc.page.pageNumbers = false;
    doc.title = DocText::tr("Giấy khen %1").arg(list.campaign.name);
    const QList<Nominee> honorees = list.nominees();
    doc.pageCount = int(honorees.size());
    doc.paintPage = [list, layout, honorees, date](QPainter &painter, int index, qreal pxPerMm) {
        painter.setPen(Qt::black);
        const Nominee &n = honorees.at(index);
        for (const CertificateField &f : layout.fields)
            drawField(painter, f, certificateFieldText(f.key, list, n, date), pxPerMm);
    };
    return doc;
}

PaintedDocument buildCertificateTestPage(const CertificateLayout &layout, const Campaign &campaign)
{
    PaintedDocument doc;
    doc.page.orientation = layout.orientation;
    doc.page.pageNumbers = false;
    doc.title = DocText::tr("Trang in thử giấy khen");
    doc.pageCount = 1;
    const QDate date = campaign.conferenceDate.isValid() ? campaign.conferenceDate : campaign.documentDate;
    doc.paintPage = [layout, campaign, date](QPainter &painter, int, qreal pxPerMm) {
        const QSizeF sheet = sheetMm(layout.orientation);
        QFont small(bodyFontFamily());
        small.setPointSizeF(6);
        painter.setFont(small);
        for (int mm = 0; mm <= int(sheet.width()); mm += 5) {
            const bool major = mm % 10 == 0;
            painter.setPen(QPen(major ? QColor(120, 120, 120) : QColor(200, 200, 200), major ? 0.25 * pxPerMm / 4 : 0));
            painter.drawLine(QPointF(mm * pxPerMm, 0), QPointF(mm * pxPerMm, sheet.height() * pxPerMm));
            if (major && mm > 0 && mm % 20 == 0) {
                painter.setPen(Qt::black);
                painter.drawText(QPointF(mm * pxPerMm + 0.5 * pxPerMm, 4 * pxPerMm), QString::number(mm));
            }
        }
        for (int mm = 0; mm <= int(sheet.height()); mm += 5) {
            const bool major = mm % 10 == 0;
            painter.setPen(QPen(major ? QColor(120, 120, 120) : QColor(200, 200, 200), major ? 0.25 * pxPerMm / 4 : 0));
            painter.drawLine(QPointF(0, mm * pxPerMm), QPointF(sheet.width() * pxPerMm, mm * pxPerMm));
            if (major && mm > 0 && mm % 20 == 0) {
                painter.setPen(Qt::black);
                painter.drawText(QPointF(1 * pxPerMm, mm * pxPerMm - 0.5 * pxPerMm), QString::number(mm));
            }
        }
        // Every field at its place with sample text, a cross at its anchor.
        ApprovedList sample;
        sample.campaign = campaign;
        Nominee n;
        n.fullName = QStringLiteral("Nguyễn Thị Ánh");
        n.position = QStringLiteral("Giáo viên");
        n.unitName = QStringLiteral("Trường Mầm non Hoa Sen");
        for (const CertificateField &f : layout.fields) {
            painter.setPen(QPen(Qt::red, 0.3 * pxPerMm));
            const QPointF anchor(f.xMm * pxPerMm, f.yMm * pxPerMm);
            painter.drawLine(anchor - QPointF(3 * pxPerMm, 0), anchor + QPointF(3 * pxPerMm, 0));
            painter.drawLine(anchor - QPointF(0, 3 * pxPerMm), anchor + QPointF(0, 3 * pxPerMm));
            painter.setFont(small);
            painter.drawText(anchor + QPointF(1 * pxPerMm, 3.5 * pxPerMm),
                             QStringLiteral("%1 (X %2, Y %3 mm)").arg(f.key).arg(f.xMm).arg(f.yMm));
            painter.setPen(Qt::black);
            QString text = date.isValid() || f.key != QLatin1String("date")
                               ? certificateFieldText(f.key, sample, n, date)
                               : placeDateLine(campaign.place, QDate()); // "ngày … tháng … năm …"
            if (f.key == QLatin1String("bloc"))
                text = QStringLiteral("Mầm non");
            drawField(painter, f, text, pxPerMm);
        }
    };
    return doc;
}

} // namespace vd::docs
