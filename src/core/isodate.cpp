#include "isodate.h"

namespace vd {

QString isoDateText(const QDate &d)
{
    if (!d.isValid())
        return QString();
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = { char16_t(u'0' + y / 1000),
                                char16_t(u'0' + y / 100 % 10),
                                char16_t(u'0' + y / 10 % 10),
                                char16_t(u'0' + y % 10),
                                u'-',
                                char16_t(u'0' + m / 10),
                                char16_t(u'0' + m % 10),
                                u'-',
                                char16_t(u'0' + day / 10),
                                char16_t(u'0' + day % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace vd
