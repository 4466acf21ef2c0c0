// The list's search (NomineeSearch, NomineeFilterProxy): found rows worked out
// per distinct text and, for a growing query, only over the rows found before
// (docs/performance-check-gui.md, round 5) must be exactly the rows a fresh
// search finds, and the rows the search found when it looked for the query in
// each row's "name\nunit\nposition\nCCCD" text.
#include "nomineefilterproxy.h"
#include "nomineesearch.h"
#include "nomineetablemodel.h"
#include "textfold.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

#include <algorithm>

using namespace vd;

namespace {

Campaign oneBloc()
{
    Campaign c;
    c.blocs.append(Bloc { 1, 1, QStringLiteral("MN"), QStringLiteral("Mầm non"), Sector::Hcsn, 18, 1 });
    return c;
}

// Names, units and positions that repeat, as imported unit files do; some
// spelled in NFD or with other capitals (they fold alike), CCCDs on most rows.
QList<Nominee> repeatingNominees()
{
    const QStringList names { QStringLiteral("Nguyễn Văn An"),
                              QStringLiteral("Trần Thị Ánh"),
                              QStringLiteral("Lê Văn Đức"),
                              QStringLiteral("Phạm Ngọc Ẩn"),
                              QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D),
                              QStringLiteral("NGUYỄN VĂN ANH"),
                              QStringLiteral("Đỗ Văn Vân") };
    const QStringList units { QStringLiteral("Trường Mầm non Hoa Sen"), QStringLiteral("Công ty Điện lực"),
                              QStringLiteral("Trường mầm non hoa sen"), QStringLiteral("Bệnh viện 115") };
    const QStringList positions { QStringLiteral("Giáo viên"), QStringLiteral("Kế toán"), QString(),
                                  QStringLiteral("Trưởng phòng") };
    QList<Nominee> out;
    for (int i = 0; i < 140; ++i) {
        Nominee n;
        n.id = 1000 + i;
        n.blocId = 1;
        n.fullName = names.at(i % names.size());
        n.unitId = 10 + i % units.size();
        n.unitName = units.at(i % units.size());
        n.position = positions.at((i / 3) % positions.size());
        if (i % 3 != 0)
            n.citizenId = QStringLiteral("0790%1").arg(i * 7919 % 100000000, 8, 10, QLatin1Char('0'));
        out.append(n);
    }
    return out;
}

// What the search always meant: the folded query within the row's texts.
std::vector<char> reference(const QString &foldedQuery, const QList<Nominee> &nominees)
{
    std::vector<char> out;
    for (const Nominee &n : nominees) {
        const QString all = foldText(n.fullName) + QLatin1Char('\n') + foldText(n.unitName) + QLatin1Char('\n')
                            + foldText(n.position) + QLatin1Char('\n') + n.citizenId;
        out.push_back(foldedQuery.isEmpty() || all.contains(foldedQuery));
    }
    return out;
}

std::vector<char> foundRows(const gui::NomineeSearch &search, int rows)
{
    std::vector<char> out;
    for (int r = 0; r < rows; ++r)
        out.push_back(search.found(r));
    return out;
}

