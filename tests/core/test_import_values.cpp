#include "citizenid.h"
#include "importmapping.h"
#include "importvalues.h"
#include "seedcampaign.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace vd;

namespace {
QDate today() { return QDate(2024, 8, 1); }
} // namespace

TEST_CASE("CCCD structure: province, century and sex, birth year", "[import][cccd]")
{
    struct Row
    {
        const char *id;
        Gender gender;
        QDate birth;
        const char *needle;
    }; // needle "" = valid
    const Row rows[] = {
        { "031185001234", Gender::Female, QDate(1985, 3, 15), "" },
        { "031085001234", Gender::Male, QDate(1985, 1, 1), "" },
        { "001301000123", Gender::Female, QDate(2001, 9, 9), "" },
        { "096200000001", Gender::Male, QDate(2000, 1, 1), "" },
        { "031185001234", Gender::Unknown, QDate(), "" }, // nothing to compare with
        { "03118500123", Gender::Unknown, QDate(), "12 chữ số" },
        { "0311850012345", Gender::Unknown, QDate(), "12 chữ số" },
        { "03118500123A", Gender::Unknown, QDate(), "chữ số" },
        { "003185001234", Gender::Unknown, QDate(), "003" }, // 003 is no province
        { "999185001234", Gender::Unknown, QDate(), "999" },
        { "031485001234", Gender::Unknown, QDate(), "thứ 4" },
        { "031985001234", Gender::Unknown, QDate(), "thứ 4" },
        { "031185001234", Gender::Male, QDate(), "giới tính" },
        { "031085001234", Gender::Female, QDate(), "giới tính" },
        { "031185001234", Gender::Female, QDate(1986, 3, 15), "1985" },
        { "031285001234", Gender::Male, QDate(1985, 3, 15), "2085" }, // 2 = born 2000-2099
    };
    for (const Row &r : rows) {
        CAPTURE(r.id);
        const QString problem = citizenIdProblem(QString::fromLatin1(r.id), r.gender, r.birth);
        if (QByteArray(r.needle).isEmpty()) {
            CHECK(problem.isEmpty());
        } else {
            CAPTURE(problem.toStdString());
            CHECK(problem.contains(QString::fromUtf8(r.needle)));
        }
    }
    CHECK(provinceName(QStringLiteral("031")) == QStringLiteral("Hải Phòng"));
    CHECK(provinceName(QStringLiteral("079")) == QStringLiteral("Hồ Chí Minh"));
    CHECK(provinceName(QStringLiteral("003")).isEmpty());
}

TEST_CASE("Import dates: formats, impossible and future dates", "[import][values]")
{
    struct Row
    {
        QVariant cell;
        QDate expected;
        bool ok;
    };
    const QList<Row> rows = {
        { QStringLiteral("15/03/1985"), QDate(1985, 3, 15), true },
        { QStringLiteral("5/3/1985"), QDate(1985, 3, 5), true },
        { QStringLiteral("05.03.1985"), QDate(1985, 3, 5), true },
        { QStringLiteral("1985-03-15"), QDate(1985, 3, 15), true },
        { QStringLiteral(" 15/03/1985 "), QDate(1985, 3, 15), true },
        { QVariant(QDate(2024, 7, 5)), QDate(2024, 7, 5), true },
        { QVariant(), QDate(), true },
        { QStringLiteral(""), QDate(), true },
        { QStringLiteral("31/02/2024"), QDate(), false },
        { QStringLiteral("29/02/2023"), QDate(), false },
        { QStringLiteral("29/02/2024"), QDate(2024, 2, 29), true },
        { QStringLiteral("13/13/2020"), QDate(), false },
        { QStringLiteral("02/08/2024"), QDate(), false }, // tomorrow
        { QStringLiteral("01/08/2024"), QDate(2024, 8, 1), true },
        { QStringLiteral("15/03/85"), QDate(), false },
        { QStringLiteral("15/03-1985"), QDate(), false },
        { QStringLiteral("ngày 15 tháng 3"), QDate(), false },
        { QStringLiteral("01/01/1899"), QDate(), false },
        { QVariant(31121.0), QDate(), false }, // a bare number is not a date
    };
    for (const Row &r : rows) {
        CAPTURE(r.cell.toString().toStdString());
        QDate d;
        const QString problem = parseImportDate(r.cell, today(), &d);
        CHECK(problem.isEmpty() == r.ok);
        CHECK(d == r.expected);
    }
}

