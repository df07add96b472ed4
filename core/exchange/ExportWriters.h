#pragma once

#include "common/Result.h"
#include "exchange/ExportLayout.h"

#include <QCoreApplication>
#include <QIODevice>

namespace td {

// The CSV exports. Each streams rows from one forward-only query into the device and returns
// the number of data rows written. Permission checks and auditing are ExportService's.
class ExportWriters
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriters)

public:
    static Result<qint64> longCsv(ExportContext& ctx, QIODevice& out);
    static Result<qint64> wideCsv(ExportContext& ctx, QIODevice& out);
    static Result<qint64> sessionsCsv(ExportContext& ctx, QIODevice& out);
    static Result<qint64> codebook(ExportContext& ctx, QIODevice& out);
    // Every entry of the allocation list in use (which participant took it, or none yet) and
    // every allocation made by minimization. ExportService allows it to the statistician only.
    static Result<qint64> allocationCsv(ExportContext& ctx, QIODevice& out);
    // Every electronic signature the data set may show (SignatureExport.cpp): a blinded data
    // set has none on the randomization's records, on emergency unblindings or on alerts it
    // does not hold, and names no unblinded signer.
    static Result<qint64> signaturesCsv(ExportContext& ctx, QIODevice& out);
    // SPSS .sav (stata false) or Stata .dta, the wide layout, through ReadStat.
    static Result<qint64> statFile(ExportContext& ctx, QIODevice& out, bool stata);

    static Error writeFailed(const QIODevice& out);
    // The joined rows of the long export (the benchmark compares with sqlite3 -csv on it).
};

} // namespace td
