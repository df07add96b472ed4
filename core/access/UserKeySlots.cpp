#include "access/UserKeySlots.h"

#include "audit/Keyring.h"
#include "storage/Database.h"
#include "storage/KeySlots.h"
#include "storage/SqlRow.h"

#include <QStringList>

namespace td::UserKeySlots {

namespace {
QStringList activeUsers(Database& db, const QString& where, const QVariantList& bindings = {})
{
    QStringList names;
    (void)db.read(QStringLiteral("SELECT username FROM users WHERE active = 1") + where, bindings,
                  [&](const SqlRow& row) -> Status {
                      names << QString::fromUtf8(row.text(0));
                      return {};
                  });
    return names;
}
} // namespace

Status addPassword(Database& db, const QString& username, const QString& password, bool keepOthers)
{
    if (!db.encrypted())
        return {};
    return db.changeCryptHeader([&](CryptHeader& h) {
        return KeySlots::addPassword(h, *db.dataKey(), username, password, keepOthers);
    });
}

void keepOnlyPassword(Database& db, const QString& username, const QString& password)
{
    if (!db.encrypted())
        return;
    (void)db.changeCryptHeader([&](CryptHeader& h) {
        KeySlots::keepOnly(h, username, password);
        return Status{};
    });
}

void remove(Database& db, const QString& username)
{
    if (!db.encrypted())
        return;
    (void)db.changeCryptHeader([&](CryptHeader& h) {
        KeySlots::remove(h, username);
        return Status{};
    });
}

// Slots of names that are not active users go (a creation that did not commit, a deactivation
// cut off before its slot was removed); the signing-in user keeps exactly the slot of the
// password that signed in (a change cut off half-way), or gets one (a reactivated user).
void settlePassword(Database& db, const QString& username, const QString& password)
{
    if (!db.encrypted() || db.readOnly())
        return;
    auto header = db.cryptHeader();
    if (!header.ok())
        return;
    const QStringList active = activeUsers(db, {});
    const int own = KeySlots::count(*header, username);
    CryptHeader settled = *header;
    KeySlots::keepUsers(settled, active);
    const bool stale = KeySlots::read(settled).size() != KeySlots::read(*header).size();
    if (!stale && own == 1)
        return;
    (void)db.changeCryptHeader([&](CryptHeader& h) {
        KeySlots::keepUsers(h, active);
        if (own == 0)
            return KeySlots::addPassword(h, *db.dataKey(), username, password);
        KeySlots::keepOnly(h, username, password);
        return Status{};
    });
}

// The allocation key (docs/encryption.md): wrapped only for statisticians. A statistician's
// slot is written when a statistician who holds the key is signed in on the same open trial
// (at the new statistician's creation, or their sign-in); a password change rewraps it; a
// deactivation or a change to another role removes it. A statistician who signs in and opens
// their slot holds the key (Keyring) until they sign out.
Status addAllocation(Database& db, const QString& username, const QString& password,
                     const DataKeyPtr& key, bool keepOthers)
{
    if (!db.encrypted() || !key)
        return {};
    return db.changeCryptHeader([&](CryptHeader& h) {
        return KeySlots::addAllocation(h, *key, username, password, keepOthers);
    });
}

void followStatisticians(Database& db)
{
    if (!db.encrypted() || db.readOnly())
        return;
    const QStringList statisticians =
        activeUsers(db, QStringLiteral(" AND role = ?"), {Roles::key(Role::Statistician)});
    for (const QString& holder : db.keyring().allocationHolders())
        if (!statisticians.contains(holder))
            db.keyring().forgetAllocationKey(holder);
    auto header = db.cryptHeader();
    if (!header.ok())
        return;
    CryptHeader settled = *header;
    KeySlots::keepAllocationUsers(settled, statisticians);
    if (KeySlots::read(settled).size() != KeySlots::read(*header).size())
        (void)db.changeCryptHeader([&](CryptHeader& h) {
            KeySlots::keepAllocationUsers(h, statisticians);
            return Status{};
        });
}

void settleAllocation(Database& db, const Actor& actor, const QString& password)
{
    if (!db.encrypted() || db.readOnly())
        return;
    followStatisticians(db);
    if (actor.role != Role::Statistician)
        return;
    auto header = db.cryptHeader();
    if (!header.ok())
        return;
    const int own = KeySlots::countAllocation(*header, actor.username);
    auto opened = own > 0 ? KeySlots::openAllocation(*header, actor.username, password)
                          : Result<DataKeyPtr>(makeError(ErrorCode::NotFound, QString()));
    if (opened.ok()) {
        db.keyring().holdAllocationKey(actor.username, *opened);
        if (own > 1) // a password change cut off half-way
            (void)db.changeCryptHeader([&](CryptHeader& h) {
                KeySlots::keepOnlyAllocation(h, actor.username, password);
                return Status{};
            });
        return;
    }
    // No slot of theirs opens: a statistician signed in beside who holds the key writes one.
    if (DataKeyPtr key = db.keyring().anyAllocationKey();
        key && addAllocation(db, actor.username, password, key, false).ok())
        db.keyring().holdAllocationKey(actor.username, key);
}

} // namespace td::UserKeySlots
