#include "importrows.h"

#include "citizenid.h"
#include "nomineevalidation.h"
#include "textfold.h"

#include <QCoreApplication>

namespace vd {

namespace {

// The same lupdate context as importer.cpp: "vd::Importer".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Importer)
};

} // namespace

void RowReader::validate(const Nominee &n)
{
    for (const FieldProblem &p : validateNominee(n, m_campaign, m_today, false)) {
        if (present(p.field) && !(m_errorFields & (1u << int(p.field))))
            error(p.field, p.message);
    }
}

QString RowReader::required(F field)
{
    const QString value = text(field);
    if (value.isEmpty() && present(field))
        error(field, Tr::tr("Ô bắt buộc “%1” đang trống.").arg(importColumn(field).headerText()));
    return value;
}

void RowReader::read(const TableRow &row)
{
    m_row = &row;
    m_valid = true;
    m_errorFields = 0;
    m_fixUps.clear();
    Nominee n;
    n.campaignId = m_campaign.id;
    n.fullName = required(F::FullName);
    error(F::Gender, parseImportGender(cell(F::Gender), &n.gender));
    error(F::BirthDate, parseImportBirth(cell(F::BirthDate), m_today, &n.birthDate, &n.birthYear));
    readBirthColumns(&n);
    QString warning;
    const QString idShape = parseImportCitizenId(cell(F::CitizenId), &n.citizenId, &warning);
    error(F::CitizenId, idShape);
    fixUp(F::CitizenId, warning);
    if (idShape.isEmpty() && !n.citizenId.isEmpty()) {
        const QString structure = citizenIdProblem(n.citizenId, n.gender, n.birthDate, n.birthYear);
        error(F::CitizenId, structure);
        if (structure.isEmpty()) {
            const auto seen = m_citizenIds.constFind(n.citizenId);
            if (seen != m_citizenIds.constEnd())
                problem(F::CitizenId, ImportSeverity::Warning,
                        Tr::tr("Số CCCD %1 trùng với dòng %2.").arg(n.citizenId).arg(seen.value()));
            else
                m_citizenIds.insert(n.citizenId, row.rowNumber);
        }
    }
    if (!m_split.givesPosition)
        n.position = required(F::Position);
    if (!m_split.givesUnit)
        n.unitName = required(F::Unit);
    if (m_split.column >= 0)
        readPositionUnit(&n);
    if (present(F::Bloc))
        error(F::Bloc, parseImportBloc(cell(F::Bloc), m_campaign, &n.blocId));
    error(F::Category, parseImportCategory(cell(F::Category), &n.category));
    error(F::UnionMember, parseImportYesNo(cell(F::UnionMember), &n.unionMember));
    if (present(F::UnionMember) && importText(cell(F::UnionMember)).isEmpty()
        && cell(F::UnionMember).typeId() != QMetaType::Bool) {
        fixUp(F::UnionMember, Tr::tr("Ô “Đoàn viên công đoàn” để trống: hiểu là Không."));
    }
    n.emulationTitle = text(F::EmulationTitle);
    n.initiative = text(F::Initiative);
    n.initiativeDecision = text(F::InitiativeDecision);
    n.meritAward = text(F::MeritAward);
    error(F::MeritYear, parseImportYear(cell(F::MeritYear), m_today, &n.meritYear));
    n.creativeTopic = text(F::CreativeTopic, true);
    n.achievements = text(F::Achievements, true);
    error(F::ReceivedDate, parseImportDate(cell(F::ReceivedDate), m_today, &n.receivedDate));
    error(F::Endorsed, parseImportYesNo(cell(F::Endorsed), &n.endorsed));
    error(F::Documents, parseImportDocuments(cell(F::Documents), m_documentTypes, &n.documents));
    error(F::Copies, parseImportCount(cell(F::Copies), &n.copies));
    error(F::SoftCopy, parseImportYesNo(cell(F::SoftCopy), &n.softCopy));
    n.notes = text(F::Notes, true);
    error(F::Disciplined, parseImportYesNo(cell(F::Disciplined), &n.disciplined));
    validate(n);
    if (!m_valid) {
        for (auto it = m_fixUps.crbegin(); it != m_fixUps.crend(); ++it)
            m_result.problems.removeAt(*it);
    }
    ImportRecord record { m_sheet, row.rowNumber, std::move(n), m_valid };
    if (m_feed && *m_feed && (*m_feed)(record)) {
        ++(m_valid ? m_result.takenValid : m_result.takenInvalid);
        return;
    }
    m_result.records.append(std::move(record));
}

