// A DIT-like trial run from a blank file entirely from the command line: the administrator
// adds two site-bound coordinators, a therapist, an assessor, a statistician and a PI; the
// statistician sets up randomization; the coordinators screen with criteria and covariates,
// record consent and baseline (the assessor rates blind), randomize, assign the therapist and
// log sessions; each role's list and worklist show what that role may see. Refusals exit
// non-zero with the core's message.

#include "TestBackend.h"
#include "TestTrial.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tdtest;

namespace {

const char* const kItemsBdi[] = {"1", "1", "2", "1", "0",  "1", "1",  "2", "0", "1", "1",
                                 "1", "1", "1", "1", "1a", "1", "2b", "1", "1", "1"};

class CliWorkflowTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        qunsetenv("TRIALDESK_PASSWORD");
        qunsetenv("TRIALDESK_NEW_PASSWORD");
    }
    QString db() const { return m_db; }
    // trialdesk-cli as `user` (password from the table), on the trial. On the server the
    // address names no user, so the command signs in to the server as the user's own role
    // (docs/postgresql.md): the whole workflow runs with each role's grants and policies.
    CliResult as(const QString& user, QStringList args)
    {
        qputenv("TRIALDESK_PASSWORD", m_passwords.value(user).toUtf8());
        QString login = db();
        login.replace(QStringLiteral("postgresql://postgres@"), QStringLiteral("postgresql://"));
        args << QStringLiteral("--db") << login << QStringLiteral("--user") << user;
        return runCli(args);
    }
    void addUser(const QString& name, const QString& role, const QStringList& sites = {})
    {
        const QString password = QStringLiteral("Sikkert-passord-%1").arg(m_passwords.size() + 10);
        qputenv("TRIALDESK_NEW_PASSWORD", password.toUtf8());
        QStringList args{QStringLiteral("user"),   QStringLiteral("add"),
                         QStringLiteral("--name"), name,
                         QStringLiteral("--role"), role};
        for (const QString& s : sites)
            args << QStringLiteral("--site") << s;
        const CliResult r = as(QStringLiteral("boss"), args);
        ASSERT_EQ(r.exitCode, 0) << str(r.err);
        m_passwords.insert(name, password);
    }
    QJsonValue json(const CliResult& r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    QTemporaryDir m_dir;
    // A file, or a database on the test server (TestBackend.h).
    QString m_db = onServer() ? newServerDatabase() : m_dir.filePath(QStringLiteral("dit.sqlite"));
    QHash<QString, QString> m_passwords{
        {QStringLiteral("boss"), QStringLiteral("Sjef-for-dagen-1")}};
};

