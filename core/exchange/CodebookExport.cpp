// The codebook: every variable of the files whose formats describe them (the long, wide and
// sessions files: ExportFormat::codebook), and each instrument's
// scoring choices (docs/science.md section 1), so an analysis can be reproduced from the files
// alone.

#include "audit/TrailAnchor.h"
#include "exchange/CsvWriter.h"
#include "exchange/ExportFormats.h"
#include "quality/DataLocks.h"

namespace td {

class CodebookExport final : public ExportFormat
{
    // The translation context its texts have always had.
    Q_DECLARE_TR_FUNCTIONS(ExportWriters)

public:
    QString key() const override { return QStringLiteral("codebook"); }
    QString name() const override
    {
        return QCoreApplication::translate("CodebookExport", "Codebook CSV: every variable");
    }
    QString suffix() const override { return QStringLiteral("csv"); }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
};

namespace {

QString labels(const ExportVariable& v)
{
    QStringList out;
    for (const auto& [code, label] : v.valueLabels)
        out << code + QLatin1Char('=') + label;
    return out.join(QStringLiteral("; "));
}

// The numeric codes the same variable has in the SAV and DTA files (1-based positions).
QString numericCodes(const ExportVariable& v)
{
    QStringList out;
    for (size_t i = 0; i < v.valueLabels.size(); ++i)
        out << QStringLiteral("%1=%2").arg(i + 1).arg(v.valueLabels[i].first);
    return out.join(QStringLiteral("; "));
}

void writeRow(CsvWriter& csv, const QString& file, const ExportVariable& v, qint64& rows)
{
    csv.row({file, v.name, v.label, v.type, v.allowed, labels(v), numericCodes(v), v.missing,
             v.instrument, v.visit, v.scoring});
    ++rows;
}

} // namespace

Result<qint64> CodebookExport::write(ExportContext& ctx, QIODevice& out) const
{
    CsvWriter csv(out);
    csv.row({QStringLiteral("file"), QStringLiteral("variable"), QStringLiteral("label"),
             QStringLiteral("type"), QStringLiteral("allowed_values"),
             QStringLiteral("value_labels"), QStringLiteral("sav_dta_codes"),
             QStringLiteral("missing_codes"), QStringLiteral("instrument"), QStringLiteral("visit"),
             QStringLiteral("scoring")});
    qint64 rows = 0;
    ExportVariable conventions;
    conventions.name = QStringLiteral("*");
    conventions.label = tr("All files are language-neutral: UTF-8, RFC 4180 CSV, ISO 8601 dates "
                           "(YYYY-MM-DD), a decimal point and no thousands separator, codes "
                           "rather than translated labels. Removed records are not exported.");
    if (!ctx.disclosure.arms())
        conventions.label +=
            QLatin1Char(' ') +
            tr("This data set is blinded, so that nothing in it reveals a participant's arm. "
               "Removed: the arm; the therapy sessions file and every session-by-session "
               "measure (their number and dates follow the arm's treatment); therapist names "
               "and the names of other unblinded staff as raters (rater is empty for them), "
               "with the notes they wrote (missing and out-of-window reasons, correction "
               "reasons); "
               "the statuses that follow the treatment schedule (in treatment, completed and "
               "discontinued all read as randomized).");
    writeRow(csv, QStringLiteral("all"), conventions, rows);
    // The audit trail the files were made from: an anchor of the trail outside the trial file.
    if (auto head = TrailAnchors::signedHead(ctx.db); head.ok() && *head) {
        ExportVariable source;
        source.name = QStringLiteral("audit_trail_head");
        source.label = tr("Made from the trial's audit trail up to row %1, SHA-256 %2, signed "
                          "at %3 (UTC). `trialdesk-cli audit verify` on the trial shows whether "
                          "that history is still there.")
                           .arg((*head)->headId)
                           .arg((*head)->headHash, (*head)->atUtc);
        writeRow(csv, QStringLiteral("all"), source, rows);
    }
    // Whether the data were locked for the analysis, and at which point of the trail.
    {
        auto lock = DataLocks::trialLock(ctx.db);
        TD_TRY(lock);
        ExportVariable locked;
        locked.name = QStringLiteral("database_lock");
        locked.label =
            *lock ? tr("The trial's data were locked for the analysis (lock %1, %2 UTC) at audit "
                       "row %3, SHA-256 %4: no change was possible while these files were made.")
                        .arg((*lock)->id)
                        .arg((*lock)->lockedAt.toString(Qt::ISODate))
                        .arg((*lock)->headId)
                        .arg((*lock)->headHash)
                  : tr("The trial's data were not locked when these files were made: they may "
                       "still change.");
        writeRow(csv, QStringLiteral("all"), locked, rows);
    }

    // The files of every registered format this data set can have that describes its own.
    for (const ExportFormat* format : ExportFormats::all()) {
        if (!format->fits(ctx.disclosure).ok())
            continue;
        const CodebookSection section = format->codebook(ctx);
        for (const ExportVariable& v : section.variables)
            writeRow(csv, section.file, v, rows);
    }
    for (const QString& id : ctx.catalog.ids()) {
        const InstrumentDefinition* d = ctx.catalog.find(id);
        if (!d)
            continue;
        ExportVariable v;
        v.name = d->id;
        v.label = d->name.in(ExportLayout::language());
        v.type = QStringLiteral("instrument");
        v.instrument = d->id;
        v.scoring = ExportLayout::scoringText(*d);
        v.allowed = d->clinicianRated ? tr("clinician-rated") : tr("self-report");
        writeRow(csv, QStringLiteral("instrument"), v, rows);
    }
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

const ExportFormat& codebookExport()
{
    static const CodebookExport format;
    return format;
}

} // namespace td
