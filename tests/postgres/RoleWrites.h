#pragma once

// The window's writes run as each role's own login (docs/postgresql.md, "Which operations run
// as their roles' logins"): a user signs in on a connection of their own login, as the window
// signs them in, and runs the operation through the same core services the window calls. Each
// operation must succeed and leave its audit rows under that user's name; the same operation by
// a role that may not do it is refused by the core, and the same write tried by hand in SQL on
// that role's login is refused by the server.

#include "SecuredTrial.h"
#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "audit/TrailVerifier.h"

#include <memory>

namespace tdtest {

// A user signed in on their own login's connection.
struct Login
{
    std::unique_ptr<td::Database> db;
    td::Actor actor;
};

class RoleWrites : public SecuredTrial
{
protected:
    void SetUp() override
    {
        SecuredTrial::SetUp();
        if (IsSkipped())
            return;
        addFixtureLogins();
    }

    // `who` signs in as the window signs them in: their own login's connection, then the
    // program's sign-in on it (which opens their signing key there).
    Login login(const td::Actor& who)
    {
        Login l;
        l.db = signedIn(who.username);
        l.actor = must(td::UserRepository(*l.db).login(who.username, passwordOf(who.username)),
                       "program sign-in");
        return l;
    }

    // A further user of `role`, made as an administrator makes one (the login role comes with
    // the user), with the fixture's password for the name.
    td::Actor extraUser(const QString& name, td::Role role)
    {
        const td::User u =
            must(td::UserRepository(db()).create(m_admin, {name, name, role, passwordOf(name), {}}),
                 "user");
        return td::Actor{u.id, u.username, u.role, {}};
    }

    // An audit row after `afterId`, under `by`'s name, names the row `id` of `entity`.
    ::testing::AssertionResult audited(qint64 afterId, const Login& by, const QString& entity,
                                       qint64 id)
    {
        QStringList seen;
        for (const AuditRow& r : auditRows(db(), afterId)) {
            if (r.entity == entity && r.entityId == QString::number(id) &&
                r.username == by.actor.username)
                return ::testing::AssertionSuccess();
            seen << r.username + QLatin1Char(':') + r.entity + QLatin1Char('#') + r.entityId;
        }
        return ::testing::AssertionFailure()
               << "no audit row of " << str(entity) << " #" << id << " by "
               << str(by.actor.username) << "; rows: " << str(seen.join(QLatin1Char(' ')));
    }

    // The core refused (`code`), and nothing was written: no audit row.
    template <typename R>
    ::testing::AssertionResult refusedByCore(const R& r, qint64 auditBefore,
                                             td::ErrorCode code = td::ErrorCode::Forbidden)
    {
        if (r.ok())
            return ::testing::AssertionFailure() << "the core did it";
        if (r.error().code != code)
            return ::testing::AssertionFailure() << "refused otherwise: " << str(r.message());
        if (lastAuditId(db()) != auditBefore)
            return ::testing::AssertionFailure() << "refused, but audit rows were written";
        return ::testing::AssertionSuccess();
    }

    // The same write tried by hand in SQL on `by`'s login: the server refuses it (no
    // privilege, or row-level security).
    ::testing::AssertionResult refusedByServer(const Login& by, const QString& sql)
    {
        const QString error = sqlExec(*by.db, sql);
        if (error.contains(QStringLiteral("permission denied")) ||
            error.contains(QStringLiteral("row-level security")))
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure()
               << str(by.actor.username) << " may: " << str(sql) << " (" << str(error) << ")";
    }

    // `audit verify` still holds: the chain, the signatures, and the replay (the trail explains
    // every value of the clinical tables).
    ::testing::AssertionResult trailHolds()
    {
        auto report = td::TrailVerifier::verify(db(), td::Disclosure::unblinded());
        if (!report.ok())
            return ::testing::AssertionFailure() << str(report.message());
        if (!report->clean())
            return ::testing::AssertionFailure() << str(report->lines(20).join(QLatin1Char('\n')));
        return ::testing::AssertionSuccess();
    }
};

} // namespace tdtest
