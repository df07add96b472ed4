// The allocation list: every entry of the list in use (which participant took it, or none
// yet) and every allocation made by minimization. The unblinded statistician's only
// (concealment), and it has no blinded form.

#include "exchange/CsvWriter.h"
#include "exchange/ExportFormat.h"
#include "storage/Database.h"

namespace td {

class AllocationCsvExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(AllocationCsvExport)

public:
    QString key() const override { return QStringLiteral("allocation"); }
    QString name() const override
    {
        return tr("Allocation list CSV: every list entry and allocation");
    }
    QString suffix() const override { return QStringLiteral("csv"); }
    Status permits(const Actor& actor) const override
    {
        TD_TRY(ExportFormat::permits(actor));
        return Access::require(actor, Permission::ManageRandomization);
    }
    Status fits(const Disclosure& dataSet) const override
    {
        if (dataSet.arms())
            return {};
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "ExportService", "The allocation list is the arms: it has no blinded "
                                              "form. Export it without \"blinded\"."));
    }
    CodebookSection codebook(const ExportContext& ctx) const override
    {
        return {QStringLiteral("allocation"), ExportLayout::allocationVariables(ctx)};
    }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
};

Result<qint64> AllocationCsvExport::write(ExportContext& ctx, QIODevice& out) const
{
    CsvWriter csv(out);
    csvHeader(csv, ExportLayout::allocationVariables(ctx));
    // The list in use is the latest, in stratum and position order; then the allocations made
    // without it (minimization, or an older list, which the settings lock should prevent), in
    // the order they were made.
    const QString sql = QStringLiteral(
        "WITH list AS (SELECT MAX(id) AS id FROM allocation_list) "
        "SELECT 'list', e.list_id, e.stratum, e.position, e.block_number, e.block_length, "
        "ar.code, p.study_id, s.code, a.sequence, a.allocated_at, u.username, 0, e.stratum, "
        "e.position "
        "FROM allocation_list_entry e JOIN list ON list.id = e.list_id JOIN arm ar ON ar.id = "
        "e.arm_id LEFT JOIN allocation a ON a.list_entry_id = e.id LEFT JOIN participant p ON "
        "p.id = a.participant_id LEFT JOIN site s ON s.id = p.site_id LEFT JOIN users u ON "
        "u.id = a.allocated_by "
        "UNION ALL "
        "SELECT a.method, NULL, a.stratum, a.position, NULL, NULL, ar.code, p.study_id, s.code, "
        "a.sequence, a.allocated_at, u.username, 1, '', a.sequence FROM allocation a JOIN arm ar "
        "ON ar.id = "
        "a.arm_id JOIN participant p ON p.id = a.participant_id JOIN site s ON s.id = "
        "p.site_id JOIN users u ON u.id = a.allocated_by WHERE a.list_entry_id IS NULL OR "
        "a.list_entry_id NOT IN (SELECT e.id FROM allocation_list_entry e JOIN list ON list.id "
        "= e.list_id) "
        "ORDER BY 13, 14, 15");
    qint64 rows = 0;
    TD_TRY(ctx.db.read(sql, {}, [&](const SqlRow& r) -> Status {
        for (int c = 0; c < 12; ++c)
            csv.fieldUtf8(r.text(c));
        csv.endRow();
        ++rows;
        return {};
    }));
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

const ExportFormat& allocationCsvExport()
{
    static const AllocationCsvExport format;
    return format;
}

} // namespace td
