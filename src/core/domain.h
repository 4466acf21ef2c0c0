// Domain types of VinhDanh. Plain values: no storage, no widgets.
// Names follow docs/glossary.md (campaign, bloc, unit, nominee, dossier, ...).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

namespace vd {

// Khu vực: hành chính sự nghiệp / sản xuất kinh doanh.
enum class Sector { Hcsn, Sxkd };
// Loại: Lao động giỏi (LDG) / Lao động sáng tạo (LDST).
enum class Category { Ldg, Ldst };
enum class Gender { Unknown, Male, Female };

QString sectorCode(Sector s); // "HCSN" / "SXKD"
bool parseSectorCode(const QString &code, Sector *out);
QString categoryCode(Category c); // "LDG" / "LDST"
QString categoryName(Category c); // "Lao động giỏi" / "Lao động sáng tạo"
bool parseCategoryCode(const QString &code, Category *out);
QString genderCode(Gender g); // "" / "M" / "F"
QString genderName(Gender g); // "" / "Nam" / "Nữ"
Gender parseGenderCode(const QString &code);

struct Bloc
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString code; // MN, TH, THCS, XA, HCSN, DN
    QString name; // Mầm non, ...
    Sector sector = Sector::Hcsn;
    int quota = 0;
    int displayOrder = 0;
};

struct Unit
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString name;
    qint64 blocId = 0; // 0 = not yet known
};

// A kind of dossier document (docs/glossary.md): TO_TRINH, BIEN_BAN, TRICH_NGANG
// are required; evidence copies (QD_SANG_KIEN, QD_CSTD, GIAY_KHEN) are not.
struct DocumentType
{
    QString code;
    QString name;
    bool required = false;
};

// Người ký: "TM. BTV LĐLĐ HUYỆN" / "CHỦ TỊCH" / "Lê Văn Thịnh".
struct Signer
{
    QString authority; // TM./KT. line(s), may contain '\n'
    QString title;
    QString name;
};

// Criteria word lists (docs/rules.md), all matched as folded whole-word phrases.
struct Criteria
{
    QStringList leadershipPositions; // HCSN: LEADERSHIP_POSITION
    QStringList sxkdAllowedPositions; // SXKD: shop-floor leads and workers
    QStringList sxkdExcludedPositions; // SXKD: POSITION_NOT_ELIGIBLE
    QStringList emulationTitles; // HCSN: "Chiến sĩ thi đua cơ sở" or higher
    int meritYear = 0; // SXKD: merit award of this year
    int minCopies = 2; // FEWER_COPIES below this
};

// An approval in an earlier campaign, as the history rules
// (INITIATIVE_ALREADY_USED, HONOURED_BEFORE) read it (docs/history.md).
struct PriorHonour
{
    qint64 personId = 0;
    qint64 campaignId = 0;
    int campaignYear = 0;
    QString campaignName;
    qint64 nomineeId = 0;
    QString initiative;
    QString initiativeDecision;
    QString unitName;
};

struct Campaign
{
    qint64 id = 0;
    QString name; // "Hội nghị biểu dương Lao động sáng tạo, Lao động giỏi tiêu biểu năm 2023"
    int year = 0; // the campaign (emulation) year: 2023
    bool active = false;

    // The founding plan and the issuing bodies (two-column header).
    QString documentNumber; // "161/KH-LT"
    QDate documentDate; // 04/07/2024
    QString place; // "An Dương" (place-and-date line)
    QString issuingParent; // "LĐLĐ THÀNH PHỐ HẢI PHÒNG"
    QString issuingBody; // "LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN DƯƠNG"

    QDate deadline; // 08/07/2024
    bool deadlineInclusive = false; // false: dossiers must arrive *before* the deadline

