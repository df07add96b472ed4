#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"
#include "randomization/AllocationList.h"
#include "storage/CryptVfs.h"

#include <QCoreApplication>
#include <optional>

namespace td {

class Database;
struct Protocol;
struct RandomizationSettings;

// Generates and reads the permuted-block allocation list. Everything here needs
// ManageRandomization (the unblinded statistician): nobody else may see the list.
class AllocationListRepository
{
    Q_DECLARE_TR_FUNCTIONS(AllocationListRepository)

public:
    explicit AllocationListRepository(Database& db) : m_db(db) {}

    // A new list from a seed drawn from the operating system's random source. Allowed until
    // the first allocation; after that the list in use is only ever extended.
    // The list is approved with the statistician's electronic signature (`signature`: their
    // password typed again), in the transaction that makes it.
    Result<AllocationListInfo> generate(const Actor& actor, const SignWith& signature);
    // The same with a given seed, recorded as supplied (the demo trial derives it from its own
    // seed so the demo is reproducible).
    Result<AllocationListInfo> generateWithSeed(const Actor& actor, quint64 seed,
                                                const SignWith& signature);
    // The list allocations use (the latest), if any.
    Result<std::optional<AllocationListInfo>> current(const Actor& actor);
    // Its entries, in stratum and position order, with the participant who used each.
    Result<std::vector<AllocationListEntry>> entries(const Actor& actor);

    // On an encrypted trial (docs/encryption.md): a list from before schema version 15, stored
    // in the clear, is sealed at the first sign-in of a statistician (`actor`, whose
    // `password` writes their allocation key slot when the trial has no allocation key yet).
    // Nothing happens on a plain trial or when the list is sealed already.
    Status sealPlainList(const Actor& actor, const QString& password);

    // The statistician extends `stratum`'s sequence from the seed ahead of the randomizations
    // that would run out (on a server nobody else reads the seed, so a randomization there
    // cannot extend it itself): as many entries as a new list holds per stratum, audited.
    // Returns how many were added.
    Result<int> extend(const Actor& actor, const QString& stratum);
    // Entries per stratum when a list is made or a stratum extended: room for twice the
    // target sample size spread evenly over the strata, at most the whole target.
    static int entriesPerStratum(int targetSampleSize, int strata);

private:
    friend class Randomizer;
    friend class RandomizationReplay;

    struct Stored
    {
        qint64 id = 0;
        quint64 seed = 0;
        QString settings;
        int entryCount = 0;
        QString sha256;
        // On a server, a login that may not read the list (everyone but the statistician,
        // docs/postgresql.md) reads no seed: it gets entries through the server, one at a time.
        bool seedHidden = false;
        QByteArray sealed; // the seed and list under the allocation key (encrypted trials)
        bool isSealed() const { return !sealed.isEmpty(); }
    };
    static Result<std::optional<Stored>> latest(Database& db);
    // The entries of one stratum's sequence from position `from` (1-based) up to `upTo`,
    // regenerated from the seed.
    static std::vector<AllocationListEntry> regenerate(const Stored& list, const Protocol& protocol,
                                                       const RandomizationSettings& settings,
                                                       const QString& stratum, int upTo);
    // The next unused entry of a stratum, extending its sequence when it has run out.
    Result<AllocationListEntry> next(const Actor& actor, const Stored& list,
                                     const Protocol& protocol,
                                     const RandomizationSettings& settings, const QString& stratum,
                                     int strata);
    // Continues `stratum`'s sequence from the seed (next, extend); the number of entries added.
    Result<int> extendStratum(const Actor& actor, const Stored& list, const Protocol& protocol,
                              const RandomizationSettings& settings, const QString& stratum,
                              int strata);
    Result<AllocationListInfo> make(const Actor& actor, quint64 seed, const QString& source,
                                    const SignWith& signature);
    Status insert(qint64 listId, const std::vector<AllocationListEntry>& entries);
    // Entries sealed one by one under the entry key (AllocationSeal).
    Status insertSealed(qint64 listId, const std::vector<AllocationListEntry>& entries);
    // The allocation key for a statistician generating a list: the one they hold, or the one
    // their allocation slot opens with `password`; a new one (and their slot) when the trial
    // has none. Refused when only other statisticians hold it.
    Result<DataKeyPtr> allocationKeyFor(const Actor& actor, const QString& password);
    Result<std::vector<AllocationListEntry>> sealedEntries(const Actor& actor, const Stored& list);
    Result<AllocationListEntry> nextSealed(const Actor& actor, const Stored& list,
                                           const Protocol& protocol,
                                           const RandomizationSettings& settings,
                                           const QString& stratum, int position, int strata);

    Database& m_db;
};

} // namespace td
