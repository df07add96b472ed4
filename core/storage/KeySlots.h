#pragma once

#include "common/Result.h"
#include "storage/CryptVfs.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace td {

// One wrapped copy of a trial's data key in the header's slot area (docs/encryption.md).
struct KeySlot
{
    // Allocation: the statisticians' allocation key (not the data key) wrapped under a
    // statistician's password (docs/encryption.md).
    enum class Kind : quint8 { Password = 1, Recovery = 2, Allocation = 3 };
    Kind kind = Kind::Password;
    QByteArray owner;     // BLAKE2b of the user name keyed with the file id (zeros: recovery)
    quint64 opsLimit = 0; // Argon2id cost (password slots)
    quint64 memLimit = 0;
    QByteArray salt;    // 16 bytes
    QByteArray nonce;   // 24 bytes
    QByteArray wrapped; // the data key (32 bytes) and its tag (16 bytes)
};

// The key slots of an encrypted trial: the data key wrapped once per user with a key that
// Argon2id derives from the user's password (PasswordHasher::cost()), and at most once with a
// recovery key. A user may have two slots for a moment while a password changes (the new one
// is added before the change commits, the old one removed after it), so that a crash in between
// leaves a file that both passwords open.
class KeySlots
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)

public:
    static constexpr int slotSize = 192;
    static constexpr int capacity = CryptHeader::slotAreaSize / slotSize;

    static std::vector<KeySlot> read(const CryptHeader& header);
    static Status write(CryptHeader& header, const std::vector<KeySlot>& list);

    // Adds a slot for `username` that `password` opens; `keepOthers` keeps the user's other
    // slots (a password change in progress), otherwise they are replaced.
    static Status addPassword(CryptHeader& header, const DataKey& key, const QString& username,
                              const QString& password, bool keepOthers = false);
    // Keeps only the user's slots that `password` opens (after a change committed).
    static void keepOnly(CryptHeader& header, const QString& username, const QString& password);
    // Removes every slot of the user (password and allocation): a deactivation.
    static void remove(CryptHeader& header, const QString& username);
    // How many slots the user has (a user name is stored only as a keyed hash, ownerTag).
    static int count(const CryptHeader& header, const QString& username);
    // Removes the password slots of everyone but `users`.
    static void keepUsers(CryptHeader& header, const QStringList& users);
    static QByteArray ownerTag(const CryptHeader& header, const QString& username);

    // The data key, when `password` opens one of the user's slots; AuthenticationFailed
    // ("the user name or password does not open ...") otherwise, the same for an unknown name.
    static Result<DataKeyPtr> open(const CryptHeader& header, const QString& username,
                                   const QString& password);

    // Makes the trial's recovery key: 160 random bits shown once as eight groups of four
    // letters and digits (Crockford's base 32, e.g. "7KQF-2MXA-..."). Refused when the
    // trial has one already.
    static Result<QString> makeRecovery(CryptHeader& header, const DataKey& key);
    static bool hasRecovery(const CryptHeader& header);
    static void removeRecovery(CryptHeader& header);
    // The data key, when `words` is the trial's recovery key (case, spaces and dashes do not
    // matter; O reads as 0, I and L as 1).
    static Result<DataKeyPtr> openWithRecovery(const CryptHeader& header, const QString& words);

    // The allocation key (issue 17, item 5): wrapped only for statisticians, under the key
    // their password gives, in slots of kind Allocation. `keepOthers` keeps the user's other
    // allocation slots (a password change in progress).
    static Status addAllocation(CryptHeader& header, const DataKey& allocationKey,
                                const QString& username, const QString& password,
                                bool keepOthers = false);
    // The allocation key from the user's allocation slot that `password` opens.
    static Result<DataKeyPtr> openAllocation(const CryptHeader& header, const QString& username,
                                             const QString& password);
    static int countAllocation(const CryptHeader& header, const QString& username);
    static bool hasAllocation(const CryptHeader& header);
    // Keeps only the user's allocation slots that `password` opens.
    static void keepOnlyAllocation(CryptHeader& header, const QString& username,
                                   const QString& password);
    // Removes the allocation slots of everyone but `statisticians`.
    static void keepAllocationUsers(CryptHeader& header, const QStringList& statisticians);
};

} // namespace td
