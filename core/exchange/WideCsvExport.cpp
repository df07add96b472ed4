// The wide CSV: one row per participant, a column per visit, instrument and score.

#include "exchange/CsvWriter.h"
#include "exchange/ExportFormat.h"
#include "exchange/WideReader.h"

#include <QDate>

namespace td {

class WideCsvExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(WideCsvExport)

public:
    QString key() const override { return QStringLiteral("csv-wide"); }
    QString name() const override { return tr("Wide CSV: one row per participant"); }
    QString suffix() const override { return QStringLiteral("csv"); }
    CodebookSection codebook(const ExportContext& ctx) const override
    {
        CodebookSection section{QStringLiteral("wide"), ExportLayout::wideFixedVariables(ctx)};
        for (const WideScore& s : ExportLayout::wideScores(ctx))
            section.variables.push_back(ExportLayout::wideScoreVariable(ctx, s));
        return section;
    }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
};

Result<qint64> WideCsvExport::write(ExportContext& ctx, QIODevice& out) const
{
    WideReader reader(ctx);
    TD_TRY(reader.start());
    CsvWriter csv(out);
    std::vector<ExportVariable> vars = ExportLayout::wideFixedVariables(ctx);
    for (const WideScore& s : reader.scores())
        vars.push_back(ExportLayout::wideScoreVariable(ctx, s));
    csvHeader(csv, vars);
    WideRow row;
    qint64 rows = 0;
    while (true) {
        auto more = reader.next(row);
        TD_TRY(more);
        if (!*more)
            break;
        csv.field(row.studyId);
        csv.field(row.siteCode);
        if (ctx.disclosure.arms())
            csv.field(row.armCode);
        csv.field(row.status);
        csv.field(row.age.toString());
        csv.field(row.sex.toString());
        csv.field(row.educationYears.toString());
        csv.field(row.episodeMonths.toString());
        csv.field(row.randomizedDate);
        csv.field(row.protocolScreened.toString());
        csv.field(row.protocolRandomized.toString());
        if (ctx.disclosure.therapists())
            csv.field(row.therapist);
        csv.field(row.stratum);
        for (size_t i = 0; i < row.values.size(); ++i) {
            const WideScore& s = reader.scores()[i];
            if (!row.values[i]) {
                csv.field(QStringView());
            } else if (s.part == QStringLiteral("date")) {
                csv.field(QDate::fromJulianDay(static_cast<qint64>(*row.values[i]))
                              .toString(Qt::ISODate));
            } else if (s.part == QStringLiteral("band")) {
                const InstrumentDefinition* d = ctx.catalog.find(s.instrument);
                csv.field(d->bands[static_cast<size_t>(*row.values[i]) - 1].key);
            } else {
                csv.field(QString::number(*row.values[i], 'g', 15));
            }
        }
        csv.endRow();
        ++rows;
    }
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

const ExportFormat& wideCsvExport()
{
    static const WideCsvExport format;
    return format;
}

} // namespace td
