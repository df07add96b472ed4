#include "randomization/AllocationListRepository.h"

#include "access/ServerRoles.h"
#include "audit/AuditLog.h"
#include "audit/ElectronicSignature.h"
#include "audit/Keyring.h"
#include "randomization/AllocationSeal.h"
#include "randomization/PermutedBlocks.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Strata.h"
#include "storage/Database.h"
#include "storage/KeySlots.h"
#include "storage/SqlRow.h"
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
    // On a server, a login that may not read the seed (or the sealed list) reads NULL there.
    const auto column = [&db](const char* name) {
        const QString c = QLatin1String(name);
        return ServerRoles::mayRead(db, QStringLiteral("allocation_list"), c)
                   ? c
                   : QStringLiteral("NULL");
    };
    const bool seedHidden = column("seed") == QStringLiteral("NULL");
    auto q = db.exec(QStringLiteral("SELECT id, %1, settings, entry_count, sha256, %2 FROM "
                                    "allocation_list ORDER BY id DESC LIMIT 1")
                         .arg(column("seed"), column("sealed")));
    TD_TRY(q);
    if (!(*q)->next())
        return std::optional<Stored>();
    QSqlQuery& r = **q;
    Stored s{r.value(0).toLongLong(),
             r.value(1).toString().toULongLong(),
             r.value(2).toString(),
             r.value(3).toInt(),
             r.value(4).toString(),
             seedHidden,
             r.value(5).isNull() ? QByteArray() : r.value(5).toByteArray()};
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

Status AllocationListRepository::insertSealed(qint64 listId,
                                              const std::vector<AllocationListEntry>& es)
{
    for (const AllocationListEntry& e : es)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO allocation_list_sealed_entry (list_id, "
                                        "stratum, position, sealed) VALUES (?, ?, ?, ?)"),
                         {listId, e.stratum, e.position,
                          AllocationSeal::sealEntry(*m_db.dataKey(), listId, e)}));
    return {};
}

Result<DataKeyPtr> AllocationListRepository::allocationKeyFor(const Actor& actor,
                                                              const QString& password)
{
    if (DataKeyPtr held = m_db.keyring().allocationKey(actor.username))
        return held;
    auto header = m_db.cryptHeader();
    TD_TRY(header);
    if (KeySlots::countAllocation(*header, actor.username) > 0) {
        auto key = KeySlots::openAllocation(*header, actor.username, password);
        TD_TRY(key);
        m_db.keyring().holdAllocationKey(actor.username, *key);
        return key;
    }
    DataKeyPtr key = m_db.keyring().anyAllocationKey(); // a statistician signed in beside
    if (!key && KeySlots::hasAllocation(*header))
        return AllocationSeal::needsAllocationKey(m_db, tr("Generating the allocation list"));
    if (!key)
        key = AllocationSeal::newKey();
    if (!key)
        return makeError(ErrorCode::Database,
                         tr("Could not make the allocation key (libsodium could not lock "
                            "memory)."));
    // The slot is written before the list commits: a crash in between leaves a slot of a key
    // that sealed nothing, which the next list uses.
    TD_TRY(m_db.changeCryptHeader([&](CryptHeader& h) {
        return KeySlots::addAllocation(h, *key, actor.username, password);
    }));
    m_db.keyring().holdAllocationKey(actor.username, key);
    return key;
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
    // An encrypted trial seals the list (docs/encryption.md): the statistician's allocation key
    // slot opens with the password they sign with.
    DataKeyPtr allocationKey;
    if (m_db.encrypted()) {
        auto opened = allocationKeyFor(actor, signature.password);
        TD_TRY(opened);
        allocationKey = *opened;
    }
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto made = RandomizationSettingsRepository::allocationsMade(m_db);
    TD_TRY(made);
    if (*made > 0)
        return makeError(ErrorCode::Conflict,
                         tr("Allocation has begun (%1 participants), so the list in use cannot be "
                            "replaced; a stratum that runs out is extended automatically.")
                             .arg(*made));
    Stored list{0, seed, RandomizationRules::describe(s, *protocol), 0, {}, false, {}};
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
    qint64 id = 0;
    if (allocationKey) {
        // The id is the associated data of the sealed list, so it is chosen before the insert
        // (inside the write transaction, nobody else can take it).
        auto next = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM "
                                               "allocation_list"));
        TD_TRY(next);
        id = next->toLongLong();
        const QByteArray sealed =
            AllocationSeal::sealList(*allocationKey, id, hash, {seed, entries});
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO allocation_list (id, algorithm, seed, "
                                        "seed_source, settings, entry_count, sha256, created_by, "
                                        "created_at, sealed) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, "
                                        "?)"),
                         {id, algorithm, source, list.settings, static_cast<int>(entries.size()),
                          hash, actor.userId, now, sealed}));
        TD_TRY(insertSealed(id, entries));
    } else {
        auto ins = m_db.write(QStringLiteral("INSERT INTO allocation_list (algorithm, seed, "
                                             "seed_source, settings, entry_count, sha256, "
                                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                                             "?, ?)"),
                              {algorithm, QString::number(seed), source, list.settings,
                               static_cast<int>(entries.size()), hash, actor.userId, now});
        TD_TRY(ins);
        id = ins->lastId;
        TD_TRY(insert(id, entries));
    }
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
        "l.created_at, (SELECT COUNT(*) FROM (SELECT stratum FROM allocation_list_entry e WHERE "
        "e.list_id = l.id UNION SELECT stratum FROM allocation_list_sealed_entry s WHERE "
        "s.list_id = l.id) AS strata) FROM allocation_list l ORDER BY l.id DESC LIMIT 1"));
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
    if ((*list)->isSealed())
        return sealedEntries(actor, **list);
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
    // Block allocations of a sealed list name no plain entry (list_entry_id is NULL): the
    // stratum's positions say which entries are taken.
    auto used = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM allocation "
                                           "WHERE stratum = ? AND method = 'block'"),
                            {stratum});
    TD_TRY(used);
    const int position = used->toInt() + 1;
    if (list.isSealed())
        return nextSealed(actor, list, protocol, settings, stratum, position, strata);
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
            return makeError(ErrorCode::Forbidden,
                             tr("Stratum %1 has used every entry of the allocation list. The list "
                                "is extended from its seed, which on this server only a "
                                "statistician's login may read: ask a statistician of the trial "
                                "to extend it (randomization extend). Nothing was changed; the "
                                "participant is not randomized.")
                                 .arg(stratum));
        // The stratum has run out (or, for a site added later, never had entries): continue
        // its sequence from the seed, exactly as a longer list would have held it.
        auto added = extendStratum(actor, list, protocol, settings, stratum, strata);
        TD_TRY(added);
    }
    return makeError(ErrorCode::Database,
                     tr("No allocation list entry is left in stratum %1.").arg(stratum));
}

