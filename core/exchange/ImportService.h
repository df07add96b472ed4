#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"
#include "exchange/RedcapDataImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace td {

class Database;

enum class ImportKind { Assessments, RedcapDictionary, RedcapRecords, Odm };

// Options of the REDCap imports (the others take none).
struct ImportOptions
{
    QStringList forms;                   // only these forms
    bool strict = false;                 // refuse the file rather than skip what cannot be taken
    bool check = false;                  // write nothing: report what would be made
    QHash<QString, bool> higherIsBetter; // per form, as asked (RedcapOptions)
    std::vector<int> missingCodes;       // REDCap missing data codes (RedcapOptions)
    RedcapDataMapping mapping;           // records and events of REDCap data
};

// The imports, by kind, for the command line and the window: each validates the whole file and
// writes nothing when it finds any problem (see AssessmentImport, RedcapDictionaryImport and
// OdmImport, which check the permission again).
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(Database& db) : m_db(db) {}

    // `progress` is reported by the assessment import (the one that meets files of a million
    // rows); the others run without it.
    Result<ImportReport> run(const Actor& actor, ImportKind kind, const QString& path,
                             const ImportProgress& progress = {},
                             const ImportOptions& options = {});

    static std::optional<ImportKind> kindFromKey(const QString& key);
    // "-1, 99": REDCap missing data codes as the window and --missing give them; whole
    // numbers separated by commas (or spaces), else a message naming the one that is not.
    static Result<std::vector<int>> missingCodes(const QString& text);
    static QString key(ImportKind kind);
    static QStringList keys();
    static std::vector<ImportKind> kinds();
    // The permission the kind needs (a dictionary changes the protocol's instruments).
    static Permission permission(ImportKind kind);
    // What the file's records are, translated, e.g. "assessments".
    static QString recordsName(ImportKind kind);

private:
    Database& m_db;
};

} // namespace td
