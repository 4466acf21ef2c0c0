#include "xmlparts.h"

#include "zipreader.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::XmlParts".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::XmlParts)
};

} // namespace

namespace {

constexpr char16_t kEntityOpen = 0xFDD0; // Unicode non-characters: never in a real text
constexpr char16_t kEntityClose = 0xFDD1;

} // namespace

QString EntityMarker::resolveUndeclaredEntity(const QString &name)
{
    return QChar(kEntityOpen) + name.left(64) + QChar(kEntityClose);
}

QString undeclaredEntityIn(const QString &text)
{
    const qsizetype open = text.indexOf(QChar(kEntityOpen));
    if (open < 0)
        return QString();
    const qsizetype close = text.indexOf(QChar(kEntityClose), open);
    return QLatin1Char('&') + text.mid(open + 1, close < 0 ? -1 : close - open - 1) + QLatin1Char(';');
}

Status readXmlPrologue(QXmlStreamReader &xml, const QString &format, const QString &part)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            return Error::storage(Tr::tr("Tệp %1 bị từ chối: phần %2 có khai báo DOCTYPE/thực thể XML, "
                                         "điều một tệp văn phòng thật không bao giờ có.")
                                      .arg(format, part));
        }
        if (xml.isStartElement())
            return {};
    }
    return {}; // an empty or broken part: the caller sees xml.hasError()
}

Error xmlPartError(const ZipReader &zip, const QString &format, const QString &part, const QXmlStreamReader &xml)
{
    if (!zip.partError().isEmpty())
        return Error::storage(zip.partError());
    return Error::storage(
        Tr::tr("Tệp %1 hỏng: phần %2, dòng %3: %4").arg(format, part).arg(xml.lineNumber()).arg(xml.errorString()));
}

Status ReaderBudget::addRow(qint64 cells, const Where &where)
{
    if (++m_rows > m_limits.maxRows) {
        return Error::storage(Tr::tr("Tệp %1 bị từ chối: hơn %2 dòng có dữ liệu (đến %3), quá lớn cho một danh sách "
                                     "(giới hạn đổi được, xem docs/import-format.md).")
                                  .arg(m_format)
                                  .arg(m_limits.maxRows)
                                  .arg(where()));
    }
    m_cells += cells;
    if (!cellsFit(0))
        return cellsError(where);
    return {};
}

Error ReaderBudget::cellsError(const Where &where) const
{
    return Error::storage(Tr::tr("Tệp %1 bị từ chối: có hơn %2 ô (đến %3), quá lớn cho một danh sách.")
                              .arg(m_format)
                              .arg(m_limits.maxCells)
                              .arg(where()));
}

Status ReaderBudget::addText(qint64 chars, const Where &where, qint64 overheadChars)
{
    m_chars += chars + overheadChars;
    if (m_chars > m_limits.maxTextChars) {
        return Error::storage(Tr::tr("Tệp %1 bị từ chối: hơn %2 triệu ký tự chữ (đến %3), quá lớn cho một danh sách.")
                                  .arg(m_format)
                                  .arg(m_limits.maxTextChars / 1'000'000)
                                  .arg(where()));
    }
    return {};
}

Status ReaderBudget::checkCellText(const QString &text, const Where &where) const
{
    if (text.size() > m_limits.maxCellChars) {
        return Error::storage(Tr::tr("Tệp %1 bị từ chối: ô %2 dài %3 ký tự, quá giới hạn %4 của Excel.")
                                  .arg(m_format, where())
                                  .arg(text.size())
                                  .arg(m_limits.maxCellChars));
    }
    const QString entity = undeclaredEntityIn(text);
    if (!entity.isEmpty()) {
        return Error::storage(Tr::tr("Tệp %1 bị từ chối: ô %2 dùng thực thể XML “%3” không được định nghĩa "
                                     "(chữ trong ô sẽ bị mất): hãy sửa ô đó rồi lưu lại.")
                                  .arg(m_format, where(), entity));
    }
    return {};
}

} // namespace vd
