// The therapy sessions CSV: one row per session. Sessions follow the treatment arm, so a
// blinded data set has none.

#include "exchange/CsvWriter.h"
#include "exchange/ExportFormat.h"
#include "exchange/ExportSource.h"
#include "storage/Database.h"

#include <QSqlError>

namespace td {

class SessionsCsvExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(SessionsCsvExport)

public:
    QString key() const override { return QStringLiteral("sessions"); }
    QString name() const override { return tr("Sessions CSV: one row per session"); }
    QString suffix() const override { return QStringLiteral("csv"); }
    Status fits(const Disclosure& dataSet) const override
    {
        if (dataSet.sessions())
            return {};
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "ExportService",
                             "Therapy sessions follow the treatment arm, so a blinded data set has "
                             "no sessions file. Export the sessions without \"blinded\"."));
    }
    CodebookSection codebook(const ExportContext& ctx) const override
    {
        return {QStringLiteral("sessions"), ExportLayout::sessionVariables(ctx)};
    }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
};

Result<qint64> SessionsCsvExport::write(ExportContext& ctx, QIODevice& out) const
{
    CsvWriter csv(out);
    csvHeader(csv, ExportLayout::sessionVariables(ctx));
    auto q = ctx.db.exec(ExportSource(ctx.disclosure).sessions());
    TD_TRY(q);
    QSqlQuery& r = **q;
    qint64 rows = 0;
    while (r.next()) {
        csv.field(r.value(0).toString());
        csv.field(r.value(1).toString());
        if (ctx.disclosure.arms()) {
            csv.field(r.value(2).toString());
            csv.field(r.value(3).toString());
        }
        for (int c = 4; c < 9; ++c)
            csv.field(r.value(c).toString());
        csv.endRow();
        ++rows;
    }
    if (r.lastError().isValid())
        return ctx.db.sqlError(r, QStringLiteral("sessions export"));
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

const ExportFormat& sessionsCsvExport()
{
    static const SessionsCsvExport format;
    return format;
}

} // namespace td
