// The allocation list: every entry of the list in use (which participant took it, or none
// yet) and every allocation made by minimization. The unblinded statistician's only
// (concealment), and it has no blinded form.

#include "audit/Keyring.h"
#include "exchange/CsvWriter.h"
#include "exchange/ExportFormat.h"
#include "randomization/AllocationSeal.h"
#include "storage/Database.h"

#include <QHash>

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

private:
    // An encrypted trial's sealed list, opened with the statistician's allocation key.
    static Result<qint64> writeSealed(ExportContext& ctx, CsvWriter& csv, qint64 listId,
                                      const QString& sha256, const QByteArray& sealed);
};

Result<qint64> AllocationCsvExport::writeSealed(ExportContext& ctx, CsvWriter& csv, qint64 listId,
                                                const QString& sha256, const QByteArray& sealed)
{
    const DataKeyPtr key = ctx.db.keyring().anyAllocationKey();
    if (!key)
        return AllocationSeal::needsAllocationKey(ctx.db, tr("Exporting the allocation list"));
    TD_TRY(AllocationSeal::openList(*key, listId, sha256, sealed));
    QHash<qint64, QByteArray> arms;
    TD_TRY(
        ctx.db.read(QStringLiteral("SELECT id, code FROM arm"), {}, [&](const SqlRow& r) -> Status {
            arms.insert(r.text(0).toLongLong(), r.text(1).toByteArray());
            return {};
        }));
    qint64 rows = 0;
    TD_TRY(ctx.db.read(
        QStringLiteral("SELECT e.stratum, e.position, e.sealed, p.study_id, s.code, a.sequence, "
                       "a.allocated_at, u.username FROM allocation_list_sealed_entry e LEFT JOIN "
                       "allocation a ON a.method = 'block' AND a.stratum = e.stratum AND "
                       "a.position = e.position LEFT JOIN participant p ON p.id = "
                       "a.participant_id LEFT JOIN site s ON s.id = p.site_id LEFT JOIN users u "
                       "ON u.id = a.allocated_by WHERE e.list_id = ? ORDER BY e.stratum, "
                       "e.position"),
        {listId}, [&](const SqlRow& r) -> Status {
            auto e =
                AllocationSeal::openEntry(*ctx.db.dataKey(), listId, QString::fromUtf8(r.text(0)),
                                          r.text(1).toInt(), r.text(2).toByteArray());
            if (!e.ok())
                return e.error();
            csv.fieldUtf8("list");
            csv.fieldUtf8(QByteArray::number(listId));
            csv.fieldUtf8(r.text(0));
            csv.fieldUtf8(r.text(1));
            csv.fieldUtf8(QByteArray::number(e->block));
            csv.fieldUtf8(QByteArray::number(e->blockLength));
            csv.fieldUtf8(arms.value(e->armId));
            for (int c = 3; c < 8; ++c)
                csv.fieldUtf8(r.text(c));
            csv.endRow();
            ++rows;
            return {};
        }));
    // Then the allocations made without it (minimization), in the order they were made.
    TD_TRY(ctx.db.read(
        QStringLiteral("SELECT a.method, NULL, a.stratum, a.position, NULL, NULL, ar.code, "
                       "p.study_id, s.code, a.sequence, a.allocated_at, u.username FROM "
                       "allocation a JOIN arm ar ON ar.id = a.arm_id JOIN participant p ON p.id "
                       "= a.participant_id JOIN site s ON s.id = p.site_id JOIN users u ON u.id "
                       "= a.allocated_by WHERE a.method <> 'block' ORDER BY a.sequence"),
        {}, [&](const SqlRow& r) -> Status {
            for (int c = 0; c < 12; ++c)
                csv.fieldUtf8(r.text(c));
            csv.endRow();
            ++rows;
            return {};
        }));
    return rows;
}

Result<qint64> AllocationCsvExport::write(ExportContext& ctx, QIODevice& out) const
{
    CsvWriter csv(out);
    csvHeader(csv, ExportLayout::allocationVariables(ctx));
    auto latest = ctx.db.exec(QStringLiteral("SELECT id, sha256, sealed FROM allocation_list "
                                             "ORDER BY id DESC LIMIT 1"));
    TD_TRY(latest);
    if ((*latest)->next() && !(*latest)->value(2).isNull()) {
        const qint64 id = (*latest)->value(0).toLongLong();
        const QString sha256 = (*latest)->value(1).toString();
        const QByteArray sealed = (*latest)->value(2).toByteArray();
        (*latest)->finish();
        auto rows = writeSealed(ctx, csv, id, sha256, sealed);
        TD_TRY(rows);
        if (!csv.flush())
            return writeFailed(out);
        return rows;
    }
    (*latest)->finish();
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