TEST_CASE("Import yes/no words", "[import][values]")
{
    const QStringList yes
        = { QStringLiteral("có"),  QStringLiteral("Có"),   QStringLiteral("CÓ"),
            QStringLiteral("x"),   QStringLiteral("X"),    QStringLiteral("✓"),
            QStringLiteral("1"),   QStringLiteral("true"), QStringLiteral("TRUE"),
            QStringLiteral("yes"), QStringLiteral("co"),   QString::fromUtf8("co\xCC\x81") /* NFD */ };
    const QStringList no = { QStringLiteral("không"), QStringLiteral("Không"), QString(),
                             QStringLiteral("  "),    QStringLiteral("0"),     QStringLiteral("false"),
                             QStringLiteral("no"),    QStringLiteral("khong") };
    for (const QString &w : yes) {
        CAPTURE(w.toStdString());
        bool v = false;
        CHECK(parseImportYesNo(w, &v).isEmpty());
        CHECK(v);
    }
    for (const QString &w : no) {
        CAPTURE(w.toStdString());
        bool v = true;
        CHECK(parseImportYesNo(w, &v).isEmpty());
        CHECK_FALSE(v);
    }
    bool v = false;
    CHECK(parseImportYesNo(QVariant(true), &v).isEmpty());
    CHECK(v);
    CHECK(parseImportYesNo(QVariant(1.0), &v).isEmpty());
    CHECK(v);
    for (const char *bad : { "maybe", "có lẽ", "2", "-", "y" }) {
        CAPTURE(bad);
        CHECK_FALSE(parseImportYesNo(QString::fromUtf8(bad), &v).isEmpty());
    }
}

TEST_CASE("Import gender, category, counts and years", "[import][values]")
{
    Gender g;
    CHECK(parseImportGender(QStringLiteral("Nam"), &g).isEmpty());
    CHECK(g == Gender::Male);
    CHECK(parseImportGender(QStringLiteral("NỮ"), &g).isEmpty());
    CHECK(g == Gender::Female);
    CHECK(parseImportGender(QString::fromUtf8("Nu\xCC\x83"), &g).isEmpty());
    CHECK(g == Gender::Female);
    CHECK(parseImportGender(QString(), &g).isEmpty());
    CHECK(g == Gender::Unknown);
    CHECK_FALSE(parseImportGender(QStringLiteral("Khác"), &g).isEmpty());

    Category c;
    for (const char *w : { "Lao động giỏi", "lao dong gioi", "LDG", "", "LAO ĐỘNG GIỎI" }) {
        CHECK(parseImportCategory(QString::fromUtf8(w), &c).isEmpty());
        CHECK(c == Category::Ldg);
    }
    for (const char *w : { "Lao động sáng tạo", "ldst", "Lao-động sáng tạo" }) {
        CHECK(parseImportCategory(QString::fromUtf8(w), &c).isEmpty());
        CHECK(c == Category::Ldst);
    }
    CHECK_FALSE(parseImportCategory(QStringLiteral("Chiến sĩ"), &c).isEmpty());

    int n = -1;
    CHECK(parseImportCount(QStringLiteral("2"), &n).isEmpty());
    CHECK(n == 2);
    CHECK(parseImportCount(QVariant(3.0), &n).isEmpty());
    CHECK(n == 3);
    CHECK(parseImportCount(QString(), &n).isEmpty());
    CHECK(n == 0);
    CHECK_FALSE(parseImportCount(QStringLiteral("-1"), &n).isEmpty());
    CHECK_FALSE(parseImportCount(QStringLiteral("2.5"), &n).isEmpty());
    CHECK_FALSE(parseImportCount(QVariant(2.5), &n).isEmpty());
    CHECK_FALSE(parseImportCount(QStringLiteral("hai"), &n).isEmpty());

    int y = 0;
    CHECK(parseImportYear(QStringLiteral("2023"), QDate(2024, 8, 1), &y).isEmpty());
    CHECK(y == 2023);
    CHECK(parseImportYear(QVariant(2023.0), QDate(2024, 8, 1), &y).isEmpty());
    CHECK_FALSE(parseImportYear(QStringLiteral("2025"), QDate(2024, 8, 1), &y).isEmpty());
    CHECK_FALSE(parseImportYear(QStringLiteral("23"), QDate(2024, 8, 1), &y).isEmpty());
    CHECK_FALSE(parseImportYear(QStringLiteral("năm ngoái"), QDate(2024, 8, 1), &y).isEmpty());
}

