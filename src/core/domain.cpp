#include "domain.h"

#include "textfold.h"

namespace vd {

QString sectorCode(Sector s) { return s == Sector::Sxkd ? QStringLiteral("SXKD") : QStringLiteral("HCSN"); }

bool parseSectorCode(const QString &code, Sector *out)
{
    const QString key = foldKey(code);
    if (key == QLatin1String("hcsn")) {
        *out = Sector::Hcsn;
        return true;
    }
    if (key == QLatin1String("sxkd")) {
        *out = Sector::Sxkd;
        return true;
    }
    return false;
}

QString categoryCode(Category c) { return c == Category::Ldst ? QStringLiteral("LDST") : QStringLiteral("LDG"); }

QString categoryName(Category c)
{
    return c == Category::Ldst ? QStringLiteral("Lao động sáng tạo") : QStringLiteral("Lao động giỏi");
}

bool parseCategoryCode(const QString &code, Category *out)
{
    const QString key = foldKey(code);
    if (key == QLatin1String("ldg") || key == QLatin1String("laodonggioi")) {
        *out = Category::Ldg;
        return true;
    }
    if (key == QLatin1String("ldst") || key == QLatin1String("laodongsangtao")) {
        *out = Category::Ldst;
        return true;
    }
    return false;
}

QString genderCode(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("M");
    case Gender::Female:
        return QStringLiteral("F");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString genderName(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("Nam");
    case Gender::Female:
        return QStringLiteral("Nữ");
    case Gender::Unknown:
        break;
    }
    return {};
}

Gender parseGenderCode(const QString &code)
{
    if (code == QLatin1String("M"))
        return Gender::Male;
    if (code == QLatin1String("F"))
        return Gender::Female;
    return Gender::Unknown;
}

int Campaign::totalQuota() const
{
    int total = 0;
    for (const Bloc &b : blocs)
        total += b.quota;
    return total;
}

const Bloc *Campaign::blocById(qint64 id) const
{
    for (const Bloc &b : blocs) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const Bloc *Campaign::blocByCode(const QString &code) const
{
    for (const Bloc &b : blocs) {
        if (b.code.compare(code, Qt::CaseInsensitive) == 0)
            return &b;
    }
    return nullptr;
}

QStringList Campaign::requiredDocumentCodes() const
{
    QStringList codes;
    for (const DocumentType &d : documentTypes) {
        if (d.required)
            codes.append(d.code);
    }
    return codes;
}

QString Campaign::documentName(const QString &code) const
{
    for (const DocumentType &d : documentTypes) {
        if (d.code == code)
            return d.name;
    }
    return code;
}

} // namespace vd
