#pragma once

#include "audit/SigningKey.h"

#include <QHash>

namespace td {

// The signing keys of the users signed in on one open database (one in the window and on the
// command line; several while the window switches user, and in the demo generator, which acts
// for every demo user). A key enters only by its owner's password and is wiped when the owner
// signs out or the database closes.
class Keyring
{
public:
    void add(const QString& username, SecretKeyPtr key) { m_keys.insert(username, std::move(key)); }
    SecretKeyPtr find(const QString& username) const { return m_keys.value(username); }
    void forget(const QString& username) { m_keys.remove(username); }
    void clear() { m_keys.clear(); }

private:
    QHash<QString, SecretKeyPtr> m_keys;
};

} // namespace td