TEST_CASE("Import blocs and documents by code or by name", "[import][values]")
{
    Campaign campaign = builtInCampaign();
    for (int i = 0; i < campaign.blocs.size(); ++i)
        campaign.blocs[i].id = 100 + i;
    struct Row
    {
        const char *text;
        qint64 id;
    };
    const Row rows[] = {
        { "MN", 100 },           { "mn", 100 },           { "Mầm non", 100 },     { "MẦM NON", 100 },
        { "Khối Mầm non", 100 }, { "Xã, thị trấn", 103 }, { "xa thi tran", 103 }, { "XA", 103 },
        { "Doanh nghiệp", 105 }, { "Cơ quan HCSN", 104 }, { "HCSN", 104 },        { "THCS", 102 },
    };
    for (const Row &r : rows) {
        CAPTURE(r.text);
        qint64 id = 0;
        CHECK(parseImportBloc(QString::fromUtf8(r.text), campaign, &id).isEmpty());
        CHECK(id == r.id);
    }
    qint64 id = 0;
    CHECK_FALSE(parseImportBloc(QStringLiteral("Trung học phổ thông"), campaign, &id).isEmpty());
    CHECK_FALSE(parseImportBloc(QString(), campaign, &id).isEmpty());

    QStringList codes;
    CHECK(parseImportDocuments(QStringLiteral("TRICH_NGANG; to_trinh ;Biên bản họp bình bầu của BCH CĐCS;"), campaign,
                               &codes)
              .isEmpty());
    CHECK(codes
          == QStringList { QStringLiteral("BIEN_BAN"), QStringLiteral("TO_TRINH"), QStringLiteral("TRICH_NGANG") });
    CHECK(parseImportDocuments(QStringLiteral("Bản sao giấy khen, bằng khen\nTO_TRINH"), campaign, &codes).isEmpty());
    CHECK(codes == QStringList { QStringLiteral("GIAY_KHEN"), QStringLiteral("TO_TRINH") });
    CHECK(parseImportDocuments(QString(), campaign, &codes).isEmpty());
    CHECK(codes.isEmpty());
    const QString problem = parseImportDocuments(QStringLiteral("TO_TRINH; Giấy lạ"), campaign, &codes);
    CHECK(problem.contains(QStringLiteral("Giấy lạ")));
}

TEST_CASE("Import CCCD cells: text, numbers that lost the leading zero", "[import][values]")
{
    struct Row
    {
        QVariant cell;
        const char *expected;
        bool ok;
        bool warns;
    };
    const QList<Row> rows = {
        { QStringLiteral("031185001234"), "031185001234", true, false },
        { QStringLiteral(" 031 185 001 234 "), "031185001234", true, false },
        { QStringLiteral("'031185001234"), "031185001234", true, false },
        { QVariant(31185001234.0), "031185001234", true, true },
        { QStringLiteral("31185001234"), "031185001234", true, true },
        { QVariant(3118500123.0), "", false, false },
        { QVariant(131185001234.0), "131185001234", true, false }, // 12 digits: the structure check decides
        { QStringLiteral("3.11850E+10"), "", false, false },
        { QStringLiteral("0311-8500"), "", false, false },
        { QVariant(), "", true, false },
    };
    for (const Row &r : rows) {
        CAPTURE(r.cell.toString().toStdString());
        QString id, warning;
        CHECK(parseImportCitizenId(r.cell, &id, &warning).isEmpty() == r.ok);
        CHECK(id == QString::fromLatin1(r.expected));
        CHECK(warning.isEmpty() == !r.warns);
    }
}

TEST_CASE("Import headers match folded Vietnamese and English keys", "[import][header]")
{
    struct Row
    {
        const char *text;
        ImportField field;
    };
    const Row rows[] = {
        { "Họ và tên", ImportField::FullName },
        { "HỌ VÀ TÊN", ImportField::FullName },
        { "ho_va_ten", ImportField::FullName },
        { " Họ  và   tên: ", ImportField::FullName },
        { "full_name", ImportField::FullName },
        { "Full Name", ImportField::FullName },
        { "Họ tên", ImportField::FullName },
        { "Số CCCD", ImportField::CitizenId },
        { "citizen_id", ImportField::CitizenId },
        { "CCCD", ImportField::CitizenId },
        { "Ý kiến cấp ủy, chính quyền", ImportField::Endorsed },
        { "y kien cap uy chinh quyen", ImportField::Endorsed },
        { "Đoàn viên công đoàn", ImportField::UnionMember },
        { "union_member", ImportField::UnionMember },
        { "File mềm", ImportField::SoftCopy },
        { "soft_copy", ImportField::SoftCopy },
        { "Số bộ hồ sơ", ImportField::Copies },
        { "Năm khen thưởng", ImportField::MeritYear },
        { "Khen thưởng", ImportField::MeritAward },
        { "Quyết định công nhận sáng kiến", ImportField::InitiativeDecision },
        { "Sáng kiến", ImportField::Initiative },
        { "Khối", ImportField::Bloc },
        { "KHOI", ImportField::Bloc },
    };
    for (const Row &r : rows) {
        CAPTURE(r.text);
        ImportField f = ImportField::Notes;
        REQUIRE(matchImportHeader(QString::fromUtf8(r.text), &f));
        CHECK(f == r.field);
    }
    // Every Vietnamese header and key of docs/import-format.md is recognised as its own column.
    for (const ImportColumnSpec &spec : importColumns()) {
        ImportField f;
        REQUIRE(matchImportHeader(spec.headerText(), &f));
        CHECK(f == spec.field);
        REQUIRE(matchImportHeader(spec.keyText(), &f));
        CHECK(f == spec.field);
    }
    ImportField f;
    bool ignored = false;
    CHECK_FALSE(matchImportHeader(QStringLiteral("Số điện thoại"), &f, &ignored));
    CHECK_FALSE(ignored);
    CHECK_FALSE(matchImportHeader(QStringLiteral("STT"), &f, &ignored));
    CHECK(ignored);
}

