#pragma once

#include "common/Result.h"
#include "randomization/AllocationList.h"
#include "storage/CryptVfs.h"

#include <QCoreApplication>
#include <vector>

namespace td {

class Database;

// The allocation list of an encrypted trial, sealed (issue 17, item 5; docs/encryption.md):
//  - the seed and the whole list as generated, under the allocation key, which only
//    statisticians' key slots wrap (KeySlot::Kind::Allocation);
//  - each entry's arm, block number and block length on its own, under an entry key that
//    BLAKE2b derives from the trial's data key and the list's id, with the entry's stratum and
//    position as associated data, so that the randomizer opens only the entry it takes.
// XChaCha20-Poly1305 (libsodium) throughout, a random nonce stored before each ciphertext.
class AllocationSeal
{
    Q_DECLARE_TR_FUNCTIONS(AllocationSeal)

public:
    struct List
    {
        quint64 seed = 0;
        std::vector<AllocationListEntry> entries; // as generated
    };

    // A new random allocation key (32 bytes in guarded memory).
    static DataKeyPtr newKey();

    // The seed and the list as generated, sealed under the allocation key; the list's id and
    // SHA-256 are the associated data.
    static QByteArray sealList(const DataKey& allocationKey, qint64 listId, const QString& sha256,
                               const List& list);
    static Result<List> openList(const DataKey& allocationKey, qint64 listId, const QString& sha256,
                                 const QByteArray& sealed);

    // One entry's arm, block and block length under the entry key.
    static QByteArray sealEntry(const DataKey& dataKey, qint64 listId,
                                const AllocationListEntry& entry);
    // The entry of `stratum` and `position` with its arm, block and block length opened; an
    // error (damage) when the sealed value is not that entry's.
    static Result<AllocationListEntry> openEntry(const DataKey& dataKey, qint64 listId,
                                                 const QString& stratum, int position,
                                                 const QByteArray& sealed);

    // The refusal for whoever lacks the allocation key: what `what` needs, and who holds it
    // (the active statisticians with an allocation key slot).
    static Error needsAllocationKey(Database& db, const QString& what);
};

} // namespace td
