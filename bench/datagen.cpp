// vinhdanh-datagen: writes N realistic nominees of the built-in campaign
// (Vietnamese names, all six blocs, real-looking units, a few ineligible,
// late, incomplete and duplicate dossiers), either straight into a database
// through the stores in one transaction, or as a "danh sách trích ngang" CSV
// or XLSX in the format of docs/import-format.md.
//
//   vinhdanh-datagen --db big.sqlite --count 100000 [--seed 2023]
//   vinhdanh-datagen --csv big.csv --count 100000 [--seed 2023] [--invalid-per-mille 5]
//   vinhdanh-datagen --xlsx big.xlsx --count 100000 [--seed 2023] [--invalid-per-mille 5]
//
// --invalid-per-mille K spoils about K rows in a thousand of the list (an
// impossible date, an empty name, a CCCD with letters): the importer refuses
// them (import --skip-invalid leaves them out). With the same count, seed and
// K, the XLSX holds exactly the rows of the CSV (scripts/bench.sh compares
// their imports).
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "seedcampaign.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

using namespace vd;

namespace {

const QStringList kFamily
    = { "Nguyễn", "Trần", "Lê",  "Phạm",  "Hoàng", "Huỳnh", "Phan", "Vũ",    "Võ",  "Đặng",  "Bùi",
        "Đỗ",     "Hồ",   "Ngô", "Dương", "Lý",    "Đinh",  "Mai",  "Trịnh", "Đào", "Lương", "Tạ" };
const QStringList kMiddleMale = { "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Ngọc", "Xuân", "Tiến" };
const QStringList kMiddleFemale = { "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Kim", "Thúy", "Hồng" };
const QStringList kGivenMale = { "An",   "Bình", "Cường", "Dũng", "Đức", "Hải",   "Hùng", "Huy",  "Khánh", "Long",
                                 "Minh", "Nam",  "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Hoàng", "Trung" };
const QStringList kGivenFemale = { "Anh",   "Ánh", "Chi",  "Dung", "Giang", "Hà",    "Hạnh",   "Hoa",  "Hồng",  "Huệ",
                                   "Hương", "Lan", "Linh", "Mai",  "Ngọc",  "Nhung", "Phương", "Thảo", "Trang", "Yến" };
const QStringList kCommunes
    = { "An Đồng",    "An Hòa",    "An Hồng", "An Hưng",  "Bắc Sơn", "Đại Bản",   "Đặng Cương", "Đồng Thái",
        "Hồng Phong", "Hồng Thái", "Lê Lợi",  "Lê Thiện", "Nam Sơn", "Quốc Tuấn", "Tân Tiến" };
const QStringList kAgencies = { "Phòng Nội vụ",
                                "Phòng Tài chính - Kế hoạch",
                                "Phòng Giáo dục và Đào tạo",
                                "Phòng Y tế",
                                "Trung tâm Y tế huyện",
                                "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
                                "Phòng Tài nguyên và Môi trường",
                                "Phòng Kinh tế và Hạ tầng",
                                "Ban Quản lý dự án đầu tư xây dựng huyện",
                                "Chi cục Thuế khu vực An Dương" };
const QStringList kCompanies = { "Công ty CP May An Dương",
                                 "Công ty TNHH Nhựa Tiền Phong",
                                 "Công ty CP Cơ khí Hải Phòng",
                                 "Công ty TNHH Điện tử An Hưng",
                                 "Công ty CP Bao bì Nam Sơn",
                                 "Công ty TNHH Giày da Đồng Thái",
                                 "Công ty CP Vật liệu xây dựng Lê Thiện",
                                 "Công ty TNHH Thực phẩm Hồng Phong",
                                 "Công ty CP Vận tải An Dương",
                                 "Công ty TNHH Thép Đặng Cương" };
const QStringList kSchoolInitiatives
    = { "Đổi mới phương pháp dạy học tích cực", "Nâng cao chất lượng giáo dục kỹ năng sống cho trẻ",
        "Giải pháp phòng chống đuối nước cho học sinh", "Ứng dụng bài giảng điện tử trong dạy Toán" };
const QStringList kOfficeInitiatives
    = { "Ứng dụng công nghệ thông tin trong quản lý văn bản", "Số hóa hồ sơ một cửa cấp xã",
        "Sáng kiến tiết kiệm điện năng tại cơ quan", "Rút ngắn thời gian giải quyết thủ tục hành chính" };
const QStringList kFactoryInitiatives
    = { "Cải tiến quy trình cắt may giảm hao hụt vải", "Cải tiến khuôn ép nhựa rút ngắn thời gian chu kỳ",
        "Lắp biến tần tiết kiệm điện cho máy nén khí", "Cải tiến đồ gá hàn nâng năng suất" };
const QList<int> kProvinces = { 1, 22, 30, 31, 33, 34, 36, 37 }; // Hà Nội, Quảng Ninh, Hải Dương, Hải Phòng, ...

struct Generated
{
    Nominee nominee;
    QString blocCode;
};

class Generator
{
public:
    Generator(const Campaign &campaign, quint32 seed) : m_campaign(campaign), m_rng(seed) { }