// "Năm sinh" over "Nam" / "Nữ": the birth year (or date) written under one of
// them gives the gender and the birth.
void RowReader::readBirthColumns(Nominee *n)
{
    int filled = -1;
    for (auto it = m_result.birthColumns.cbegin(); it != m_result.birthColumns.cend(); ++it) {
        const QVariant value = m_row->cell(it.key());
        if (!value.isValid() || importText(value).isEmpty())
            continue;
        const QString header = m_headers.value(it.key());
        if (filled >= 0) {
            problemAt(it.key(), header, ImportSeverity::Error,
                      Tr::tr("Có năm sinh ở cả cột “%1” và cột “%2”: chỉ ghi ở cột Nam hoặc cột Nữ.")
                          .arg(m_headers.value(filled), header));
            return;
        }
        filled = it.key();
        if (n->gender != Gender::Unknown && n->gender != it.value()) {
            problemAt(it.key(), header, ImportSeverity::Error,
                      Tr::tr("Năm sinh ghi ở cột “%1” nhưng cột Giới tính là %2.").arg(header, genderName(n->gender)));
            continue;
        }
        n->gender = it.value();
        if (n->birthDate.isValid() || n->birthYear > 0) {
            problemAt(it.key(), header, ImportSeverity::Error,
                      Tr::tr("Năm sinh ghi hai lần: ở cột “%1” và cột Ngày sinh.").arg(header));
            continue;
        }
        problemAt(it.key(), header, ImportSeverity::Error,
                  parseImportBirth(value, m_today, &n->birthDate, &n->birthYear));
    }
}

// "Chức vụ, đơn vị công tác" in one cell, split because the user asked for it:
// the position before the first comma (or " - "), the unit after it. When the
// other field has a column of its own, the cell is cut only where its other
// part says the same as that column; otherwise the whole cell is kept.
void RowReader::readPositionUnit(Nominee *n)
{
    const int column = m_split.column;
    const QString header = m_headers.value(column);
    const QString value = importText(m_row->cell(column));
    const auto failed = [this](const QString &message) {
        problemAt(m_split.column, m_headers.value(m_split.column), ImportSeverity::Error, message);
        if (m_split.givesPosition)
            m_errorFields |= 1u << int(F::Position);
        if (m_split.givesUnit)
            m_errorFields |= 1u << int(F::Unit);
    };
    if (value.isEmpty()) {
        failed(Tr::tr("Ô bắt buộc “%1” đang trống.").arg(header));
        return;
    }
    QString position, unit;
    const bool cut = splitPositionUnit(value, &position, &unit);
    if (m_split.givesPosition && m_split.givesUnit) {
        if (!cut) {
            failed(Tr::tr("Ô “%1” không tách được: “%2” không có dấu phẩy (hoặc “ - ”) giữa chức vụ và đơn vị. "
                          "Hãy sửa ô thành “Chức vụ, Đơn vị”.")
                       .arg(header, value));
            return;
        }
        n->position = position;
        n->unitName = unit;
    } else if (m_split.givesPosition) {
        if (cut && foldText(unit) == foldText(n->unitName)) {
            n->position = position;
        } else {
            n->position = value;
            if (cut && !n->unitName.isEmpty())
                problemAt(column, header, ImportSeverity::Warning,
                          Tr::tr("Phần sau dấu phân cách (“%1”) khác cột Đơn vị (“%2”): cả ô được lấy làm chức vụ.")
                              .arg(unit, n->unitName));
        }
    } else {
        if (cut && foldText(position) == foldText(n->position)) {
            n->unitName = unit;
        } else {
            n->unitName = value;
            if (cut && !n->position.isEmpty())
                problemAt(column, header, ImportSeverity::Warning,
                          Tr::tr("Phần trước dấu phân cách (“%1”) khác cột Chức vụ (“%2”): cả ô được lấy làm đơn vị.")
                              .arg(position, n->position));
        }
    }
    m_result.splits.append({ m_sheet, m_row->rowNumber, header, value, n->position, n->unitName });
}

} // namespace vd
