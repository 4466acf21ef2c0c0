#include "citizenid.h"

#include <QCoreApplication>
#include <QHash>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::CitizenId".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::CitizenId)
};

} // namespace

namespace {

// The province codes of Thông tư 07/2016/TT-BCA (as amended), the ones on CCCD cards.
const QHash<QString, QString> &provinces()
{
    static const QHash<QString, QString> map = [] {
        const struct
        {
            const char *code;
            const char *name;
        } list[] = {
            { "001", "Hà Nội" },
            { "002", "Hà Giang" },
            { "004", "Cao Bằng" },
            { "006", "Bắc Kạn" },
            { "008", "Tuyên Quang" },
            { "010", "Lào Cai" },
            { "011", "Điện Biên" },
            { "012", "Lai Châu" },
            { "014", "Sơn La" },
            { "015", "Yên Bái" },
            { "017", "Hòa Bình" },
            { "019", "Thái Nguyên" },
            { "020", "Lạng Sơn" },
            { "022", "Quảng Ninh" },
            { "024", "Bắc Giang" },
            { "025", "Phú Thọ" },
            { "026", "Vĩnh Phúc" },
            { "027", "Bắc Ninh" },
            { "030", "Hải Dương" },
            { "031", "Hải Phòng" },
            { "033", "Hưng Yên" },
            { "034", "Thái Bình" },
            { "035", "Hà Nam" },
            { "036", "Nam Định" },
            { "037", "Ninh Bình" },
            { "038", "Thanh Hóa" },
            { "040", "Nghệ An" },
            { "042", "Hà Tĩnh" },
            { "044", "Quảng Bình" },
            { "045", "Quảng Trị" },
            { "046", "Thừa Thiên Huế" },
            { "048", "Đà Nẵng" },
            { "049", "Quảng Nam" },
            { "051", "Quảng Ngãi" },
            { "052", "Bình Định" },
            { "054", "Phú Yên" },
            { "056", "Khánh Hòa" },
            { "058", "Ninh Thuận" },
            { "060", "Bình Thuận" },
            { "062", "Kon Tum" },
            { "064", "Gia Lai" },
            { "066", "Đắk Lắk" },
            { "067", "Đắk Nông" },
            { "068", "Lâm Đồng" },
            { "070", "Bình Phước" },
            { "072", "Tây Ninh" },
            { "074", "Bình Dương" },
            { "075", "Đồng Nai" },
            { "077", "Bà Rịa - Vũng Tàu" },
            { "079", "Hồ Chí Minh" },
            { "080", "Long An" },
            { "082", "Tiền Giang" },
            { "083", "Bến Tre" },
            { "084", "Trà Vinh" },
            { "086", "Vĩnh Long" },
            { "087", "Đồng Tháp" },
            { "089", "An Giang" },
            { "091", "Kiên Giang" },
            { "092", "Cần Thơ" },
            { "093", "Hậu Giang" },
            { "094", "Sóc Trăng" },
            { "095", "Bạc Liêu" },
            { "096", "Cà Mau" },
        };
        QHash<QString, QString> m;
        for (const auto &p : list)
            m.insert(QString::fromLatin1(p.code), QString::fromUtf8(p.name));
        return m;
    }();
    return map;
}

} // namespace

QString provinceName(const QString &code) { return provinces().value(code); }

QString citizenIdProblem(const QString &id, Gender gender, const QDate &birthDate, int birthYear)
{
    if (id.size() != 12)
        return Tr::tr("Số CCCD phải có đúng 12 chữ số (đang có %1 ký tự).").arg(id.size());
    for (QChar c : id) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return Tr::tr("Số CCCD chỉ được gồm chữ số.");
    }
    const QString province = id.left(3);
    if (provinceName(province).isEmpty())
        return Tr::tr("Số CCCD bắt đầu bằng %1, không phải mã tỉnh, thành phố nào.").arg(province);
    const int centurySex = id.at(3).unicode() - '0';
    if (centurySex > 3) {
        return Tr::tr("Chữ số thứ 4 của số CCCD (%1) không hợp lệ: phải là 0, 1 (sinh 1900–1999) "
                      "hoặc 2, 3 (sinh 2000–2099).")
            .arg(centurySex);
    }
    const int century = centurySex < 2 ? 1900 : 2000;
    const Gender idGender = centurySex % 2 == 0 ? Gender::Male : Gender::Female;
    const int year = century + id.mid(4, 2).toInt();
    if (gender != Gender::Unknown && gender != idGender) {
        return Tr::tr("Số CCCD ghi giới tính %1 nhưng cột Giới tính là %2.")
            .arg(genderName(idGender), genderName(gender));
    }
    if (birthDate.isValid() && birthDate.year() != year) {
        return Tr::tr("Số CCCD ghi năm sinh %1 nhưng ngày sinh là %2.")
            .arg(year)
            .arg(birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    }
    if (!birthDate.isValid() && birthYear > 0 && birthYear != year) {
        return Tr::tr("Số CCCD ghi năm sinh %1 nhưng năm sinh là %2 (chỉ biết năm, không biết ngày).")
            .arg(year)
            .arg(birthYear);
    }
    return QString();
}

} // namespace vd
