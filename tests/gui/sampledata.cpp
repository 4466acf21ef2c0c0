#include "sampledata.h"

#include "campaignstore.h"
#include "nomineestore.h"
#include "testsupport.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

namespace vd::test {

void writeSampleNominees(Database &db, int count)
{
    static const char *surnames[]
        = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương" };
    static const char *middles[] = { "Thị", "Văn", "Minh", "Thu", "Đức", "Thanh", "Ngọc", "Quang", "Hải", "Bích" };
    static const char *givens[]
        = { "Ánh", "Bình", "Cường", "Dung",  "Đạt", "Giang", "Hà",   "Hùng", "Lan",  "Long", "Mai",
            "Nam", "Oanh", "Phúc",  "Quỳnh", "Sơn", "Tâm",   "Thảo", "Uyên", "Vinh", "Yến" };
    static const char *unitKinds[]
        = { "Trường Mầm non", "Trường Tiểu học", "Trường THCS", "UBND xã", "Phòng", "Công ty TNHH" };
    static const char *places[] = { "An Đồng",  "Hồng Thái", "Lê Thiện", "Đại Bản",   "An Hưng",
                                    "Tân Tiến", "Nam Sơn",   "Bắc Sơn",  "Quốc Tuấn", "Đặng Cương" };
    const Campaign campaign = CampaignStore(db).loadActive().value();
    const Nominee base = eligibleNominee(db, QStringLiteral("MN"), QStringLiteral("x"));
    REQUIRE(
        db.transaction([&]() -> Status {
              UnitStore units(db);
              NomineeStore nominees(db);
              QHash<QString, qint64> unitIds;
              for (int i = 0; i < count; ++i) {
                  const Bloc &bloc = campaign.blocs.at(i % campaign.blocs.size());
                  Nominee n = base;
                  n.fullName = QStringLiteral("%1 %2 %3")
                                   .arg(QString::fromUtf8(surnames[i % 12]), QString::fromUtf8(middles[(i / 12) % 10]),
                                        QString::fromUtf8(givens[(i / 7) % 21]));
                  const int unitNo
                      = (i / int(campaign.blocs.size())) % qMax(4, count / 40 / int(campaign.blocs.size()) + 1);
                  n.unitName = QStringLiteral("%1 %2%3").arg(
                      QString::fromUtf8(unitKinds[i % campaign.blocs.size()]), QString::fromUtf8(places[unitNo % 10]),
                      unitNo >= 10 ? QStringLiteral(" %1").arg(unitNo / 10 + 1) : QString());
                  n.blocId = bloc.id;
                  const int middle = (i / 12) % 10;
                  n.gender = (middle == 0 || middle == 3 || middle == 6 || middle == 9) ? Gender::Female : Gender::Male;
                  n.birthDate = QDate(1970 + i % 30, 1 + i % 12, 1 + i % 28);
                  n.position = bloc.sector == Sector::Sxkd ? QStringLiteral("Công nhân") : QStringLiteral("Giáo viên");
                  if (bloc.code == QLatin1String("XA") || bloc.code == QLatin1String("HCSN"))
                      n.position = QStringLiteral("Chuyên viên");
                  switch (i % 7) {
                  case 1:
                      n.receivedDate = QDate();
                      break;
                  case 3:
                      n.endorsed = false;
                      break;
                  case 5:
                      n.copies = 1;
                      break;
                  default:
                      break;
                  }
                  if (i % 11 == 4) { // a dossier with several gaps
                      n.endorsed = false;
                      n.documents.removeAll(QStringLiteral("BIEN_BAN"));
                      n.initiativeDecision.clear();
                      n.copies = 1;
                      n.softCopy = false;
                  }
                  auto unit = unitIds.constFind(n.unitName);
                  if (unit == unitIds.cend()) {
                      auto id = units.findOrCreate(campaign.id, n.unitName, bloc.id);
                      if (!id)
                          return id.error();
                      unit = unitIds.insert(n.unitName, *id);
                  }
                  n.unitId = *unit;
                  if (auto id = nominees.insert(n); !id)
                      return id.error();
              }
              return {};
          }).ok());
}

} // namespace vd::test
