#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "storage/CryptVfs.h"

#include <QString>

namespace td {

class Database;

// On an encrypted trial (docs/encryption.md) the key slots follow the users, and the
// allocation key's slots follow the active statisticians. UserRepository calls these beside
// each user change: a slot that opens the file is written before the change commits, one that
// no longer should is removed after it. A crash in between leaves one slot too many, never one
// too few, and the next sign-in settles it. On a plain trial every call does nothing.
namespace UserKeySlots {

// A password slot for `username` (keepOthers: a password change in progress).
Status addPassword(Database& db, const QString& username, const QString& password, bool keepOthers);
// After a change committed: only the user's slots that `password` opens stay (best effort).
void keepOnlyPassword(Database& db, const QString& username, const QString& password);
// Every slot of the user, of both kinds (a deactivation; best effort, after the commit).
void remove(Database& db, const QString& username);
// At a sign-in: slots of names that are not active users go, and the signing-in user keeps
// exactly the slot of the password that signed in, or gets one (a reactivated user).
void settlePassword(Database& db, const QString& username, const QString& password);

// An allocation slot for a statistician, when `key` (the allocation key, held by a
// statistician signed in on this open trial) is given.
Status addAllocation(Database& db, const QString& username, const QString& password,
                     const DataKeyPtr& key, bool keepOthers);
// The allocation slots of everyone who is not an active statistician go, and their allocation
// key leaves this trial's keyring: after a deactivation or a role change, and at every
// sign-in. The one rule for who holds an allocation slot.
void followStatisticians(Database& db);
// At a sign-in: followStatisticians, then a statistician opens their slot and holds the key,
// or gets a slot from a statistician signed in beside who holds it.
void settleAllocation(Database& db, const Actor& actor, const QString& password);

} // namespace UserKeySlots

} // namespace td
