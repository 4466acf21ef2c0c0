#include "importvalues.h"

#include "tablesource.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ImportValues".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ImportValues)
};

} // namespace

namespace {

bool isNumber(const QVariant &cell) { return cell.typeId() == QMetaType::Double; }

bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

// The ASCII digits of text[from, from + count) as a number; -1 when one is not.
int asciiNumber(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isAsciiDigit(text.at(i)))
            return -1;
        value = value * 10 + (text.at(i).unicode() - '0');
    }
    return value;
}

// The cases of the date patterns of parseImportDate() spelt with ASCII digits
// (nearly every date a list holds), read without the regular expressions; the
// same numbers. False: left to the expressions (other digits, no match).
bool asciiDate(const QString &text, int *y, int *m, int *d)
{
    const qsizetype n = text.size();
    // yyyy-m-d
    if (n >= 8 && n <= 10 && text.at(4) == QLatin1Char('-')) {
        const qsizetype dash = text.indexOf(QLatin1Char('-'), 5);
        if (dash < 6 || dash > 7 || n - dash - 1 < 1 || n - dash - 1 > 2)
            return false;
        const int year = asciiNumber(text, 0, 4), month = asciiNumber(text, 5, dash - 5),
                  day = asciiNumber(text, dash + 1, n - dash - 1);
        if (year < 0 || month < 0 || day < 0)
            return false;
        *y = year;
        *m = month;
        *d = day;
        return true;
    }
    // d/m/yyyy, with '/', '.' or '-' twice
    if (n < 8 || n > 10)
        return false;
    const qsizetype first = isAsciiDigit(text.at(1)) ? 2 : 1;
    const QChar sep = text.at(first);
    if (sep != QLatin1Char('/') && sep != QLatin1Char('.') && sep != QLatin1Char('-'))
        return false;
    const qsizetype second = n - 5;
    if (text.at(second) != sep || second - first - 1 < 1 || second - first - 1 > 2)
        return false;
    const int day = asciiNumber(text, 0, first), month = asciiNumber(text, first + 1, second - first - 1),
              year = asciiNumber(text, second + 1, 4);
    if (year < 0 || month < 0 || day < 0)
        return false;
    *y = year;
    *m = month;
    *d = day;
    return true;
}

// `^[+-]?\d{1,15}$` for text of ASCII digits and signs only.
bool asciiWholeNumber(const QString &text)
{
    const qsizetype sign = !text.isEmpty() && (text.front() == QLatin1Char('+') || text.front() == QLatin1Char('-'));
    const qsizetype digits = text.size() - sign;
    if (digits < 1 || digits > 15)
        return false;
    for (qsizetype i = sign; i < text.size(); ++i) {
        if (!isAsciiDigit(text.at(i)))
            return false;
    }
    return true;
}

// A whole number cell or text; false when it is neither.
bool wholeNumber(const QVariant &cell, qint64 *out)
{
    if (isNumber(cell)) {
        const double d = cell.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 1e15)
            return false;
        *out = static_cast<qint64>(d);
        return true;
    }
    const QString text = importText(cell);
    static const QRegularExpression digits(QStringLiteral("^[+-]?\\d{1,15}$"));
    if (!asciiWholeNumber(text) && !digits.match(text).hasMatch())
        return false;
    *out = text.toLongLong();
    return true;
}

} // namespace

QString importText(const QVariant &cell) { return normalizeText(cellText(cell)); }

QString importLongText(const QVariant &cell)
{
    QString text = toNfc(cellText(cell));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.trimmed();
}

QString textLengthProblem(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return QString();
    return Tr::tr("Quá dài: %1 ký tự, tối đa %2.").arg(text.size()).arg(maxChars);
}