    Generated next(int index);

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(1000) < percent * 10; }
    template<typename T> const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }
    QString unitFor(const QString &bloc);
    QString positionFor(const QString &bloc);
    QString citizenId(const Nominee &n);

    const Campaign &m_campaign;
    QRandomGenerator m_rng;
    QList<Nominee> m_recent; // source of intentional duplicates
    int m_serial = 0;
};

QString Generator::unitFor(const QString &bloc)
{
    if (bloc == QLatin1String("MN"))
        return QStringLiteral("Trường Mầm non ") + any(kCommunes);
    if (bloc == QLatin1String("TH"))
        return QStringLiteral("Trường Tiểu học ") + any(kCommunes);
    if (bloc == QLatin1String("THCS"))
        return QStringLiteral("Trường THCS ") + any(kCommunes);
    if (bloc == QLatin1String("XA"))
        return chance(7) ? QStringLiteral("UBND thị trấn An Dương") : QStringLiteral("UBND xã ") + any(kCommunes);
    if (bloc == QLatin1String("HCSN"))
        return any(kAgencies);
    return any(kCompanies);
}

QString Generator::positionFor(const QString &bloc)
{
    const int r = pick(100);
    if (bloc == QLatin1String("DN")) {
        static const QStringList ok = { "Công nhân", "Công nhân",    "Công nhân",  "Tổ trưởng", "Tổ phó",
                                        "Quản đốc",  "Phó quản đốc", "Đội trưởng", "Kỹ sư",     "Xưởng phó" };
        if (r < 3)
            return QStringLiteral("Kế toán trưởng");
        if (r < 5)
            return QStringLiteral("Trưởng ca");
        return any(ok);
    }
    if (bloc == QLatin1String("XA")) {
        static const QStringList ok = { "Công chức Văn phòng - Thống kê", "Công chức Địa chính - Xây dựng",
                                        "Công chức Tư pháp - Hộ tịch", "Viên chức", "Kế toán" };
        if (r < 3)
            return QStringLiteral("Phó Chủ tịch UBND xã");
        return any(ok);
    }
    if (bloc == QLatin1String("HCSN")) {
        static const QStringList ok = { "Chuyên viên", "Chuyên viên", "Kế toán", "Nhân viên", "Bác sĩ" };
        if (r < 3)
            return QStringLiteral("Phó trưởng phòng");
        return any(ok);
    }
    static const QStringList ok
        = { "Giáo viên", "Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn", "Tổ phó", "Nhân viên Văn phòng" };
    if (r < 3)
        return QStringLiteral("Phó hiệu trưởng");
    return any(ok);
}

QString Generator::citizenId(const Nominee &n)
{
    const int year = n.birthDate.year();
    const int centurySex = (year >= 2000 ? 2 : 0) + (n.gender == Gender::Female ? 1 : 0);
    ++m_serial;
    return QStringLiteral("%1%2%3%4")
        .arg(any(kProvinces), 3, 10, QLatin1Char('0'))
        .arg(centurySex)
        .arg(year % 100, 2, 10, QLatin1Char('0'))
        .arg(m_serial % 1000000, 6, 10, QLatin1Char('0'));
}