Result<std::vector<AllocationListEntry>> AllocationListRepository::sealedEntries(const Actor& actor,
                                                                                 const Stored& list)
{
    // Only a statistician's own allocation key opens the list; each entry then opens with the
    // trial's key (the list as generated and the entries added since are one sequence).
    const DataKeyPtr key = m_db.keyring().allocationKey(actor.username);
    if (!key)
        return AllocationSeal::needsAllocationKey(m_db, tr("Reading the allocation list"));
    auto opened = AllocationSeal::openList(*key, list.id, list.sha256, list.sealed);
    TD_TRY(opened);
    auto q = m_db.exec(
        QStringLiteral("SELECT e.stratum, e.position, e.sealed, a.participant_id FROM "
                       "allocation_list_sealed_entry e LEFT JOIN allocation a ON a.method = "
                       "'block' AND a.stratum = e.stratum AND a.position = e.position WHERE "
                       "e.list_id = ? ORDER BY e.stratum, e.position"),
        {list.id});
    TD_TRY(q);
    std::vector<AllocationListEntry> out;
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        auto e = AllocationSeal::openEntry(*m_db.dataKey(), list.id, r.value(0).toString(),
                                           r.value(1).toInt(), r.value(2).toByteArray());
        TD_TRY(e);
        AllocationListEntry entry = std::move(e).value();
        entry.participantId = r.value(3).toLongLong();
        out.push_back(entry);
    }
    return out;
}

Result<AllocationListEntry> AllocationListRepository::nextSealed(
    const Actor& actor, const Stored& list, const Protocol& protocol,
    const RandomizationSettings& settings, const QString& stratum, int position, int strata)
{
    const QString sql = QStringLiteral("SELECT sealed FROM allocation_list_sealed_entry WHERE "
                                       "list_id = ? AND stratum = ? AND position = ?");
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto q = m_db.exec(sql, {list.id, stratum, position});
        TD_TRY(q);
        if ((*q)->next()) {
            // Only this one entry is opened, inside the allocation's transaction.
            const QByteArray sealed = (*q)->value(0).toByteArray();
            (*q)->finish();
            return AllocationSeal::openEntry(*m_db.dataKey(), list.id, stratum, position, sealed);
        }
        if (attempt == 1)
            break;
        // The stratum has run out (or is new): its next entries come from the seed, which only
        // the allocation key opens; a statistician signed in on this trial holds it.
        const DataKeyPtr key = m_db.keyring().anyAllocationKey();
        if (!key)
            return AllocationSeal::needsAllocationKey(
                m_db, tr("Stratum %1 has used every entry of the allocation list; extending it")
                          .arg(stratum));
        auto opened = AllocationSeal::openList(*key, list.id, list.sha256, list.sealed);
        TD_TRY(opened);
        Stored withSeed = list;
        withSeed.seed = opened->seed;
        auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM "
                                                "allocation_list_sealed_entry WHERE list_id = ? "
                                                "AND stratum = ?"),
                                 {list.id, stratum});
        TD_TRY(count);
        const int existing = count->toInt();
        auto all =
            regenerate(withSeed, protocol, settings, stratum,
                       existing + entriesPerStratum(protocol.trial.targetSampleSize, strata));
        if (existing > 0 && all[static_cast<std::size_t>(existing - 1)].block ==
                                all[static_cast<std::size_t>(existing)].block)
            return makeError(ErrorCode::Database,
                             tr("The allocation list of stratum %1 does not end on a whole "
                                "block; it cannot be extended. Ask the statistician to check it.")
                                 .arg(stratum));
        const std::vector<AllocationListEntry> added(all.begin() + existing, all.end());
        TD_TRY(insertSealed(list.id, added));
        TD_TRY(
            AuditLog::record(m_db, actor,
                             {QStringLiteral("extended"),
                              QStringLiteral("allocation_list"),
                              QString::number(list.id),
                              QStringLiteral("stratum"),
                              QVariant(),
                              QStringLiteral("%1: %2 entries added").arg(stratum).arg(added.size()),
                              {}}));
    }
    return makeError(ErrorCode::Database,
                     tr("No allocation list entry is left in stratum %1.").arg(stratum));
}

