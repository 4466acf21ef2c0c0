// Certificates (Giấy khen) printed onto the federation's pre-printed blanks:
// each field (name, unit, ...) is placed at X/Y millimetres from the sheet's
// top-left corner with its own font and size. The layout is calibrated once
// with a test page (a millimetre grid) and kept database-wide in SettingsStore
// under "certificate.layout" as JSON.
#pragma once

#include "approvedlist.h"
#include "pagedrender.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vd {
class SettingsStore;
}

namespace vd::docs {

struct CertificateField
{
    QString key; // name, position, unit, bloc, campaign, date
    double xMm = 0; // anchor: left edge, centre or right edge (by align)
    double yMm = 0; // baseline of the first line
    QString fontFamily; // empty: the body font
    double pointSize = 14;
    bool bold = false;
    bool italic = false;
    Qt::Alignment align = Qt::AlignHCenter; // AlignLeft, AlignHCenter or AlignRight
    double widthMm = 0; // > 0: wrap within this width
};

struct CertificateLayout
{
    QPageLayout::Orientation orientation = QPageLayout::Landscape; // A4 sheet
    QList<CertificateField> fields;

    static CertificateLayout defaults();
    static QStringList fieldKeys();
    static QString fieldLabel(const QString &key); // translated, for the calibration form
    QString toJson() const;
    // A Validation error names what is wrong (unknown key, position off the sheet...).
    static Result<CertificateLayout> fromJson(const QString &json);
};

inline constexpr const char *kCertificateLayoutKey = "certificate.layout";

// The stored layout, or the defaults when none is stored.
Result<CertificateLayout> loadCertificateLayout(const SettingsStore &settings);
Status saveCertificateLayout(SettingsStore &settings, const CertificateLayout &layout);

// The text a field shows for a honoree.
QString certificateFieldText(const QString &key, const ApprovedList &list, const Nominee &nominee, const QDate &date);

// One honoree per page (all of `list`; restrict it with ApprovedList::restrictedTo).
PaintedDocument buildCertificates(const ApprovedList &list, const CertificateLayout &layout, const QDate &date = {});
// A calibration page: a millimetre grid and every field at its position with
// sample text, dated by the campaign (its conference date, else its plan's
// date) and named with its place and year — never by today's clock.
PaintedDocument buildCertificateTestPage(const CertificateLayout &layout, const Campaign &campaign);

} // namespace vd::docs
