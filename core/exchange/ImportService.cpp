#include "exchange/ImportService.h"

#include "exchange/AssessmentImport.h"
#include "exchange/OdmImport.h"
#include "exchange/RedcapDictionaryImport.h"

#include <QRegularExpression>
#include <algorithm>

namespace td {

namespace {
struct KindInfo
{
    ImportKind kind;
    const char* key;
    Permission permission;
    const char* records;
};

constexpr KindInfo kindTable[] = {
    {ImportKind::Assessments, "assessments", Permission::EnterAssessments,
     QT_TRANSLATE_NOOP("ImportService", "assessments")},
    {ImportKind::RedcapDictionary, "redcap-dictionary", Permission::ImportInstruments,
     QT_TRANSLATE_NOOP("ImportService", "dictionary fields")},
    {ImportKind::RedcapRecords, "redcap-records", Permission::EnterAssessments,
     QT_TRANSLATE_NOOP("ImportService", "REDCap forms")},
    {ImportKind::Odm, "odm", Permission::EnterAssessments,
     QT_TRANSLATE_NOOP("ImportService", "ODM forms")},
};

const KindInfo& info(ImportKind kind)
{
    for (const KindInfo& k : kindTable)
        if (k.kind == kind)
            return k;
    return kindTable[0];
}
} // namespace

Result<ImportReport> ImportService::run(const Actor& actor, ImportKind kind, const QString& path,
                                        const ImportProgress& progress,
                                        const ImportOptions& options)
{
    switch (kind) {
    case ImportKind::Assessments:
        return AssessmentImport(m_db).run(actor, path, progress);
    case ImportKind::RedcapDictionary:
        return RedcapDictionaryImport(m_db).run(actor, path,
                                                RedcapOptions{options.forms, options.strict,
                                                              options.higherIsBetter,
                                                              options.missingCodes},
                                                options.check);
    case ImportKind::RedcapRecords:
        return RedcapDataImport(m_db).run(actor, path, options.mapping, options.check);
    case ImportKind::Odm:
        return OdmImport(m_db).run(actor, path);
    }
    return makeError(ErrorCode::Invalid, tr("Unknown import."));
}

Result<std::vector<int>> ImportService::missingCodes(const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("[,;\\s]+"));
    std::vector<int> codes;
    for (const QString& part : text.split(separator, Qt::SkipEmptyParts)) {
        bool whole = false;
        const int code = part.toInt(&whole);
        if (!whole || code < -9999 || code > 9999)
            return makeError(ErrorCode::Invalid,
                             tr("The missing code \"%1\" is not a whole number; give whole "
                                "numbers from -9999 to 9999 separated by commas, such as "
                                "-1,99.")
                                 .arg(part.left(40)));
        if (std::find(codes.begin(), codes.end(), code) == codes.end())
            codes.push_back(code);
    }
    return codes;
}

std::optional<ImportKind> ImportService::kindFromKey(const QString& key)
{
    for (const KindInfo& k : kindTable)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString ImportService::key(ImportKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

QStringList ImportService::keys()
{
    QStringList out;
    for (const KindInfo& k : kindTable)
        out << QString::fromLatin1(k.key);
    return out;
}

std::vector<ImportKind> ImportService::kinds()
{
    std::vector<ImportKind> out;
    for (const KindInfo& k : kindTable)
        out.push_back(k.kind);
    return out;
}

Permission ImportService::permission(ImportKind kind)
{
    return info(kind).permission;
}

QString ImportService::recordsName(ImportKind kind)
{
    return QCoreApplication::translate("ImportService", info(kind).records);
}

} // namespace td
