#include "nomineevalidation.h"

#include "citizenid.h"
#include "importvalues.h"

#include <QCoreApplication>

namespace vd {

namespace {

using F = NomineeField;

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(vd::NomineeValidation)
};

bool hasDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

class Problems
{
public:
    void add(F field, const QString &message)
    {
        if (!message.isEmpty())
            m_list.append({ field, message });
    }
    void length(F field, const QString &text) { add(field, textLengthProblem(text, nomineeFieldMaxLength(field))); }
    QList<FieldProblem> take() { return std::move(m_list); }

private:
    QList<FieldProblem> m_list;
};

void fieldProblems(const Nominee &n, Problems &p)
{
    if (n.fullName.trimmed().isEmpty())
        p.add(F::FullName, ValidationText::tr("bắt buộc."));
    p.length(F::FullName, n.fullName);
    if (!n.citizenId.isEmpty())
        p.add(F::CitizenId, citizenIdProblem(n.citizenId, n.gender, n.birthDate));
    if (n.position.trimmed().isEmpty())
        p.add(F::Position, ValidationText::tr("bắt buộc."));
    p.length(F::Position, n.position);
    p.length(F::Unit, n.unitName);
    p.length(F::EmulationTitle, n.emulationTitle);
    p.length(F::Initiative, n.initiative);
    p.length(F::InitiativeDecision, n.initiativeDecision);
    p.length(F::MeritAward, n.meritAward);
    p.length(F::CreativeTopic, n.creativeTopic);
    p.length(F::Achievements, n.achievements);
    p.length(F::Notes, n.notes);
    if (n.receivedDate.isValid() && n.birthDate.isValid() && n.receivedDate <= n.birthDate)
        p.add(F::ReceivedDate, ValidationText::tr("ngày nhận hồ sơ trước ngày sinh."));
}

} // namespace

int nomineeFieldMaxLength(NomineeField field)
{
    switch (field) {
    case F::FullName:
        return 200;
    case F::Position:
    case F::Unit:
    case F::EmulationTitle:
    case F::MeritAward:
        return 500;
    case F::Initiative:
    case F::InitiativeDecision:
    case F::CreativeTopic:
        return 2000;
    case F::Achievements:
    case F::Notes:
        return 10000;
    default:
        return 1000;
    }
}

QList<FieldProblem> nomineeFieldProblems(const Nominee &nominee)
{
    Problems p;
    fieldProblems(nominee, p);
    return p.take();
}

QList<FieldProblem> validateNominee(const Nominee &n, const Campaign &campaign, const QDate &today, bool requireBloc)
{
    Problems p;
    if (hasDigit(n.fullName))
        p.add(F::FullName, ValidationText::tr("họ tên không chứa chữ số."));
    fieldProblems(n, p);
    if (n.unitId == 0 && n.unitName.trimmed().isEmpty())
        p.add(F::Unit, ValidationText::tr("bắt buộc."));
    if (n.blocId == 0) {
        if (requireBloc)
            p.add(F::Bloc, ValidationText::tr("bắt buộc."));
    } else if (!campaign.blocById(n.blocId)) {
        p.add(F::Bloc, ValidationText::tr("không phải một khối của đợt biểu dương này."));
    }
    if (today.isValid() && n.birthDate.isValid()) {
        if (n.birthDate > today)
            p.add(F::BirthDate, ValidationText::tr("ngày sinh ở sau hôm nay."));
        else if (n.birthDate.addYears(15) > today)
            p.add(F::BirthDate, ValidationText::tr("người lao động phải từ 15 tuổi trở lên."));
    }
    if (today.isValid() && n.receivedDate.isValid() && n.receivedDate > today)
        p.add(F::ReceivedDate, ValidationText::tr("ngày nhận hồ sơ ở sau hôm nay."));
    return p.take();
}

QStringList fieldProblemLines(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &problem : problems)
        lines.append(ValidationText::tr("%1: %2").arg(importColumn(problem.field).headerText(), problem.message));
    return lines;
}

} // namespace vd
