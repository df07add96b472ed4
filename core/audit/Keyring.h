#pragma once

#include "audit/SigningKey.h"
#include "storage/CryptVfs.h"

#include <QHash>
#include <QStringList>

namespace td {

// The signing keys of the users signed in on one open database (one in the window and on the
// command line; several while the window switches user, and in the demo generator, which acts
// for every demo user). A key enters only by its owner's password and is wiped when the owner
// signs out or the database closes.
//
// On an encrypted trial, a statistician's sign-in also puts the allocation key here (the key
// the allocation list and its seed are sealed under, docs/encryption.md), opened from their
// own allocation key slot; it goes with them.
class Keyring
{
public:
    void add(const QString& username, SecretKeyPtr key) { m_keys.insert(username, std::move(key)); }
    SecretKeyPtr find(const QString& username) const { return m_keys.value(username); }
    void forget(const QString& username)
    {
        m_keys.remove(username);
        m_allocation.remove(username);
    }
    void clear()
    {
        m_keys.clear();
        m_allocation.clear();
    }

    void holdAllocationKey(const QString& username, DataKeyPtr key)
    {
        m_allocation.insert(username, std::move(key));
    }
    // The allocation key as `username` opened it (null when they did not).
    DataKeyPtr allocationKey(const QString& username) const { return m_allocation.value(username); }
    // Who holds the allocation key here, and letting one of them go (no longer a statistician).
    QStringList allocationHolders() const { return m_allocation.keys(); }
    void forgetAllocationKey(const QString& username) { m_allocation.remove(username); }
    // The allocation key of any statistician signed in here (null when none opened it).
    DataKeyPtr anyAllocationKey() const
    {
        for (const DataKeyPtr& key : m_allocation)
            if (key)
                return key;
        return nullptr;
    }

private:
    QHash<QString, SecretKeyPtr> m_keys;
    QHash<QString, DataKeyPtr> m_allocation;
};

} // namespace td
