// Extending a stratum's sequence of the allocation list from its seed: when a randomization
// runs out (AllocationListRepository::next), or ahead of time by the statistician (extend), the
// only one who may read the seed on a server (docs/postgresql.md).

#include "audit/AuditLog.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/PermutedBlocks.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Strata.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <algorithm>

namespace td {

Result<int> AllocationListRepository::extend(const Actor& actor, const QString& stratum)
{
    TD_TRY(Access::require(actor, Permission::ManageRandomization));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto list = latest(m_db);
    TD_TRY(list);
    if (!*list)
        return makeError(ErrorCode::Invalid,
                         tr("No allocation list has been generated yet, so there is none to "
                            "extend."));
    if ((*list)->isSealed())
        return makeError(ErrorCode::Invalid,
                         tr("The allocation list is sealed under the statisticians' key; a "
                            "sealed list is extended by the randomization that needs it."));
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto settings = RandomizationSettingsRepository::read(m_db);
    TD_TRY(settings);
    if (!*settings || (*settings)->method != RandomizationMethod::PermutedBlocks)
        return makeError(ErrorCode::Invalid,
                         tr("Only a permuted-block list is extended; this trial does not "
                            "randomize by permuted blocks."));
    const std::vector<QString> keys =
        Strata::allKeys(RandomizationRules::chosenFactors(**settings, *protocol), *protocol);
    if (std::find(keys.begin(), keys.end(), stratum) == keys.end()) {
        QStringList known;
        for (const QString& k : keys)
            known << k;
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a stratum of this trial's list; its strata are %2.")
                             .arg(stratum, known.join(QStringLiteral(", "))),
                         QStringLiteral("stratum"));
    }
    auto added =
        extendStratum(actor, **list, *protocol, **settings, stratum, static_cast<int>(keys.size()));
    TD_TRY(added);
    TD_TRY(tx.commit());
    return added;
}

Result<int> AllocationListRepository::extendStratum(const Actor& actor, const Stored& list,
                                                    const Protocol& protocol,
                                                    const RandomizationSettings& settings,
                                                    const QString& stratum, int strata)
{
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry WHERE "
                                            "list_id = ? AND stratum = ?"),
                             {list.id, stratum});
    TD_TRY(count);
    const int existing = count->toInt();
    const int target = protocol.trial.targetSampleSize;
    auto all =
        regenerate(list, protocol, settings, stratum, existing + entriesPerStratum(target, strata));
    if (existing > 0 && all[static_cast<std::size_t>(existing - 1)].block ==
                            all[static_cast<std::size_t>(existing)].block)
        return makeError(ErrorCode::Database,
                         tr("The allocation list of stratum %1 does not end on a whole "
                            "block; it cannot be extended. Ask the statistician to check it.")
                             .arg(stratum));
    const std::vector<AllocationListEntry> added(all.begin() + existing, all.end());
    TD_TRY(insert(list.id, added));
    TD_TRY(AuditLog::record(
        m_db, actor,
        {QStringLiteral("extended"),
         QStringLiteral("allocation_list"),
         QString::number(list.id),
         QStringLiteral("stratum"),
         QVariant(),
         QStringLiteral("%1: %2 entries added, sha256 %3")
             .arg(stratum)
             .arg(added.size())
             .arg(QString::fromLatin1(allocationListSha256(
                 QString::fromLatin1(permutedBlocksAlgorithm), list.settings, added))),
         {}}));
    return static_cast<int>(added.size());
}

} // namespace td
