#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ExportLayout.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <vector>

namespace td {

class CsvWriter;

// The variables the codebook describes for one file ("long", "wide", ...).
struct CodebookSection
{
    QString file;
    std::vector<ExportVariable> variables;
};

// One export format: what it is called, the files it makes, who may have it and how it is
// written. Every format is one class in its own file, registered in ExportFormats.cpp; the
// command line's `export --format`, the window's list of formats and the codebook all read
// the registry (ExportFormats). ExportService checks permits() and fits(), opens the file and
// audits the export; write() only writes.
class ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormat)

public:
    ExportFormat() = default;
    virtual ~ExportFormat() = default;
    ExportFormat(const ExportFormat&) = delete;
    ExportFormat& operator=(const ExportFormat&) = delete;

    // Its name on the command line (--format) and in the audit trail, e.g. "csv-long".
    virtual QString key() const = 0;
    // What people call it, in the current language (the window's list).
    virtual QString name() const = 0;
    // The file name ending, without the dot ("csv").
    virtual QString suffix() const = 0;
    // The save dialog's filter, from the suffix: "CSV files (*.csv)".
    virtual QString fileFilter() const;

    // Whether `actor` may write this format at all: by default whoever may export data
    // (ExportData). Forbidden, naming the role and what is missing, otherwise.
    virtual Status permits(const Actor& actor) const;
    // Whether a data set that discloses `dataSet` (Disclosure::blinded() for a blinded one,
    // ExportFormats::dataSet) can have this file. Ok, or Invalid saying why not. What a reader
    // may learn is Disclosure's to say; a format only asks it.
    virtual Status fits(const Disclosure& dataSet) const;

    // What the codebook says about this format's own file: nothing by default (the file
    // repeats another's layout, or it is not an analysis file).
    virtual CodebookSection codebook(const ExportContext& ctx) const;

    // Writes the file from the rows of ExportSource (which applies ctx.disclosure) and returns
    // the number of data rows written.
    virtual Result<qint64> write(ExportContext& ctx, QIODevice& out) const = 0;

    // Files written beside the export, named from its file name: (file name, content). The
    // SPSS and Stata files have an R script and a Stata do-file that load them (StatScripts);
    // none by default. ExportService writes them under the same rules as the export.
    virtual std::vector<std::pair<QString, QByteArray>> companions(const ExportContext& ctx,
                                                                   const QString& fileName) const;

    // Writing to `out` failed, with the device's reason.
    static Error writeFailed(const QIODevice& out);

protected:
    // The first row of a CSV file: the variables' names.
    static void csvHeader(CsvWriter& csv, const std::vector<ExportVariable>& vars);
};

} // namespace td
