#include "importmapping.h"

#include "textfold.h"

#include <QHash>

namespace vd {

const QList<ImportColumnSpec> &importColumns()
{
    using F = ImportField;
    static const QList<ImportColumnSpec> list = {
        { F::FullName, "Họ và tên", "full_name", true, { "hoten", "hotennguoiduocdenghi" } },
        { F::Gender, "Giới tính", "gender", false, { "gioi", "nam/nu" } },
        { F::BirthDate, "Ngày sinh", "birth_date", false, { "ngaythangnamsinh", "sinhngay", "namsinh" } },
        { F::CitizenId,
          "Số CCCD",
          "citizen_id",
          false,
          { "cccd", "socancuoccongdan", "cancuoccongdan", "socccdcmnd", "cccdcmnd", "sodinhdanhcanhan" } },
        { F::Position, "Chức vụ", "position", true, { "chucvunghenghiep", "chucdanh" } },
        { F::Unit, "Đơn vị", "unit", true, { "donvicongtac", "tendonvi", "coquandonvi" } },
        { F::Bloc, "Khối", "bloc", true, { "khoithidua" } },
        { F::Category, "Loại", "category", false, { "loaidanhhieu", "loaibieuduong" } },
        { F::UnionMember, "Đoàn viên công đoàn", "union_member", true, { "doanvien", "doanviencd" } },
        { F::EmulationTitle, "Danh hiệu thi đua", "emulation_title", false, { "danhhieu" } },
        { F::Initiative, "Sáng kiến", "initiative", false, { "tensangkien" } },
        { F::InitiativeDecision,
          "Quyết định công nhận sáng kiến",
          "initiative_decision",
          false,
          { "quyetdinhsangkien", "qdcongnhansangkien", "qdsangkien" } },
        { F::MeritAward, "Khen thưởng", "merit_award", false, { "hinhthuckhenthuong" } },
        { F::MeritYear, "Năm khen thưởng", "merit_year", false, {} },
        { F::CreativeTopic, "Đề tài lao động sáng tạo", "creative_topic", false, { "detai" } },
        { F::Achievements, "Tóm tắt thành tích", "achievements", false, { "thanhtich", "tomtatthanhtichnoibat" } },
        { F::ReceivedDate, "Ngày nhận hồ sơ", "received_date", false, { "ngaynhan" } },
        { F::Endorsed,
          "Ý kiến cấp ủy, chính quyền",
          "endorsed",
          false,
          { "ykiencapuychinhquyencungcap", "ykiencapuy" } },
        { F::Documents, "Hồ sơ kèm theo", "documents", false, { "giaytokemtheo" } },
        { F::Copies, "Số bộ hồ sơ", "copies", false, { "sobo" } },
        { F::SoftCopy, "File mềm", "soft_copy", false, { "tepmem", "banmem" } },
        { F::Notes, "Ghi chú", "notes", false, {} },
        { F::Disciplined,
          "Kỷ luật",
          "disciplined",
          false,
          { "dangbikyluat", "dangxemxetkyluat", "dangbikyluatdangxemxetkyluat" } },
    };
    return list;
}

const ImportColumnSpec &importColumn(ImportField field) { return importColumns().at(static_cast<int>(field)); }

bool matchImportHeader(const QString &headerCell, ImportField *field, bool *ignored)
{
    static const QHash<QString, ImportField> keys = [] {
        QHash<QString, ImportField> map;
        for (const ImportColumnSpec &c : importColumns()) {
            map.insert(foldKey(c.headerText()), c.field);
            map.insert(foldKey(c.keyText()), c.field);
            for (const QString &alias : c.aliases)
                map.insert(foldKey(alias), c.field);
        }
        return map;
    }();
    const QString key = foldKey(headerCell);
    if (ignored)
        *ignored = key == QLatin1String("stt") || key == QLatin1String("tt") || key == QLatin1String("sothutu");
    auto it = keys.constFind(key);
    if (it == keys.constEnd())
        return false;
    *field = it.value();
    return true;
}

bool isPositionUnitHeader(const QString &headerCell)
{
    static const QStringList positions
        = { QStringLiteral("chucvu"), QStringLiteral("chucdanh"), QStringLiteral("chucvuchucdanh") };
    static const QStringList units
        = { QStringLiteral("donvi"),       QStringLiteral("donvicongtac"),  QStringLiteral("noicongtac"),
            QStringLiteral("coquandonvi"), QStringLiteral("coquancongtac"), QStringLiteral("tendonvi") };
    const QString key = foldKey(headerCell);
    for (const QString &position : positions) {
        if (!key.startsWith(position))
            continue;
        QString rest = key.mid(position.size());
        if (rest.startsWith(QLatin1String("va")))
            rest.remove(0, 2);
        if (units.contains(rest))
            return true;
    }
    return false;
}

bool splitPositionUnit(const QString &cell, QString *position, QString *unit)
{
    // A comma first: "Công chức Văn phòng - Thống kê, UBND xã An Hồng" is cut at
    // the comma; " - " only in a cell without one ("Giáo viên - Trường ...").
    qsizetype cut = cell.indexOf(QLatin1Char(','));
    qsizetype width = 1;
    if (cut < 0) {
        for (const QString &dash : { QStringLiteral(" - "), QStringLiteral(" \u2013 ") }) {
            const qsizetype at = cell.indexOf(dash);
            if (at >= 0 && (cut < 0 || at < cut)) {
                cut = at;
                width = dash.size();
            }
        }
    }
    if (cut < 0)
        return false;
    *position = cell.left(cut).simplified();
    *unit = cell.mid(cut + width).simplified();
    return !position->isEmpty() && !unit->isEmpty();
}

} // namespace vd
