#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ExportFile.h"
#include "exchange/ExportFormats.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

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
    QString format; // its key
    qint64 rows = 0;
    QString path;
    bool withArms = false;
    QStringList companions; // the files written beside it (the scripts of an SPSS or Stata file)
};

// Writes an export in one of the registered formats (ExportFormats). The format says who may
// write it (ExportFormat::permits: ExportData, and for the allocation list also
// ManageRandomization) and what a blinded data set can have (ExportFormat::fits: no sessions
// file, no allocation list); a caller who may not see arms gets no arm or therapist column
// (ExportSource applies the data set's Disclosure). The file appears complete or not at all
// (ExportFile: never over the trial, a backup or, unless asked, any existing file), and every
// export is audited, so a trial open read-only exports nothing.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(Database& db) : m_db(db) {}

    Result<ExportSummary> exportTo(const Actor& actor, const ExportFormat& format,
                                   const QString& path, ExportOptions options = {});

private:
    Database& m_db;
};

} // namespace td