Generated Generator::next(int index)
{
    Generated g;
    const Bloc &bloc = m_campaign.blocs.at(index % m_campaign.blocs.size());
    g.blocCode = bloc.code;
    Nominee &n = g.nominee;
    n.campaignId = m_campaign.id;
    n.blocId = bloc.id;
    const bool female = bloc.code == QLatin1String("MN") || chance(55);
    n.gender = female ? Gender::Female : Gender::Male;
    n.fullName = any(kFamily) + QLatin1Char(' ') + any(female ? kMiddleFemale : kMiddleMale) + QLatin1Char(' ')
                 + any(female ? kGivenFemale : kGivenMale);
    n.birthDate = QDate(1965, 1, 1).addDays(pick(365 * 35));
    if (chance(80))
        n.citizenId = citizenId(n);
    n.position = positionFor(bloc.code);
    n.unitName = unitFor(bloc.code);
    n.category = chance(5) ? Category::Ldst : Category::Ldg;
    n.unionMember = !chance(1);
    n.emulationTitle = bloc.sector == Sector::Sxkd ? QString()
                       : chance(93)                ? QStringLiteral("Chiến sĩ thi đua cơ sở")
                                                   : QStringLiteral("Lao động tiên tiến");
    const bool school
        = bloc.code == QLatin1String("MN") || bloc.code == QLatin1String("TH") || bloc.code == QLatin1String("THCS");
    n.initiative = any(bloc.sector == Sector::Sxkd ? kFactoryInitiatives
                       : school                    ? kSchoolInitiatives
                                                   : kOfficeInitiatives);
    if (chance(97))
        n.initiativeDecision
            = QStringLiteral("Quyết định số %1/QĐ-HĐSK ngày %2/5/2023").arg(pick(300) + 1).arg(pick(28) + 1);
    if (bloc.sector == Sector::Sxkd) {
        n.meritAward = chance(50) ? QStringLiteral("Giấy khen của Giám đốc Công ty")
                                  : QStringLiteral("Giấy khen của Công đoàn cơ sở");
        n.meritYear = chance(92) ? m_campaign.criteria.meritYear : m_campaign.criteria.meritYear - 1;
    }
    if (n.category == Category::Ldst)
        n.creativeTopic = n.initiative;
    n.achievements = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2023; %1.").arg(n.initiative);
    const int r = pick(100);
    n.receivedDate = r < 1 ? QDate() : r < 3 ? QDate(2024, 7, 8 + pick(3)) : QDate(2024, 7, 1 + pick(7));
    n.endorsed = !chance(2);
    n.documents = m_campaign.requiredDocumentCodes();
    if (chance(3))
        n.documents.removeAt(pick(int(n.documents.size())));
    if (chance(40))
        n.documents.append(QStringLiteral("QD_SANG_KIEN"));
    n.copies = chance(92) ? 2 : 1;
    n.softCopy = !chance(10);

    // About 0.5% are the same person nominated twice (by CCCD or name + birth date).
    if (!m_recent.isEmpty() && chance(1) && pick(2) == 0) {
        const Nominee &twin = any(m_recent);
        n.fullName = twin.fullName;
        n.birthDate = twin.birthDate;
        n.gender = twin.gender;
        n.citizenId = twin.citizenId;
    } else if (m_recent.size() < 200) {
        m_recent.append(n);
    } else {
        m_recent[pick(200)] = n;
    }
    return g;
}

