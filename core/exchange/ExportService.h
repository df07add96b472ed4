#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ExportFile.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace td {

class Database;

enum class ExportFormat {
    CsvLong,
    CsvWide,
    Sessions,
    Codebook,
    Sav,
    Dta,
    Odm,
    Allocation,
    Signatures
};

struct ExportOptions
{
    // A blinded data set on request (e.g. for a blinded analyst): Disclosure::blinded() even
    // when the caller may see arms. No arm, no sessions file or session measures, no
    // treatment-phase status, no unblinded staff names (ExportSource).
    bool blinded = false;
    // Where the file may go and its permissions (ExportFile): by default never over an
    // existing file, and readable by its owner only.
    ExportFileOptions file;
};

struct ExportSummary
{
    ExportFormat format = ExportFormat::CsvLong;
    qint64 rows = 0;
    QString path;
    bool withArms = false;
};

// Writes the analysis-ready exports. Needs ExportData; a caller who may not see arms gets no
// arm or therapist column. The allocation list also needs ManageRandomization (the unblinded
// statistician: concealment) and has no blinded form. The file appears complete or not at all
// (ExportFile: never over the trial, a backup or, unless asked, any existing file), and every
// export is audited, so a trial open read-only exports nothing.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(Database& db) : m_db(db) {}

    Result<ExportSummary> exportTo(const Actor& actor, ExportFormat format, const QString& path,
                                   ExportOptions options = {});

    // Whether the role may write this format at all (the window offers only these).
    static bool allows(const Actor& actor, ExportFormat format);
    static std::optional<ExportFormat> formatFromKey(const QString& key);
    static QString key(ExportFormat format);
    static QStringList keys();

private:
    Database& m_db;
};

} // namespace td