    QDate conferenceDate; // 26/07/2024
    QString conferenceTime; // how long: "½ ngày"
    QTime conferenceStart; // 07:30 (null: not set)
    QString conferencePlace; // "Hội trường Nhà văn hóa huyện"
    QStringList participants; // Thành phần
    QStringList programme; // Nội dung chương trình, in order
    QStringList recipients; // Nơi nhận
    QList<Signer> signers;
    qint64 rewardAmount = 0; // VND per honoree (award decision)

    Criteria criteria;
    QList<Bloc> blocs; // in display order
    QList<DocumentType> documentTypes;

    // History rules and the read-only lock (docs/history.md).
    int honouredBeforeYears = 0; // HONOURED_BEFORE looks back this many years; 0 = off
    QStringList tiePriority; // keys most important first: "female", "worker" (docs/rules.md)
    bool closed = false; // a closed campaign is read-only
    // A rule's severity in this campaign when it differs from the default:
    // code -> "error", "warning" or "off" (table campaign_rule).
    QHash<QString, QString> ruleSeverities;
    // The approvals of the campaigns before this one (an earlier year, or the
    // same year and created before it), read with the campaign: the rules stay
    // pure functions of nominee, campaign and clock.
    QList<PriorHonour> priorHonours;

    int totalQuota() const;
    const Bloc *blocById(qint64 id) const;
    const Bloc *blocByCode(const QString &code) const;
    QStringList requiredDocumentCodes() const;
    QString documentName(const QString &code) const;
};

struct Attachment
{
    qint64 id = 0;
    qint64 nomineeId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QDateTime addedAt;
    // The bytes are loaded on demand (AttachmentStore), never with the list.
};

// "Đã xem xét": a staff member looked at a nominee whose findings are warnings
// only and decided it may be approved (docs/rules.md "Review"). It holds while
// the warnings are the ones reviewed and the fields they read are unchanged
// (reviewHolds(), review.h); editing such a field withdraws it (NomineeStore).
struct NomineeReview
{
    QString by; // who (the audit log's user)
    QDateTime at; // when (UTC); invalid = not reviewed
    QString note; // why
    QStringList codes; // the warning codes reviewed, sorted
    QString key; // reviewKey() of the fields those warnings read
    bool isSet() const { return at.isValid(); }
};

struct Nominee
{
    qint64 id = 0;
    qint64 campaignId = 0;

    QString fullName; // NFC, inner spaces collapsed
    Gender gender = Gender::Unknown;
    QDate birthDate; // null = unknown
    int birthYear = 0; // the year of birth when no full date is known (0 = unknown);
                       // stored as "YYYY" in birth_date (ISO 8601 reduced precision)
    // The year of birth from whatever is known: the date's, else birthYear; 0 when unknown.
    int knownBirthYear() const { return birthDate.isValid() ? birthDate.year() : birthYear; }
    QString citizenId; // 12 digits or empty
    QString position; // Chức vụ
    qint64 unitId = 0;
    QString unitName; // joined from unit, for display
    qint64 blocId = 0;
    Category category = Category::Ldg;
    bool unionMember = false;
    QString emulationTitle;
    QString initiative;
    QString initiativeDecision;
    QString meritAward;
    int meritYear = 0; // 0 = unknown
    QString creativeTopic;
    QString achievements;
    QDate receivedDate; // null = not received
    bool endorsed = false;
    QStringList documents; // received document codes (sorted, unique)
    int copies = 0;
    bool softCopy = false;
    QString notes;
    bool disciplined = false; // "đang bị kỷ luật / đang xem xét kỷ luật" (DISCIPLINED)
    qint64 personId = 0; // the person across campaigns (people.h); 0 = not linked yet

    bool approved = false;
    QDateTime approvedAt;
    NomineeReview review;
    int version = 1; // row version, for optimistic locking
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One row of the audit log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user; // OS user (or database user on a server)
    QString action; // "nominee.create", "approve", ...
    QString entity;
    qint64 entityId = 0;
    QString details;
};

} // namespace vd

Q_DECLARE_METATYPE(vd::Nominee)