QList<qint64> shownIds(const QAbstractItemModel &proxy)
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(gui::NomineeTableModel::NomineeIdRole).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("NomineeSearch: a growing, shrinking, accented or NFD query finds what a fresh search finds",
          "[gui][list][search]")
{
    const QList<Nominee> nominees = repeatingNominees();
    const gui::NomineeTableModel::ListKeys keys = gui::NomineeTableModel::computeKeys(nominees);
    CHECK(keys.texts.size() < 20); // each distinct folded text once
    const QStringList typed {
        QStringLiteral("n"),
        QStringLiteral("ng"),
        QStringLiteral("nguy"),
        QStringLiteral("nguyễn"),
        QStringLiteral("Nguyễn V"),
        QStringLiteral("NGUYEN VAN AN"),
        QStringLiteral("nguyen van anh"),
        QStringLiteral("nguyen van"), // shorter again
        QStringLiteral("van"),
        QStringLiteral("vân"),
        QStringLiteral("Văn").normalized(QString::NormalizationForm_D),
        QStringLiteral("an"),
        QStringLiteral("đ"),
        QStringLiteral("d"),
        QStringLiteral("duc"),
        QStringLiteral("  "),
        QStringLiteral("mầm non"),
        QStringLiteral("mam non hoa"),
        QStringLiteral("giao vien"),
        QStringLiteral("0"),
        QStringLiteral("07"),
        QStringLiteral("0790"),
        QStringLiteral("07900"),
        QStringLiteral("115"),
        QStringLiteral("1"),
        QStringLiteral("x"),
        QStringLiteral("xy"),
        QString(),
        QStringLiteral("a"),
        QStringLiteral("an\nt"),
        QStringLiteral("ẩn"),
    };
    gui::NomineeSearch growing; // one object through every query, as the list uses it
    bool first = true;
    for (const QString &text : typed) {
        const QString query = foldText(text);
        INFO("query \"" << text.toStdString() << "\" folded \"" << query.toStdString() << "\"");
        const QString before = growing.query();
        growing.update(query, nominees, keys, !first);
        first = false;
        gui::NomineeSearch fresh;
        fresh.update(query, nominees, keys, false);
        const std::vector<char> expected = reference(query, nominees);
        CHECK(foundRows(growing, int(nominees.size())) == expected);
        CHECK(foundRows(fresh, int(nominees.size())) == expected);
        if (!before.isEmpty() && !query.isEmpty() && query.contains(before)) {
            // Only what the shorter query found was tested again.
            CHECK(growing.rowsTested() <= fresh.rowsTested());
            CHECK(growing.textsTested() <= fresh.textsTested());
        }
    }
    // A line break never comes out of foldText; were it in a query, it would
    // still match across a row's texts as before.
    const QString across = QStringLiteral("van an\ntruong");
    gui::NomineeSearch lines;
    lines.update(across, nominees, keys, false);
    const std::vector<char> acrossRows = reference(across, nominees);
    CHECK(foundRows(lines, int(nominees.size())) == acrossRows);
    CHECK(std::count(acrossRows.cbegin(), acrossRows.cend(), 1) > 0);

    // An extended query tests only the rows the previous one found.
    gui::NomineeSearch search;
    search.update(foldText(QStringLiteral("nguyen")), nominees, keys, false);
    int foundBefore = 0;
    for (int r = 0; r < nominees.size(); ++r)
        foundBefore += search.found(r) ? 1 : 0;
    search.update(foldText(QStringLiteral("nguyen van anh")), nominees, keys, true);
    CHECK(search.rowsTested() == foundBefore);
    CHECK(search.rowsTested() < nominees.size());
}

TEST_CASE("NomineeFilterProxy: typing, deleting and new rows or verdicts show the rows a fresh proxy shows",
          "[gui][list][search][model]")
{
    const QList<Nominee> nominees = repeatingNominees();
    gui::NomineeTableModel model;
    gui::NomineeFilterProxy proxy;
    proxy.setNomineeModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNominees(oneBloc(), nominees, {}, {}, true); // rows first, verdicts being checked
    proxy.sort(gui::NomineeTableModel::NameColumn);

    const auto freshIds = [&](const QString &text, int verdict) {
        gui::NomineeFilterProxy other;
        other.setNomineeModel(&model);
        other.sort(gui::NomineeTableModel::NameColumn);
        other.setVerdict(verdict);
        other.setSearchText(text);
        return shownIds(other);
    };
    QString typed;
    const QString word = QStringLiteral("Nguyễn Văn Anh");
    for (const QChar c : word) {
        typed.append(c);
        proxy.setSearchText(typed);
        INFO("typed \"" << typed.toStdString() << "\"");
        CHECK(shownIds(proxy) == freshIds(typed, -1));
    }
    CHECK(proxy.rowCount() > 0);
    while (!typed.isEmpty()) {
        typed.chop(1);
        proxy.setSearchText(typed);
        INFO("typed \"" << typed.toStdString() << "\"");
        CHECK(shownIds(proxy) == freshIds(typed, -1));
    }
    CHECK(proxy.rowCount() == nominees.size());

    // The verdicts arrive while a search is on; then the search grows.
    proxy.setSearchText(QStringLiteral("van"));
    QList<Verdict> verdicts;
    for (int i = 0; i < nominees.size(); ++i)
        verdicts.append(i % 2 ? Verdict::Eligible : Verdict::Review);
    model.setVerdicts(verdicts, gui::NomineeTableModel::computeKeys(nominees));
    proxy.setVerdict(int(Verdict::Eligible));
    CHECK(shownIds(proxy) == freshIds(QStringLiteral("van"), int(Verdict::Eligible)));
    proxy.setSearchText(QStringLiteral("van an"));
    CHECK(shownIds(proxy) == freshIds(QStringLiteral("van an"), int(Verdict::Eligible)));
    proxy.setVerdict(-1);

    // Other rows under a search that grows: nothing of the old rows' search is reused.
    QList<Nominee> others = nominees.mid(0, 40);
    for (Nominee &n : others)
        n.fullName = QStringLiteral("Võ Văn Anh Tuấn");
    model.setNominees(oneBloc(), others);
    CHECK(shownIds(proxy) == freshIds(QStringLiteral("van an"), -1));
    proxy.setSearchText(QStringLiteral("van anh t"));
    CHECK(proxy.rowCount() == others.size());
    CHECK(shownIds(proxy) == freshIds(QStringLiteral("van anh t"), -1));
}