QString csvField(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char(';'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

QString dmy(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
QString yn(bool b) { return b ? QStringLiteral("có") : QStringLiteral("không"); }

// Spoils one cell of a CSV row so the importer refuses the row (the kind of
// slip a real list has): an impossible date, an empty name, a CCCD with letters.
void spoilRow(QStringList &row, QRandomGenerator &rng)
{
    switch (rng.bounded(3)) {
    case 0:
        row[2] = QStringLiteral("31/02/1985");
        break;
    case 1:
        row[0].clear();
        break;
    default:
        row[3] = QStringLiteral("03118O00I234");
        break;
    }
}

const QStringList kHeader = { "Họ và tên",
                              "Giới tính",
                              "Ngày sinh",
                              "Số CCCD",
                              "Chức vụ",
                              "Đơn vị",
                              "Khối",
                              "Loại",
                              "Đoàn viên công đoàn",
                              "Danh hiệu thi đua",
                              "Sáng kiến",
                              "Quyết định công nhận sáng kiến",
                              "Khen thưởng",
                              "Năm khen thưởng",
                              "Đề tài lao động sáng tạo",
                              "Tóm tắt thành tích",
                              "Ngày nhận hồ sơ",
                              "Ý kiến cấp ủy, chính quyền",
                              "Hồ sơ kèm theo",
                              "Số bộ hồ sơ",
                              "File mềm",
                              "Ghi chú" };
// Columns of kHeader written as date and number cells in the XLSX.
constexpr int kDateColumns[] = { 2, 16 };
constexpr int kNumberColumns[] = { 13, 19 };

// The data rows of the list, the same for the CSV and the XLSX:
// invalidPerMille rows in a thousand are spoiled (spoilRow), drawn from their
// own generator so the valid rows are the same for every value.
class RowSource
{
public:
    RowSource(Generator &gen, int invalidPerMille, quint32 seed)
        : m_gen(gen), m_invalidPerMille(invalidPerMille), m_spoil(seed ^ 0x5A5A5A5Au)
    {
    }
    QStringList next()
    {
        const Generated g = m_gen.next(m_index++);
        const Nominee &n = g.nominee;
        QStringList row = { n.fullName,
                            genderName(n.gender),
                            dmy(n.birthDate),
                            n.citizenId,
                            n.position,
                            n.unitName,
                            g.blocCode,
                            categoryName(n.category),
                            yn(n.unionMember),
                            n.emulationTitle,
                            n.initiative,
                            n.initiativeDecision,
                            n.meritAward,
                            n.meritYear > 0 ? QString::number(n.meritYear) : QString(),
                            n.creativeTopic,
                            n.achievements,
                            dmy(n.receivedDate),
                            yn(n.endorsed),
                            n.documents.join(QLatin1Char(';')),
                            QString::number(n.copies),
                            yn(n.softCopy),
                            QString() };
        if (m_invalidPerMille > 0 && int(m_spoil.bounded(1000)) < m_invalidPerMille)
            spoilRow(row, m_spoil);
        return row;
    }

private:
    Generator &m_gen;
    int m_invalidPerMille;
    QRandomGenerator m_spoil;
    int m_index = 0;
};

int writeFailed(const QString &path, const QString &reason)
{
    std::fprintf(stderr, "Không ghi được %s: %s\n", qPrintable(path), qPrintable(reason));
    return 3;
}

int writeCsv(const QString &path, RowSource &rows, int count)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    QTextStream out(&file);
    out.setGenerateByteOrderMark(true);
    QStringList headerCells;
    for (const QString &h : kHeader)
        headerCells.append(csvField(h)); // "Ý kiến cấp ủy, chính quyền" has a comma
    out << headerCells.join(QLatin1Char(',')) << "\r\n";
    for (int i = 0; i < count; ++i) {
        QStringList cells;
        for (const QString &v : rows.next())
            cells.append(csvField(v));
        out << cells.join(QLatin1Char(',')) << "\r\n";
    }
    out.flush();
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return 0;
}

// The same rows as writeCsv as an Excel workbook, the way a unit's clerk has
// it: texts in the shared-string table, dates as date cells (dd/mm/yyyy),
// years and counts as numbers, the CCCD as text; a spoiled date stays the
// text it is. libxlsxwriter writes to a path: the workbook is built in a
// private temporary folder, then moved into place with QSaveFile.
int writeXlsx(const QString &path, RowSource &rows, int count)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return writeFailed(path, scratch.errorString());
    const QString tempPath = scratch.filePath(QStringLiteral("list.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(tempPath).constData());
    if (!workbook)
        return writeFailed(path, QStringLiteral("workbook_new"));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_error status = LXW_NO_ERROR;
    auto check = [&status](lxw_error e) {
        if (status == LXW_NO_ERROR && e != LXW_NO_ERROR)
            status = e;
    };
    auto isIn = [](int column, const auto &columns) {
        return std::find(std::begin(columns), std::end(columns), column) != std::end(columns);
    };
    for (int c = 0; c < kHeader.size(); ++c)
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), kHeader.at(c).toUtf8().constData(), nullptr));
    for (int i = 0; i < count; ++i) {
        const lxw_row_t r = lxw_row_t(i + 1);
        const QStringList cells = rows.next();
        for (int c = 0; c < cells.size(); ++c) {
            const QString &v = cells.at(c);
            if (v.isEmpty())
                continue; // an empty CSV field is no cell at all
            const QDate d = QDate::fromString(v, QStringLiteral("dd/MM/yyyy"));
            bool isNumber = false;
            const double number = v.toDouble(&isNumber);
            if (isIn(c, kDateColumns) && d.isValid()) {
                lxw_datetime dt = { d.year(), d.month(), d.day(), 0, 0, 0 };
                check(worksheet_write_datetime(sheet, r, lxw_col_t(c), &dt, date));
            } else if (isIn(c, kNumberColumns) && isNumber) {
                check(worksheet_write_number(sheet, r, lxw_col_t(c), number, nullptr));
            } else {
                check(worksheet_write_string(sheet, r, lxw_col_t(c), v.toUtf8().constData(), c == 3 ? text : nullptr));
            }
        }
    }
    check(workbook_close(workbook)); // frees the workbook
    if (status != LXW_NO_ERROR)
        return writeFailed(path, QString::fromUtf8(lxw_strerror(status)));
    QFile temp(tempPath);
    if (!temp.open(QIODevice::ReadOnly))
        return writeFailed(tempPath, temp.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    char buffer[1 << 16];
    for (qint64 got; (got = temp.read(buffer, sizeof buffer)) > 0;) {
        if (file.write(buffer, got) != got)
            return writeFailed(path, file.errorString());
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return 0;
}

int writeDatabase(Database &db, const Campaign &campaign, Generator &gen, int count)
{
    Status st = db.transaction([&]() -> Status {
        UnitStore units(db);
        NomineeStore nominees(db);
        QHash<QString, qint64> unitIds;
        for (int i = 0; i < count; ++i) {
            Generated g = gen.next(i);
            Nominee &n = g.nominee;
            auto it = unitIds.constFind(n.unitName);
            if (it == unitIds.cend()) {
                auto id = units.findOrCreate(campaign.id, n.unitName, n.blocId);
                if (!id)
                    return id.error();
                it = unitIds.insert(n.unitName, *id);
            }
            n.unitId = it.value();
            if (auto id = nominees.insert(n); !id)
                return id.error();
        }
        return {};
    });
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        for (const QString &d : st.error().details)
            std::fprintf(stderr, "%s\n", qPrintable(d));
        return 3;
    }
    return 0;
}

int usage()
{
    std::fprintf(
        stderr,
        "Cách dùng: vinhdanh-datagen (--db TỆP | --csv TỆP | --xlsx TỆP) --count N [--seed S]\n"
        "                         [--invalid-per-mille K]  (chỉ với --csv/--xlsx: K dòng lỗi mỗi nghìn dòng)\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dbPath, csvPath, xlsxPath;
    int count = -1;
    int invalidPerMille = 0;
    quint32 seed = 2023;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return usage();
        const QString value = args.at(++i);
        bool ok = true;
        if (a == QLatin1String("--db"))
            dbPath = value;
        else if (a == QLatin1String("--csv"))
            csvPath = value;
        else if (a == QLatin1String("--xlsx"))
            xlsxPath = value;
        else if (a == QLatin1String("--count"))
            count = value.toInt(&ok);
        else if (a == QLatin1String("--seed"))
            seed = value.toUInt(&ok);
        else if (a == QLatin1String("--invalid-per-mille"))
            invalidPerMille = value.toInt(&ok);
        else
            return usage();
        if (!ok)
            return usage();
    }
    const int outputs = int(!dbPath.isEmpty()) + int(!csvPath.isEmpty()) + int(!xlsxPath.isEmpty());
    if (count < 0 || invalidPerMille < 0 || invalidPerMille > 1000 || outputs != 1
        || (invalidPerMille > 0 && !dbPath.isEmpty()))
        return usage();

    if (dbPath.isEmpty()) {
        // A list file needs the campaign's blocs and lists only: the built-in one.
        Campaign campaign = builtInCampaign();
        Generator gen(campaign, seed);
        RowSource rows(gen, invalidPerMille, seed);
        return csvPath.isEmpty() ? writeXlsx(xlsxPath, rows, count) : writeCsv(csvPath, rows, count);
    }
    auto db = Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign) {
        std::fprintf(stderr, "%s\n", qPrintable(campaign.error().message));
        return 3;
    }
    Generator gen(*campaign, seed);
    return writeDatabase(**db, *campaign, gen, count);
}