QString parseImportDate(const QVariant &cell, const QDate &today, QDate *out)
{
    *out = QDate();
    QDate date;
    if (cell.typeId() == QMetaType::QDate) {
        date = cell.toDate();
    } else if (isNumber(cell)) {
        return Tr::tr("“%1” là một số, không phải ngày: hãy ghi ngày dạng dd/mm/yyyy.").arg(cellText(cell));
    } else {
        const QString text = importText(cell);
        if (text.isEmpty())
            return QString();
        static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
        static const QRegularExpression ymd(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
        int y = 0, m = 0, d = 0;
        if (asciiDate(text, &y, &m, &d)) {
            // read as the expressions below read it
        } else if (auto match = dmy.match(text); match.hasMatch()) {
            d = match.captured(1).toInt();
            m = match.captured(3).toInt();
            y = match.captured(4).toInt();
        } else if (auto iso = ymd.match(text); iso.hasMatch()) {
            y = iso.captured(1).toInt();
            m = iso.captured(2).toInt();
            d = iso.captured(3).toInt();
        } else {
            return Tr::tr("“%1” không phải ngày: hãy ghi dạng dd/mm/yyyy (ví dụ 05/03/1985) hoặc yyyy-mm-dd.")
                .arg(text);
        }
        date = QDate(y, m, d);
        if (!date.isValid())
            return Tr::tr("Ngày “%1” không có thật.").arg(text);
    }
    if (date.year() < 1900)
        return Tr::tr("Ngày %1 trước năm 1900.").arg(date.toString(QStringLiteral("dd/MM/yyyy")));
    if (today.isValid() && date > today) {
        return Tr::tr("Ngày %1 ở tương lai (hôm nay là %2).")
            .arg(date.toString(QStringLiteral("dd/MM/yyyy")), today.toString(QStringLiteral("dd/MM/yyyy")));
    }
    *out = date;
    return QString();
}

QString parseImportYesNo(const QVariant &cell, bool *out)
{
    *out = false;
    if (cell.typeId() == QMetaType::Bool) {
        *out = cell.toBool();
        return QString();
    }
    const QString text = importText(cell);
    if (text == QStringLiteral("✓") || text == QStringLiteral("✔") || text == QStringLiteral("☑")) {
        *out = true;
        return QString();
    }
    const QString key = foldKey(text);
    static const QStringList yes = { QStringLiteral("co"), QStringLiteral("x"), QStringLiteral("1"),
                                     QStringLiteral("true"), QStringLiteral("yes") };
    static const QStringList no
        = { QString(), QStringLiteral("khong"), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no") };
    if (yes.contains(key)) {
        *out = true;
        return QString();
    }
    if (no.contains(key) && (!key.isEmpty() || text.isEmpty()))
        return QString();
    return Tr::tr("“%1” không phải có/không: ghi “Có” (hoặc x, ✓, 1) hay “Không” (hoặc để trống, 0).").arg(text);
}

QString parseImportGender(const QVariant &cell, Gender *out)
{
    *out = Gender::Unknown;
    const QString text = importText(cell);
    const QString key = foldKey(text);
    if (key.isEmpty())
        return text.isEmpty() ? QString() : Tr::tr("Giới tính “%1” không hợp lệ: ghi Nam hoặc Nữ.").arg(text);
    if (key == QLatin1String("nam") || key == QLatin1String("male") || key == QLatin1String("m")) {
        *out = Gender::Male;
        return QString();
    }
    if (key == QLatin1String("nu") || key == QLatin1String("female") || key == QLatin1String("f")) {
        *out = Gender::Female;
        return QString();
    }
    return Tr::tr("Giới tính “%1” không hợp lệ: ghi Nam hoặc Nữ.").arg(text);
}

QString parseImportCategory(const QVariant &cell, Category *out)
{
    *out = Category::Ldg;
    const QString text = importText(cell);
    const QString key = foldKey(text);
    if (text.isEmpty() || key == QLatin1String("laodonggioi") || key == QLatin1String("ldg"))
        return QString();
    if (key == QLatin1String("laodongsangtao") || key == QLatin1String("ldst")) {
        *out = Category::Ldst;
        return QString();
    }
    return Tr::tr("Loại “%1” không hợp lệ: ghi “Lao động giỏi” hoặc “Lao động sáng tạo”.").arg(text);
}

QString parseImportBloc(const QVariant &cell, const Campaign &campaign, qint64 *blocId)
{
    *blocId = 0;
    const QString text = importText(cell);
    if (text.isEmpty())
        return Tr::tr("Ô bắt buộc “Khối” đang trống.");
    QString key = foldKey(text);
    for (int pass = 0; pass < 2; ++pass) {
        for (const Bloc &b : campaign.blocs) {
            if (key == foldKey(b.code) || key == foldKey(b.name)) {
                *blocId = b.id;
                return QString();
            }
        }
        // "Khối Mầm non" names the bloc "Mầm non".
        if (!key.startsWith(QLatin1String("khoi")))
            break;
        key = key.mid(4);
    }
    QStringList known;
    for (const Bloc &b : campaign.blocs)
        known << QStringLiteral("%1 (%2)").arg(b.code, b.name);
    return Tr::tr("Khối “%1” không có trong đợt này; các khối: %2.").arg(text, known.join(QStringLiteral(", ")));
}

DocumentTypeKeys::DocumentTypeKeys(const Campaign &campaign)
{
    for (const DocumentType &d : campaign.documentTypes) {
        m_known << d.code;
        for (const QString &key : { foldKey(d.code), foldKey(d.name) }) {
            if (!m_codes.contains(key))
                m_codes.insert(key, d.code);
        }
    }
}

QString parseImportDocuments(const QVariant &cell, const Campaign &campaign, QStringList *codes)
{
    return parseImportDocuments(cell, DocumentTypeKeys(campaign), codes);
}

QString parseImportDocuments(const QVariant &cell, const DocumentTypeKeys &types, QStringList *codes)
{
    codes->clear();
    const QString text = cellText(cell);
    QStringList unknown;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const QChar c = text.at(i);
            if (c != QLatin1Char(';') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                continue;
        }
        const QString item = normalizeText(text.mid(start, i - start));
        start = i + 1;
        if (item.isEmpty())
            continue;
        const QString code = types.codeFor(foldKey(item));
        if (code.isEmpty())
            unknown << item;
        else if (!codes->contains(code))
            codes->append(code);
    }
    codes->sort();
    if (!unknown.isEmpty()) {
        return Tr::tr("Không rõ giấy tờ: %1 (ghi mã hoặc tên, cách nhau bằng dấu chấm phẩy: %2).")
            .arg(unknown.join(QStringLiteral("; ")), types.codes().join(QStringLiteral(", ")));
    }
    return QString();
}

QString parseImportCount(const QVariant &cell, int *out)
{
    *out = 0;
    if (importText(cell).isEmpty())
        return QString();
    qint64 n = 0;
    if (!wholeNumber(cell, &n))
        return Tr::tr("“%1” không phải số nguyên.").arg(importText(cell));
    if (n < 0)
        return Tr::tr("Số bộ hồ sơ không được âm (%1).").arg(n);
    if (n > 1000)
        return Tr::tr("Số bộ hồ sơ %1 quá lớn.").arg(n);
    *out = int(n);
    return QString();
}

QString parseImportYear(const QVariant &cell, const QDate &today, int *out)
{
    *out = 0;
    if (cell.typeId() == QMetaType::QDate) {
        *out = cell.toDate().year();
    } else {
        if (importText(cell).isEmpty())
            return QString();
        qint64 n = 0;
        if (!wholeNumber(cell, &n))
            return Tr::tr("“%1” không phải năm (ví dụ 2023).").arg(importText(cell));
        *out = int(std::clamp<qint64>(n, -1, 100000));
    }
    const int maxYear = today.isValid() ? today.year() : 9999;
    if (*out < 1900 || *out > maxYear) {
        const QString problem = Tr::tr("Năm %1 không hợp lệ (từ 1900 đến %2).").arg(*out).arg(maxYear);
        *out = 0;
        return problem;
    }
    return QString();
}

QString parseImportBirth(const QVariant &cell, const QDate &today, QDate *date, int *year)
{
    *year = 0;
    *date = QDate();
    const QString text = importText(cell);
    qint64 n = 0;
    const bool bareYear = cell.typeId() != QMetaType::QDate && text.size() == 4 && wholeNumber(cell, &n);
    if (!bareYear)
        return parseImportDate(cell, today, date);
    return parseImportYear(cell, today, year);
}

QString parseImportCitizenId(const QVariant &cell, QString *out, QString *warning)
{
    out->clear();
    warning->clear();
    QString digits;
    bool fromNumber = false;
    if (isNumber(cell)) {
        qint64 n = 0;
        if (!wholeNumber(cell, &n) || n < 0)
            return Tr::tr("Số CCCD “%1” không phải dãy chữ số.").arg(cellText(cell));
        digits = QString::number(n);
        fromNumber = true;
    } else {
        digits = importText(cell);
        digits.remove(QLatin1Char(' '));
        digits.remove(QLatin1Char('.'));
        if (digits.startsWith(QLatin1Char('\'')))
            digits.remove(0, 1);
        if (digits.isEmpty())
            return QString();
        if (digits.contains(QLatin1Char('E'), Qt::CaseInsensitive) && digits.contains(QLatin1Char('+')))
            return Tr::tr("Số CCCD “%1” bị Excel ghi dạng số mũ nên đã mất chữ số: hãy định dạng cột là Văn bản "
                          "và gõ lại.")
                .arg(digits);
    }
    for (QChar c : std::as_const(digits)) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return Tr::tr("Số CCCD “%1” chỉ được gồm chữ số.").arg(digits);
    }
    if (digits.size() == 11) {
        *warning = fromNumber ? Tr::tr("Số CCCD được lưu dạng số nên mất số 0 đầu: đã thêm lại thành 0%1.").arg(digits)
                              : Tr::tr("Số CCCD chỉ có 11 chữ số (mất số 0 đầu?): đã thêm lại thành 0%1.").arg(digits);
        digits.prepend(QLatin1Char('0'));
    } else if (digits.size() != 12) {
        return fromNumber ? Tr::tr("Số CCCD %1 được lưu dạng số và có %2 chữ số: không khôi phục được chắc chắn; "
                                   "hãy định dạng cột là Văn bản và gõ đủ 12 chữ số.")
                                .arg(digits)
                                .arg(digits.size())
                          : Tr::tr("Số CCCD phải có đúng 12 chữ số (đang có %1).").arg(digits.size());
    }
    *out = digits;
    return QString();
}

} // namespace vd