TEST_F(CliWorkflowTest, ADitLikeTrialFromABlankFile)
{
    qputenv("TRIALDESK_PASSWORD", m_passwords.value(QStringLiteral("boss")).toUtf8());
    const CliResult made =
        runCli({QStringLiteral("new"), QStringLiteral("--db"), db(), QStringLiteral("--template"),
                QStringLiteral("dit"), QStringLiteral("--admin"), QStringLiteral("boss"),
                QStringLiteral("--unencrypted")});
    ASSERT_EQ(made.exitCode, 0) << str(made.err);

    // A weak password is refused with the rule, and nothing is added.
    qputenv("TRIALDESK_NEW_PASSWORD", "kari123");
    const CliResult weak =
        as(QStringLiteral("boss"),
           {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("kari"), QStringLiteral("--role"), QStringLiteral("coordinator")});
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("too short"))) << str(weak.err);

    addUser(QStringLiteral("kari"), QStringLiteral("coordinator"), {QStringLiteral("C1")});
    addUser(QStringLiteral("ola"), QStringLiteral("coordinator"), {QStringLiteral("C2")});
    addUser(QStringLiteral("tove"), QStringLiteral("therapist"), {QStringLiteral("C1")});
    addUser(QStringLiteral("rita"), QStringLiteral("assessor"));
    addUser(QStringLiteral("stian"), QStringLiteral("statistician"));
    addUser(QStringLiteral("pia"), QStringLiteral("principal_investigator"));
    addUser(QStringLiteral("mona"), QStringLiteral("monitor"));
    const CliResult users =
        as(QStringLiteral("boss"),
           {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(users.exitCode, 0) << str(users.err);
    EXPECT_EQ(json(users).toArray().size(), 8);

    // A role change (on a server the login moves to the new role's group, as the
    // administrator's own login asks it): refused without a reason or, into a role that works
    // at sites, without saying where; then done, and the user signs in in the new role.
    addUser(QStringLiteral("rolf"), QStringLiteral("coordinator"), {QStringLiteral("C1")});
    const QStringList toAssessor{QStringLiteral("user"),   QStringLiteral("role"),
                                 QStringLiteral("--name"), QStringLiteral("rolf"),
                                 QStringLiteral("--role"), QStringLiteral("assessor")};
    const CliResult noReason = as(QStringLiteral("boss"), toAssessor);
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("reason"))) << str(noReason.err);
    const CliResult notByHimself =
        as(QStringLiteral("rolf"),
           toAssessor + QStringList{QStringLiteral("--reason"), QStringLiteral("I want to")});
    EXPECT_EQ(notByHimself.exitCode, 4); // forbidden
    const CliResult moved =
        as(QStringLiteral("boss"),
           toAssessor + QStringList{QStringLiteral("--reason"), QStringLiteral("Rates outcomes")});
    ASSERT_EQ(moved.exitCode, 0) << str(moved.err);
    EXPECT_TRUE(moved.out.contains(QStringLiteral("was Research coordinator"))) << str(moved.out);
    const CliResult noSites =
        as(QStringLiteral("boss"),
           {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("--name"),
            QStringLiteral("rolf"), QStringLiteral("--role"), QStringLiteral("therapist"),
            QStringLiteral("--reason"), QStringLiteral("Treats now")});
    EXPECT_EQ(noSites.exitCode, 1);
    EXPECT_TRUE(noSites.err.contains(QStringLiteral("every site"))) << str(noSites.err);
    const CliResult rolf =
        as(QStringLiteral("rolf"),
           {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(rolf.exitCode, 0) << str(rolf.err);
    bool found = false;
    for (const QJsonValue& u : json(rolf).toArray())
        if (u[QStringLiteral("username")].toString() == QStringLiteral("rolf")) {
            found = true;
            EXPECT_EQ(u[QStringLiteral("role")].toString(), QStringLiteral("blinded_assessor"));
            EXPECT_EQ(u[QStringLiteral("sites")].toString(), QStringLiteral("all"));
        }
    EXPECT_TRUE(found);

    // The statistician's setup is signed: without --sign nothing is saved.
    const QStringList setupArgs{QStringLiteral("randomization"), QStringLiteral("setup"),
                                QStringLiteral("--method"),      QStringLiteral("block"),
                                QStringLiteral("--blocks"),      QStringLiteral("6"),
                                QStringLiteral("--factors"),     QStringLiteral("site"),
                                QStringLiteral("--seed"),        QStringLiteral("7")};
    const CliResult unsignedSetup = as(QStringLiteral("stian"), setupArgs);
    EXPECT_EQ(unsignedSetup.exitCode, 1);
    EXPECT_TRUE(unsignedSetup.err.contains(QStringLiteral("--sign"))) << str(unsignedSetup.err);
    const CliResult setup =
        as(QStringLiteral("stian"), setupArgs + QStringList{QStringLiteral("--sign")});
    ASSERT_EQ(setup.exitCode, 0) << str(setup.err);
    EXPECT_TRUE(setup.err.contains(QStringLiteral("You sign as stian"))) << str(setup.err);

    // Screening at one's own site, with every criterion and the covariates.
    const QStringList eligible{QStringLiteral("--answer"), QStringLiteral("mdd=yes"),
                               QStringLiteral("--answer"), QStringLiteral("age18=yes"),
                               QStringLiteral("--answer"), QStringLiteral("psychosis=no")};
    QStringList screenArgs{
        QStringLiteral("participant"), QStringLiteral("screen"),      QStringLiteral("--site"),
        QStringLiteral("C1"),          QStringLiteral("--covariate"), QStringLiteral("age=34"),
        QStringLiteral("--covariate"), QStringLiteral("sex=f"),       QStringLiteral("--json")};
    const CliResult screened = as(QStringLiteral("kari"), screenArgs + eligible);
    ASSERT_EQ(screened.exitCode, 0) << str(screened.err);
    const QJsonObject p = json(screened).toObject();
    EXPECT_EQ(p.value(QStringLiteral("study_id")).toString(), QStringLiteral("C1-001"));
    EXPECT_EQ(p.value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));
    EXPECT_EQ(p.value(QStringLiteral("eligibility")).toObject().value(QStringLiteral("psychosis")),
              QJsonValue(QStringLiteral("no")));
    const CliResult otherSite =
        as(QStringLiteral("kari"), {QStringLiteral("participant"), QStringLiteral("screen"),
                                    QStringLiteral("--site"), QStringLiteral("C2")});
    EXPECT_EQ(otherSite.exitCode, 4);
    EXPECT_TRUE(otherSite.err.contains(QStringLiteral("C2"))) << str(otherSite.err);

    const QStringList c1001{QStringLiteral("participant"), QStringLiteral("consent"),
                            QStringLiteral("C1-001"), QStringLiteral("--form-version"),
                            QStringLiteral("2.1")};
    ASSERT_EQ(as(QStringLiteral("kari"), c1001).exitCode, 0);
    // Baseline first: the coordinator keys the BDI-II; the HRSD-17 is the blind rater's.
    const QStringList randomize{QStringLiteral("participant"), QStringLiteral("randomize"),
                                QStringLiteral("C1-001")};
    const CliResult early = as(QStringLiteral("kari"), randomize);
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("baseline hrsd17"))) << str(early.err);
    QStringList bdi{QStringLiteral("assess"),       QStringLiteral("C1-001"),
                    QStringLiteral("--visit"),      QStringLiteral("baseline"),
                    QStringLiteral("--instrument"), QStringLiteral("bdi2")};
    for (const char* v : kItemsBdi)
        bdi << QString::fromLatin1(v);
    const CliResult bdiSaved = as(QStringLiteral("kari"), bdi);
    ASSERT_EQ(bdiSaved.exitCode, 0) << str(bdiSaved.err);
    QStringList hrsd{QStringLiteral("assess"),       QStringLiteral("C1-001"),
                     QStringLiteral("--visit"),      QStringLiteral("baseline"),
                     QStringLiteral("--instrument"), QStringLiteral("hrsd17")};
    for (int i = 0; i < 17; ++i)
        hrsd << QStringLiteral("1");
    const CliResult byCoordinator = as(QStringLiteral("kari"), hrsd);
    EXPECT_EQ(byCoordinator.exitCode, 4);
    EXPECT_TRUE(byCoordinator.err.contains(QStringLiteral("blinded assessor")));
    const CliResult ratings =
        as(QStringLiteral("rita"), {QStringLiteral("worklist"), QStringLiteral("--json")});
    ASSERT_EQ(ratings.exitCode, 0) << str(ratings.err);
    ASSERT_EQ(json(ratings).toArray().size(), 1);
    EXPECT_EQ(json(ratings).toArray()[0].toObject().value(QStringLiteral("instruments")),
              QJsonValue(QJsonArray{QStringLiteral("hrsd17")}));
    ASSERT_EQ(as(QStringLiteral("rita"), hrsd).exitCode, 0);

    const CliResult randomized =
        as(QStringLiteral("kari"), randomize + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(randomized.exitCode, 0) << str(randomized.err);
    EXPECT_FALSE(json(randomized).toObject().value(QStringLiteral("arm")).toString().isEmpty());
    const CliResult twice = as(QStringLiteral("kari"), randomize);
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("only once")));

    ASSERT_EQ(as(QStringLiteral("kari"),
                 {QStringLiteral("participant"), QStringLiteral("assign-therapist"),
                  QStringLiteral("C1-001"), QStringLiteral("--therapist"), QStringLiteral("tove")})
                  .exitCode,
              0);
    const CliResult session =
        as(QStringLiteral("kari"),
           {QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("C1-001"),
            // The day of randomization (a session before it is refused).
            QStringLiteral("--date"), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate),
            QStringLiteral("--attendance"), QStringLiteral("attended")});
    EXPECT_EQ(session.exitCode, 0) << str(session.err);

    // What each role sees: the assessor no arm and no therapist; the other site's coordinator
    // nobody; the PI everyone with the arm.
    const CliResult blind =
        as(QStringLiteral("rita"), {QStringLiteral("participant"), QStringLiteral("show"),
                                    QStringLiteral("C1-001"), QStringLiteral("--json")});
    ASSERT_EQ(blind.exitCode, 0) << str(blind.err);
    EXPECT_FALSE(json(blind).toObject().contains(QStringLiteral("arm")));
    EXPECT_FALSE(json(blind).toObject().contains(QStringLiteral("therapist")));
    const CliResult other =
        as(QStringLiteral("ola"),
           {QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(json(other).toArray().size(), 0);
    const CliResult pi =
        as(QStringLiteral("pia"),
           {QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(json(pi).toArray().size(), 1);
    EXPECT_EQ(json(pi).toArray()[0].toObject().value(QStringLiteral("therapist")).toString(),
              QStringLiteral("tove"));

    // The therapist reaches the participant assigned to them; the monitor (blinded by the
    // template) reads the list without arms; the statistician exports.
    const CliResult treated =
        as(QStringLiteral("tove"),
           {QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(treated.exitCode, 0) << str(treated.err);
    EXPECT_EQ(json(treated).toArray().size(), 1);
    const CliResult monitored =
        as(QStringLiteral("mona"),
           {QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(monitored.exitCode, 0) << str(monitored.err);
    ASSERT_EQ(json(monitored).toArray().size(), 1);
    EXPECT_FALSE(json(monitored).toArray()[0].toObject().contains(QStringLiteral("arm")));
    const CliResult exported =
        as(QStringLiteral("stian"),
           {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv-long"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("long.csv"))});
    EXPECT_EQ(exported.exitCode, 0) << str(exported.err);

    // Reading commands sign in too, audited.
    const CliResult verify =
        as(QStringLiteral("pia"), {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << str(verify.err);
    qputenv("TRIALDESK_PASSWORD", "wrong-password-here");
    const CliResult refused = runCli({QStringLiteral("info"), QStringLiteral("--db"), db(),
                                      QStringLiteral("--user"), QStringLiteral("pia")});
    EXPECT_EQ(refused.exitCode, 3);
    if (onServer()) {
        // Signing in to the server as pia: the server itself refuses the password (SCRAM).
        QString login = db();
        login.replace(QStringLiteral("postgresql://postgres@"), QStringLiteral("postgresql://"));
        const CliResult byServer = runCli({QStringLiteral("info"), QStringLiteral("--db"), login,
                                           QStringLiteral("--user"), QStringLiteral("pia")});
        EXPECT_EQ(byServer.exitCode, 2);
        EXPECT_TRUE(byServer.err.contains(QStringLiteral("refused the sign-in of \"pia\"")))
            << str(byServer.err);
    }
}

} // namespace
