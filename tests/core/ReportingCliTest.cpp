// trialdesk-cli report consort | dashboard: sign-in through the environment, JSON out, and
// nothing by arm for a blinded assessor.

#include "TestTrial.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace td;
using namespace tdtest;

class ReportingCliTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        letCompare({QStringLiteral("statistician"), QStringLiteral("principal_investigator")});
        randomized(m_armCbt);
        randomized(m_armPdt);
        randomized(m_armPdt);
        screened();
    }
    void TearDown() override
    {
        qunsetenv("TRIALDESK_PASSWORD");
        TestTrial::TearDown();
    }
    CliResult report(const char* kind, const Actor& who, const QString& password)
    {
        qputenv("TRIALDESK_PASSWORD", password.toUtf8());
        return runCli({QStringLiteral("report"), QString::fromLatin1(kind), QStringLiteral("--db"),
                       dbPath(), QStringLiteral("--user"), who.username});
    }
    static QJsonObject json(const CliResult& r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << str(r.out);
        return doc.object();
    }
};

TEST_F(ReportingCliTest, ConsortAsJsonForThePi)
{
    const CliResult r = report("consort", m_pi, passwordOf(m_pi.username));
    ASSERT_EQ(r.exitCode, 0) << str(r.err);
    const QJsonObject o = json(r);
    const QJsonObject enrolment = o[QStringLiteral("enrolment")].toObject();
    EXPECT_EQ(enrolment[QStringLiteral("assessed")].toInt(), 4);
    EXPECT_EQ(enrolment[QStringLiteral("randomized")].toInt(), 3);
    EXPECT_EQ(
        enrolment[QStringLiteral("awaitingDecision")].toObject()[QStringLiteral("count")].toInt(),
        1);
    const QJsonArray arms = o[QStringLiteral("arms")].toArray();
    ASSERT_EQ(arms.size(), 2);
    EXPECT_EQ(arms[0].toObject()[QStringLiteral("allocated")].toInt(), 1);
    EXPECT_EQ(arms[1].toObject()[QStringLiteral("allocated")].toInt(), 2);
    EXPECT_TRUE(o[QStringLiteral("reconciliationFailures")].toArray().isEmpty());
}

TEST_F(ReportingCliTest, DashboardAsJsonForThePi)
{
    const CliResult r = report("dashboard", m_pi, passwordOf(m_pi.username));
    ASSERT_EQ(r.exitCode, 0) << str(r.err);
    const QJsonObject o = json(r);
    EXPECT_EQ(o[QStringLiteral("funnel")].toObject()[QStringLiteral("randomized")].toInt(), 3);
    EXPECT_EQ(o[QStringLiteral("armSizes")].toArray().size(), 2);
    EXPECT_TRUE(o.contains(QStringLiteral("effectSize")));
    EXPECT_EQ(o[QStringLiteral("blindingIndex")].toArray().size(), 2); // one per arm
    EXPECT_TRUE(o[QStringLiteral("withheld")].toArray().isEmpty());
    EXPECT_TRUE(o[QStringLiteral("comparative")].toBool());
}

TEST_F(ReportingCliTest, BlindedAssessorGetsNoArms)
{
    for (const char* kind : {"consort", "dashboard"}) {
        const CliResult r = report(kind, m_assessor, passwordOf(m_assessor.username));
        ASSERT_EQ(r.exitCode, 0) << kind << ": " << str(r.err);
        const QJsonObject o = json(r);
        EXPECT_FALSE(o.contains(QStringLiteral("arms")));
        EXPECT_FALSE(o.contains(QStringLiteral("armSizes")));
        EXPECT_FALSE(o.contains(QStringLiteral("blindingIndex")));
        for (const Arm& arm : m_protocol.arms) {
            EXPECT_FALSE(r.out.contains(arm.code)) << kind;
            EXPECT_FALSE(r.out.contains(arm.name)) << kind;
        }
    }
}

TEST_F(ReportingCliTest, PasswordAndArgumentsAreChecked)
{
    qunsetenv("TRIALDESK_PASSWORD");
    CliResult r =
        runCli({QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--db"),
                dbPath(), QStringLiteral("--user"), m_pi.username});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("TRIALDESK_PASSWORD"))) << str(r.err);

    r = report("consort", m_pi, QStringLiteral("wrong password"));
    EXPECT_EQ(r.exitCode, 3) << str(r.err);
    EXPECT_TRUE(r.out.isEmpty());

    r = report("funnel", m_pi, passwordOf(m_pi.username));
    EXPECT_EQ(r.exitCode, 2);
    qputenv("TRIALDESK_PASSWORD", passwordOf(m_pi.username).toUtf8());
    r = runCli({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--user"),
                m_pi.username});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    // A therapist may not see trial-wide counts: refused (exit code 4).
    r = report("consort", m_therapist, passwordOf(m_therapist.username));
    EXPECT_EQ(r.exitCode, 4) << str(r.err);
}
