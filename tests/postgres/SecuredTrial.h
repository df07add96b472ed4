#pragma once

// The shared fixture's trial secured as `new` secures a trial on a server: its group roles and
// grants (ServerRoles, ServerPrivileges), and on request a login role for each fixture user.
// Tests of what a login may do derive from it; on a file they are skipped.

#include "ServerTrialRoles.h"
#include "TestBackend.h"
#include "TestTrial.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"

#include <QUrl>
#include <memory>

namespace tdtest {

class SecuredTrial : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (!onServer())
            GTEST_SKIP() << "server only";
        must(td::ServerRoles::createGroups(db()), "group roles");
        must(td::ServerPrivileges::grant(db()), "grants");
    }

    // Login roles are the server's: the next test may make the same user names.
    void TearDown() override
    {
        const QString trial = dbPath();
        TestTrial::TearDown();
        if (onServer())
            dropTrialAndRoles(trial);
    }

    // A login role for each fixture user, with the fixture's password for them.
    void addFixtureLogins()
    {
        for (const td::Actor* a : {&m_admin, &m_pi, &m_coordinator, &m_therapist, &m_therapist2,
                                   &m_assessor, &m_statistician, &m_dmc, &m_monitor})
            must(td::ServerRoles::addLogin(db(), a->username, passwordOf(a->username)),
                 "login role");
    }

    // The trial opened by `user`'s own login, as the program opens it for them.
    std::unique_ptr<td::Database> signedIn(const QString& user)
    {
        QUrl url(testServer());
        url.setUserName(user);
        url.setPassword(passwordOf(user));
        url.setPath(QLatin1Char('/') +
                    db().scalar(QStringLiteral("SELECT current_database()"))->toString());
        return must(td::Database::open(url.toString()), "sign in");
    }
};

} // namespace tdtest
