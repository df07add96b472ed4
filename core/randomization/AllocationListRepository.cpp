#include "randomization/AllocationListRepository.h"

#include "access/ServerRoles.h"
#include "audit/AuditLog.h"
#include "audit/ElectronicSignature.h"
#include "randomization/PermutedBlocks.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Strata.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

namespace td {

QByteArray allocationListSha256(const QString& algorithm, const QString& settings,
                                std::vector<AllocationListEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        const int c = QString::compare(a.stratum, b.stratum);
        return c != 0 ? c < 0 : a.position < b.position;
    });
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData((QStringLiteral("td-allocation-list/1\n") + algorithm + QLatin1Char('\n') + settings +
               QLatin1Char('\n'))
                  .toUtf8());
    for (const AllocationListEntry& e : entries)
        h.addData(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                      .arg(e.stratum)
                      .arg(e.position)
                      .arg(e.block)
                      .arg(e.blockLength)
                      .arg(e.armId)
                      .toUtf8());
    return h.result().toHex();
}

int AllocationListRepository::entriesPerStratum(int targetSampleSize, int strata)
{
    const qint64 target = std::max(1, targetSampleSize);
    const qint64 spread = (2 * target + std::max(1, strata) - 1) / std::max(1, strata);
    return static_cast<int>(std::min(target, spread));
}

Result<std::optional<AllocationListRepository::Stored>>
AllocationListRepository::latest(Database& db)
{
    const bool seedHidden =
        !ServerRoles::mayRead(db, QStringLiteral("allocation_list"), QStringLiteral("seed"));
    auto q = db.exec(QStringLiteral("SELECT id, %1, settings, entry_count, sha256 FROM "
                                    "allocation_list ORDER BY id DESC LIMIT 1")
                         .arg(seedHidden ? QStringLiteral("NULL") : QStringLiteral("seed")));
    TD_TRY(q);
    if (!(*q)->next())
        return std::optional<Stored>();
    QSqlQuery& r = **q;
    Stored s{r.value(0).toLongLong(), r.value(1).toString().toULongLong(),
             r.value(2).toString(),   r.value(3).toInt(),
             r.value(4).toString(),   seedHidden};
    r.finish();
    return std::optional<Stored>(s);
}

std::vector<AllocationListEntry>
AllocationListRepository::regenerate(const Stored& list, const Protocol& protocol,
                                     const RandomizationSettings& settings, const QString& stratum,
                                     int upTo)
{
    BlockStream stream(deriveSeed(list.seed, stratum), RandomizationRules::ratios(protocol),
                       PermutedBlocks::canonicalLengths(settings.blockLengths));
    std::vector<BlockEntry> blocks;
    while (static_cast<int>(blocks.size()) < upTo)
        stream.appendBlock(blocks);
    std::vector<AllocationListEntry> out;
    out.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i)
        out.push_back({0, stratum, static_cast<int>(i + 1), blocks[i].block, blocks[i].blockLength,
                       protocol.arms[static_cast<std::size_t>(blocks[i].arm)].id, 0});
    return out;
}

Status AllocationListRepository::insert(qint64 listId, const std::vector<AllocationListEntry>& es)
{
    for (const AllocationListEntry& e : es)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO allocation_list_entry (list_id, stratum, "
                                        "position, block_number, block_length, arm_id) VALUES (?, "
                                        "?, ?, ?, ?, ?)"),
                         {listId, e.stratum, e.position, e.block, e.blockLength, e.armId}));
    return {};
}

Result<AllocationListInfo> AllocationListRepository::generate(const Actor& actor,
                                                              const SignWith& signature)
{
    return make(actor, QRandomGenerator::system()->generate64(), QStringLiteral("os"), signature);
}

Result<AllocationListInfo> AllocationListRepository::generateWithSeed(const Actor& actor,
                                                                      quint64 seed,
                                                                      const SignWith& signature)
{
    return make(actor, seed, QStringLiteral("supplied"), signature);
}

Result<AllocationListInfo> AllocationListRepository::make(const Actor& actor, quint64 seed,
                                                          const QString& source,
                                                          const SignWith& signature)
{
    TD_TRY(Access::require(actor, Permission::ManageRandomization));
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto settings = RandomizationSettingsRepository::read(m_db);
    TD_TRY(settings);
    if (!*settings)
        return makeError(ErrorCode::Invalid,
                         tr("Set the randomization settings (method, block lengths, strata) "
                            "before generating the allocation list."));
    const RandomizationSettings& s = **settings;
    if (s.method != RandomizationMethod::PermutedBlocks)
        return makeError(ErrorCode::Invalid,
                         tr("This trial randomizes by minimization, which needs no allocation "
                            "list; lists are for permuted blocks."));
    TD_TRY(RandomizationRules::validate(s, *protocol));
    const auto factors = RandomizationRules::chosenFactors(s, *protocol);
    const std::vector<QString> strata = Strata::allKeys(factors, *protocol);
    if (strata.empty())
        return makeError(ErrorCode::Invalid,
                         tr("The list is stratified by site, but the trial has no sites yet."));
    auto key = ElectronicSignatures::unlock(m_db, actor, signature);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto made = RandomizationSettingsRepository::allocationsMade(m_db);
    TD_TRY(made);
    if (*made > 0)
        return makeError(ErrorCode::Conflict,
                         tr("Allocation has begun (%1 participants), so the list in use cannot be "
                            "replaced; a stratum that runs out is extended automatically.")
                             .arg(*made));
    Stored list{0, seed, RandomizationRules::describe(s, *protocol), 0, {}};
    const int perStratum =
        entriesPerStratum(protocol->trial.targetSampleSize, static_cast<int>(strata.size()));
    std::vector<AllocationListEntry> entries;
    for (const QString& stratum : strata) {
        auto part = regenerate(list, *protocol, s, stratum, perStratum);
        entries.insert(entries.end(), part.begin(), part.end());
    }
    const QString algorithm = QString::fromLatin1(permutedBlocksAlgorithm);
    const QString hash =
        QString::fromLatin1(allocationListSha256(algorithm, list.settings, entries));
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODate);
    auto ins = m_db.write(QStringLiteral("INSERT INTO allocation_list (algorithm, seed, "
                                         "seed_source, settings, entry_count, sha256, created_by, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {algorithm, QString::number(seed), source, list.settings,
                           static_cast<int>(entries.size()), hash, actor.userId, now});
    TD_TRY(ins);
    const qint64 id = ins->lastId;
    TD_TRY(insert(id, entries));
    // The audit trail gets the hash and the algorithm, never the seed or the list itself.
    TD_TRY(
        AuditLog::recordCreated(m_db, actor, QStringLiteral("allocation_list"), id,
                                {{QStringLiteral("algorithm"), algorithm},
                                 {QStringLiteral("seed_source"), source},
                                 {QStringLiteral("entry_count"), static_cast<int>(entries.size())},
                                 {QStringLiteral("strata"), static_cast<int>(strata.size())},
                                 {QStringLiteral("sha256"), hash}}));
    TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Approval,
                                      QStringLiteral("allocation_list"), QString::number(id)));
    TD_TRY(tx.commit());
    return AllocationListInfo{id,
                              algorithm,
                              source,
                              hash,
                              static_cast<int>(entries.size()),
                              static_cast<int>(strata.size()),
                              actor.userId,
                              m_db.clock().nowUtc()};
}

