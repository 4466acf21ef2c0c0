#include "amountwords.h"

#include <QStringList>

namespace vd {

namespace {

const char *const kDigits[] = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

QString digit(int d) { return QString::fromUtf8(kDigits[d]); }

// A group of three digits (1..999). `full`: a group after a higher one, read
// with all its places ("không trăm linh năm"); the leading group is read short
// ("năm").
QStringList groupWords(int n, bool full)
{
    const int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
    QStringList w;
    if (hundreds > 0 || full)
        w << digit(hundreds) << QStringLiteral("trăm");
    if (tens == 0) {
        if (units > 0 && !w.isEmpty())
            w << QStringLiteral("linh");
    } else if (tens == 1) {
        w << QStringLiteral("mười");
    } else {
        w << digit(tens) << QStringLiteral("mươi");
    }
    if (units == 0)
        return w;
    if (units == 1 && tens >= 2)
        w << QStringLiteral("mốt");
    else if (units == 5 && tens >= 1)
        w << QStringLiteral("lăm");
    else
        w << digit(units);
    return w;
}

// Below one billion: groups of thousands, millions; zero groups left out.
QStringList belowBillion(qint64 n, bool full)
{
    static const char *const scales[] = { "", "nghìn", "triệu" };
    const int groups[] = { int(n / 1000000), int(n / 1000 % 1000), int(n % 1000) };
    QStringList w;
    for (int i = 0; i < 3; ++i) {
        if (groups[i] == 0)
            continue;
        w << groupWords(groups[i], full || !w.isEmpty());
        if (i < 2)
            w << QString::fromUtf8(scales[2 - i]);
    }
    return w;
}

// Any non-negative number: "tỷ" repeats for every nine digits ("nghìn tỷ",
// "triệu tỷ", "tỷ tỷ").
QStringList words(quint64 n, bool full)
{
    const quint64 billion = 1000000000ULL;
    if (n < billion)
        return belowBillion(qint64(n), full);
    QStringList w = words(n / billion, full);
    w << QStringLiteral("tỷ");
    if (n % billion)
        w << belowBillion(qint64(n % billion), true);
    return w;
}

} // namespace

QString numberInWords(qint64 n)
{
    if (n == 0)
        return digit(0);
    // The magnitude as unsigned, so that the smallest qint64 has one too.
    const quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);
    QStringList w = words(magnitude, false);
    if (n < 0)
        w.prepend(QStringLiteral("âm"));
    return w.join(QLatin1Char(' '));
}

QString amountInWords(qint64 dong)
{
    QString text = numberInWords(dong) + QStringLiteral(" đồng");
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace vd
