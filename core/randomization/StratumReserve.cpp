#include "randomization/StratumReserve.h"

#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Strata.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QSqlQuery>
#include <algorithm>
#include <map>

namespace td {

bool StratumReserve::mayKnow(const Actor& actor)
{
    return actor.can(Permission::ManageRandomization);
}

int StratumReserve::threshold(const RandomizationSettings& settings, int perExtension)
{
    int longest = 0;
    for (int length : settings.blockLengths)
        longest = std::max(longest, length);
    return std::max(longest, (perExtension + 9) / 10);
}

Result<std::vector<LowStratum>> StratumReserve::low(Database& db, const Actor& actor)
{
    if (!mayKnow(actor))
        return makeError(ErrorCode::Forbidden,
                         tr("Only who may read the allocation list (the statistician) is told "
                            "how many entries its strata have left."));
    std::vector<LowStratum> out;
    auto list = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM allocation_list"));
    TD_TRY(list);
    const qint64 listId = list->toLongLong();
    if (listId == 0)
        return out;
    auto version = db.schemaVersion();
    TD_TRY(version);
    if (*version >= 15) {
        auto sealed = db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE id = ? AND sealed IS NOT "
                           "NULL"),
            {listId});
        TD_TRY(sealed);
        if (sealed->toLongLong() > 0)
            return out;
    }
    auto settings = RandomizationSettingsRepository(db).load(actor);
    TD_TRY(settings);
    if (!*settings || (*settings)->method != RandomizationMethod::PermutedBlocks)
        return out;
    auto protocol = ProtocolRepository(db).load(actor);
    TD_TRY(protocol);
    const std::vector<QString> keys =
        Strata::allKeys(RandomizationRules::chosenFactors(**settings, *protocol), *protocol);

    std::map<QString, int> entries;
    {
        auto q = db.exec(QStringLiteral("SELECT stratum, COUNT(*) FROM allocation_list_entry "
                                        "WHERE list_id = ? GROUP BY stratum"),
                         {listId});
        TD_TRY(q);
        while ((*q)->next())
            entries[(*q)->value(0).toString()] = (*q)->value(1).toInt();
    }
    std::map<QString, int> used;
    {
        auto q = db.exec(QStringLiteral("SELECT stratum, MAX(position) FROM allocation WHERE "
                                        "method = 'block' GROUP BY stratum"));
        TD_TRY(q);
        while ((*q)->next())
            used[(*q)->value(0).toString()] = (*q)->value(1).toInt();
    }
    const int limit =
        threshold(**settings, AllocationListRepository::entriesPerStratum(
                                  protocol->trial.targetSampleSize, static_cast<int>(keys.size())));
    for (const QString& key : keys) {
        LowStratum s{key, entries[key], used[key], limit};
        if (s.left() < limit)
            out.push_back(s);
    }
    return out;
}

} // namespace td