Result<std::optional<AllocationListInfo>> AllocationListRepository::current(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ManageRandomization));
    auto q = m_db.exec(QStringLiteral(
        "SELECT l.id, l.algorithm, l.seed_source, l.sha256, l.entry_count, l.created_by, "
        "l.created_at, (SELECT COUNT(DISTINCT stratum) FROM allocation_list_entry e WHERE "
        "e.list_id = l.id) FROM allocation_list l ORDER BY l.id DESC LIMIT 1"));
    TD_TRY(q);
    if (!(*q)->next())
        return std::optional<AllocationListInfo>();
    QSqlQuery& r = **q;
    AllocationListInfo info{
        r.value(0).toLongLong(), r.value(1).toString(),
        r.value(2).toString(),   r.value(3).toString(),
        r.value(4).toInt(),      r.value(7).toInt(),
        r.value(5).toLongLong(), QDateTime::fromString(r.value(6).toString(), Qt::ISODate)};
    r.finish();
    return std::optional<AllocationListInfo>(info);
}

Result<std::vector<AllocationListEntry>> AllocationListRepository::entries(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ManageRandomization));
    auto list = latest(m_db);
    TD_TRY(list);
    std::vector<AllocationListEntry> out;
    if (!*list)
        return out;
    auto q = m_db.exec(
        QStringLiteral("SELECT e.id, e.stratum, e.position, e.block_number, e.block_length, "
                       "e.arm_id, a.participant_id FROM allocation_list_entry e LEFT JOIN "
                       "allocation a ON a.list_entry_id = e.id WHERE e.list_id = ? ORDER BY "
                       "e.stratum, e.position"),
        {(*list)->id});
    TD_TRY(q);
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        out.push_back({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(),
                       r.value(3).toInt(), r.value(4).toInt(), r.value(5).toLongLong(),
                       r.value(6).toLongLong()});
    }
    return out;
}

Result<AllocationListEntry> AllocationListRepository::next(const Actor& actor, const Stored& list,
                                                           const Protocol& protocol,
                                                           const RandomizationSettings& settings,
                                                           const QString& stratum, int strata)
{
    auto used = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM allocation "
                                           "WHERE stratum = ? AND list_entry_id IS NOT NULL"),
                            {stratum});
    TD_TRY(used);
    const int position = used->toInt() + 1;
    // Who may not read the list gets the stratum's next entry, and only that, from the server.
    const QString sql =
        list.seedHidden
            ? QStringLiteral("SELECT id, block_number, block_length, arm_id FROM "
                             "td_next_list_entry(?, ?, ?)")
            : QStringLiteral("SELECT id, block_number, block_length, arm_id FROM "
                             "allocation_list_entry WHERE list_id = ? AND stratum = ? AND "
                             "position = ?");
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto q = m_db.exec(sql, {list.id, stratum, position});
        TD_TRY(q);
        if ((*q)->next()) {
            QSqlQuery& r = **q;
            AllocationListEntry e{
                r.value(0).toLongLong(), stratum, position, r.value(1).toInt(), r.value(2).toInt(),
                r.value(3).toLongLong(), 0};
            r.finish();
            return e;
        }
        if (attempt == 1)
            break;
        if (list.seedHidden)
            return makeError(ErrorCode::Database,
                             tr("The allocation list of stratum %1 has run out. It is extended "
                                "from its seed, which only the statistician's login may read on "
                                "this server: ask the statistician to extend the list.")
                                 .arg(stratum));
        // The stratum has run out (or, for a site added later, never had entries): continue
        // its sequence from the seed, exactly as a longer list would have held it.
        auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry "
                                                "WHERE list_id = ? AND stratum = ?"),
                                 {list.id, stratum});
        TD_TRY(count);
        const int existing = count->toInt();
        const int target = protocol.trial.targetSampleSize;
        auto all = regenerate(list, protocol, settings, stratum,
                              existing + entriesPerStratum(target, strata));
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
    }
    return makeError(ErrorCode::Database,
                     tr("No allocation list entry is left in stratum %1.").arg(stratum));
}

} // namespace td