Status AllocationListRepository::sealPlainList(const Actor& actor, const QString& password)
{
    if (!m_db.encrypted() || m_db.readOnly() || actor.role != Role::Statistician)
        return {};
    auto pending = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE "
                                              "sealed IS NULL"));
    TD_TRY(pending);
    if (pending->toInt() == 0)
        return {};
    auto key = allocationKeyFor(actor, password);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    struct Plain
    {
        qint64 id;
        quint64 seed;
        QString sha256;
    };
    std::vector<Plain> lists;
    TD_TRY(m_db.read(QStringLiteral("SELECT id, seed, sha256 FROM allocation_list WHERE sealed IS "
                                    "NULL ORDER BY id"),
                     {}, [&](const SqlRow& r) -> Status {
                         lists.push_back({r.text(0).toLongLong(), r.text(1).toULongLong(),
                                          QString::fromUtf8(r.text(2))});
                         return {};
                     }));
    // The append-only guards stand aside for this one rewrite, inside its transaction.
    const QStringList guarded = {QStringLiteral("allocation_list"),
                                 QStringLiteral("allocation_list_entry")};
    // Freed pages are overwritten with zeros, so the plain rows do not stay behind in them.
    TD_TRY(m_db.execDirect(QStringLiteral("PRAGMA secure_delete = ON")));
    for (const QString& table : guarded) {
        TD_TRY(m_db.execDirect(QStringLiteral("DROP TRIGGER %1_no_update").arg(table)));
        TD_TRY(m_db.execDirect(QStringLiteral("DROP TRIGGER %1_no_delete").arg(table)));
    }
    for (const Plain& l : lists) {
        std::vector<AllocationListEntry> all;
        auto q = m_db.exec(QStringLiteral("SELECT stratum, position, block_number, block_length, "
                                          "arm_id FROM allocation_list_entry WHERE list_id = ? "
                                          "ORDER BY id"),
                           {l.id});
        TD_TRY(q);
        while ((*q)->next()) {
            QSqlQuery& r = **q;
            all.push_back({0, r.value(0).toString(), r.value(1).toInt(), r.value(2).toInt(),
                           r.value(3).toInt(), r.value(4).toLongLong(), 0});
        }
        auto entryCount = m_db.scalar(
            QStringLiteral("SELECT entry_count FROM allocation_list WHERE id = ?"), {l.id});
        TD_TRY(entryCount);
        const std::vector<AllocationListEntry> generated(
            all.begin(),
            all.begin() + std::min<std::ptrdiff_t>(entryCount->toInt(),
                                                   static_cast<std::ptrdiff_t>(all.size())));
        TD_TRY(m_db.exec(
            QStringLiteral("UPDATE allocation_list SET seed = '', sealed = ? WHERE "
                           "id = ?"),
            {AllocationSeal::sealList(**key, l.id, l.sha256, {l.seed, generated}), l.id}));
        TD_TRY(insertSealed(l.id, all));
        // Entries already taken stay (the allocations name them; their arms are the
        // participants' own), without their blocks; the rest go.
        TD_TRY(m_db.exec(QStringLiteral("DELETE FROM allocation_list_entry WHERE list_id = ? AND "
                                        "id NOT IN (SELECT list_entry_id FROM allocation WHERE "
                                        "list_entry_id IS NOT NULL)"),
                         {l.id}));
        TD_TRY(m_db.exec(QStringLiteral("UPDATE allocation_list_entry SET block_number = 0, "
                                        "block_length = 0 WHERE list_id = ?"),
                         {l.id}));
        TD_TRY(AuditLog::record(m_db, actor,
                                {QStringLiteral("sealed"),
                                 QStringLiteral("allocation_list"),
                                 QString::number(l.id),
                                 {},
                                 {},
                                 {},
                                 {}}));
    }
    for (const QString& table : guarded)
        for (const QString& sql : m_db.dialect().appendOnlyTriggers(table))
            TD_TRY(m_db.execDirect(sql));
    return tx.commit();
}

} // namespace td