namespace {

// parseImportDate() on text as it read before its ASCII fast path: the two
// regular expressions alone (docs/performance-import.md, round 5).
QString referenceDate(const QString &cellText, QDate *out)
{
    *out = QDate();
    const QString text = importText(cellText);
    if (text.isEmpty())
        return QString();
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    int y = 0, m = 0, d = 0;
    if (auto match = dmy.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(3).toInt();
        y = match.captured(4).toInt();
    } else if (auto iso = ymd.match(text); iso.hasMatch()) {
        y = iso.captured(1).toInt();
        m = iso.captured(2).toInt();
        d = iso.captured(3).toInt();
    } else {
        return QStringLiteral("not a date");
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return QStringLiteral("impossible");
    if (date.year() < 1900 || date > today())
        return QStringLiteral("out of range");
    *out = date;
    return QString();
}

} // namespace

TEST_CASE("Import dates read without the regular expressions read as with them", "[import][values]")
{
    // Table: the shapes next to the patterns; then random strings of digits and separators.
    const QStringList shapes = {
        QStringLiteral("1/2/1985"),          QStringLiteral("01/02/1985"), QStringLiteral("12-3-1985"),
        QStringLiteral("1.12.1985"),         QStringLiteral("1/2.1985"),   QStringLiteral("1985-1-2"),
        QStringLiteral("1985-12-31"),        QStringLiteral("1985-123-1"), QStringLiteral("1985-1-234"),
        QStringLiteral("123/4/1985"),        QStringLiteral("1/2/85"),     QStringLiteral("31/02/1985"),
        QStringLiteral("1/2/19855"),         QStringLiteral("1//1985"),    QStringLiteral("/1/21985"),
        QStringLiteral("1985--1-2"),         QStringLiteral("1-2-1985-"),  QString::fromUtf8("١/٢/١٩٨٥"),
        QString::fromUtf8("１/２/１９８５"), QStringLiteral(" 1/2/1985 "), QStringLiteral("1/2/1985\n"),
        QStringLiteral("9/9/2030"),          QStringLiteral("1/1/1899"),   QStringLiteral("1985-01-02x"),
    };
    QStringList texts = shapes;
    // Three runs of 1 to 4 random digits joined by random separators, now
    // and then with a stray character: the patterns' near misses.
    quint32 seed = 20;
    auto next = [&seed](quint32 range) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % range;
    };
    const QString separators = QStringLiteral("/-./-.x");
    for (int i = 0; i < 20000; ++i) {
        QString t;
        for (int part = 0; part < 3; ++part) {
            if (part > 0)
                t += separators.at(int(next(quint32(separators.size()))));
            const int digits = 1 + int(next(4));
            for (int k = 0; k < digits; ++k)
                t += QChar(u'0' + char16_t(next(10)));
        }
        if (next(10) == 0)
            t.insert(int(next(quint32(t.size() + 1))), separators.at(int(next(quint32(separators.size())))));
        texts.append(t);
    }
    int shaped = 0;
    for (const QString &text : std::as_const(texts)) {
        INFO(text.toStdString());
        QDate expected;
        const QString expectedProblem = referenceDate(text, &expected);
        QDate got;
        const QString problem = parseImportDate(text, today(), &got);
        CHECK(problem.isEmpty() == expectedProblem.isEmpty());
        CHECK(got == expected);
        shaped += expectedProblem != QStringLiteral("not a date");
    }
    CHECK(shaped > 300); // some random strings do take the patterns' shapes (fixed seed: 392)
}
