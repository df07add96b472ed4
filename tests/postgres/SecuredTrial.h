#pragma once

// The shared fixture's trial secured as `new` secures a trial on a server: its group roles and
// grants (ServerRoles, ServerPrivileges), and on request a login role for each fixture user.
// Tests of what a login may do derive from it; on a file they are skipped.

#include "ServerTrialRoles.h"
#include "TestBackend.h"
#include "TestTrial.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <memory>

namespace tdtest {

// What psql printed, signed in as a role's own login.
struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};

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

    // The trial opened by `user`'s own login, as the program opens it for them, on the
    // fixture's clock (so its rows and audit rows are dated as the fixture's own).
    std::unique_ptr<td::Database> signedIn(const QString& user)
    {
        QUrl url(testServer());
        url.setUserName(user);
        url.setPassword(passwordOf(user));
        url.setPath(QLatin1Char('/') +
                    db().scalar(QStringLiteral("SELECT current_database()"))->toString());
        td::Database::Options options;
        options.clock = m_clock;
        return must(td::Database::open(url.toString(), options), "sign in");
    }

    // psql as `user` over TCP, so the server checks the password by SCRAM.
    Psql psql(const QString& user, const QString& password, const QString& sql)
    {
        const QUrl server(testServer());
        const QString database =
            db().scalar(QStringLiteral("SELECT current_database()"))->toString();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        p.setProcessEnvironment(env);
        const QString psqlBinary = QStandardPaths::findExecutable(QStringLiteral("psql"));
        p.start(psqlBinary.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin/psql")
                                     : psqlBinary,
                {QStringLiteral("--no-psqlrc"), QStringLiteral("-X"), QStringLiteral("-At"),
                 QStringLiteral("-h"), server.host(), QStringLiteral("-p"),
                 QString::number(server.port()), QStringLiteral("-U"), user, QStringLiteral("-d"),
                 database, QStringLiteral("-c"), sql});
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Psql as(const QString& user, const QString& sql) { return psql(user, passwordOf(user), sql); }

    // Every column of every table and view of the trial, tried one by one as `user`: the
    // columns it reads, with how many values it sees ("table.column" -> count). The list comes
    // from pg_catalog, since information_schema shows a role only the columns it may use.
    QHash<QString, qint64> readable(const QString& user)
    {
        const Psql r =
            as(user, QStringLiteral("DO $$ DECLARE r record; n bigint; BEGIN FOR r IN SELECT "
                                    "c.relname AS t, a.attname AS c FROM pg_class c JOIN "
                                    "pg_attribute a ON a.attrelid = c.oid WHERE c.relnamespace = "
                                    "'public'::regnamespace AND c.relkind IN ('r', 'v', 'm') AND "
                                    "a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2 LOOP BEGIN "
                                    "EXECUTE format('SELECT count(%I) FROM %I', r.c, r.t) INTO n; "
                                    "RAISE NOTICE 'readable %.% %', r.t, r.c, n; EXCEPTION WHEN "
                                    "insufficient_privilege THEN RAISE NOTICE 'refused %.%', "
                                    "r.t, r.c; END; END LOOP; END $$"));
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        QHash<QString, qint64> out;
        static const QRegularExpression line(QStringLiteral("readable (\\S+) (\\d+)"));
        for (auto m = line.globalMatch(r.err); m.hasNext();) {
            const auto hit = m.next();
            out.insert(hit.captured(1), hit.captured(2).toLongLong());
        }
        EXPECT_FALSE(out.isEmpty()) << qPrintable(r.err);
        return out;
    }

    // A blinded reader's login (the assessor, a blinded monitor) reads no arm and no therapist
    // from any table or view, nothing of an allocation or a session, no value of the audit
    // trail, and no session-linked assessment.
    void expectReadsNoArm(const QString& user)
    {
        const QHash<QString, qint64> seen = readable(user);
        // Tables that say nothing about a participant's arm stay readable (the protocol's arms).
        EXPECT_TRUE(seen.contains(QStringLiteral("arm.code"))) << qPrintable(user);
        EXPECT_TRUE(seen.contains(QStringLiteral("participant.study_id"))) << qPrintable(user);
        for (auto it = seen.begin(); it != seen.end(); ++it) {
            const QString table = it.key().section(QLatin1Char('.'), 0, 0);
            const QString column = it.key().section(QLatin1Char('.'), 1);
            // The list's own row (its algorithm, size and hash) says nothing about an arm; its
            // seed would say all of them.
            const bool allocation = (table.startsWith(QLatin1String("allocation")) &&
                                     table != QLatin1String("allocation_list")) ||
                                    table == QLatin1String("therapy_session") ||
                                    it.key() == QLatin1String("allocation_list.seed");
            EXPECT_FALSE(allocation) << qPrintable(user + QLatin1Char(' ') + it.key());
            // Arm ids outside the protocol's own tables would be allocations.
            const bool protocolTable = table == QLatin1String("arm_session_plan") ||
                                       table == QLatin1String("session_measure");
            if ((column == QLatin1String("arm_id") || column == QLatin1String("therapist_id")) &&
                !protocolTable) {
                EXPECT_EQ(it.value(), 0) << qPrintable(user + QLatin1Char(' ') + it.key());
            }
            // The audit trail's values hold every arm as it was set.
            if (table == QLatin1String("audit_log")) {
                EXPECT_FALSE(column.contains(QLatin1String("value")) ||
                             column == QLatin1String("changes"))
                    << qPrintable(user + QLatin1Char(' ') + it.key());
            }
        }
        // No session-linked assessment reaches them (row-level security).
        const Psql sessions = as(user, QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                                      "session_id IS NOT NULL"));
        EXPECT_EQ(sessions.out.trimmed(), QStringLiteral("0"))
            << qPrintable(user + QLatin1Char(' ') + sessions.err);
    }

    static bool denied(const Psql& r)
    {
        return r.exitCode != 0 && r.err.contains(QStringLiteral("permission denied"));
    }
};

} // namespace tdtest
