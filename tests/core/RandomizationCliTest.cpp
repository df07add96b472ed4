// trialdesk-cli randomization simulate | replay, as a user runs them.

#include "RandomizationFixture.h"

#include <QProcess>

using namespace td;

namespace tdtest {
namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QString::fromLocal8Bit(TD_CLI), args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList simulate(const QString& rest)
{
    return QStringList{QStringLiteral("randomization"), QStringLiteral("simulate")} +
           rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

TEST(RandomizationCli, SimulateIsReproducibleByteForByte)
{
    for (const char* args :
         {"--method block --ratio 3:2:1 --blocks 6,12 --strata 4x2 --participants 500 --seed 7",
          "--method minimization --ratio 3:2:1 --strata 4x2 --q 0.8 --participants 500 --seed 7"}) {
        const CliRun a = cli(simulate(QString::fromLatin1(args)));
        const CliRun b = cli(simulate(QString::fromLatin1(args)));
        ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
        EXPECT_EQ(a.out, b.out);
        const QList<QByteArray> lines = a.out.trimmed().split('\n');
        ASSERT_EQ(lines.size(), 501);
        EXPECT_EQ(lines[0], QByteArray("participant,stratum,arm"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split(',');
            ASSERT_EQ(f.size(), 3);
            EXPECT_EQ(f[0].toInt(), i);
            EXPECT_GE(f[1].toInt(), 1);
            EXPECT_LE(f[1].toInt(), 8);
            EXPECT_GE(f[2].toInt(), 1);
            EXPECT_LE(f[2].toInt(), 3);
        }
        const CliRun other = cli(simulate(QString::fromLatin1(args).replace(
            QStringLiteral("--seed 7"), QStringLiteral("--seed 8"))));
        EXPECT_NE(other.out, a.out);
    }
}

TEST(RandomizationCli, SimulateRefusesBadArgumentsWithExitCode2)
{
    const char* bad[] = {
        "--method block --ratio 3:2:1 --participants 10",          // no seed
        "--method shuffle --ratio 1:1 --participants 10 --seed 1", // unknown method
        "--method block --ratio 3:x:1 --participants 10 --seed 1", // bad ratio
        "--method block --ratio 1 --participants 10 --seed 1",     // one arm
        "--method block --ratio 3:2:1 --blocks 5 --participants 10 --seed 1",
        "--method minimization --ratio 3:2:1 --q 1.5 --participants 10 --seed 1",
        "--method block --ratio 1:1 --q 0.8 --participants 10 --seed 1",
        "--method minimization --ratio 1:1 --blocks 2 --participants 10 --seed 1",
        "--method block --ratio 1:1 --strata 4x0 --participants 10 --seed 1",
        "--method block --ratio 1:1 --participants 0 --seed 1",
        "--method block --ratio 1:1 --participants 10 --seed -1",
        "--method block --ratio 1:1 --participants 10 --seed 1 --colour red",
        "--method block --ratio 1:1 --participants 10 --seed 1 --seed 2",
        "--method block --ratio 1:1 --participants 10 --seed",
    };
    for (const char* args : bad) {
        const CliRun r = cli(simulate(QString::fromLatin1(args)));
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_TRUE(r.out.isEmpty()) << args;
        EXPECT_FALSE(r.err.isEmpty()) << args;
    }
    const CliRun five = cli(simulate(
        QStringLiteral("--method block --ratio 3:2:1 --blocks 5 --participants 10 --seed 1")));
    EXPECT_TRUE(five.err.contains("multiple of 6")) << five.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("randomization"), QStringLiteral("shuffle")}).exitCode, 2);
}

class RandomizationCliReplay : public RandomizationTest
{
};

TEST_F(RandomizationCliReplay, ReplayReportsMismatchesByExitCode)
{
    useBlocks({2, 4}, {m_siteFactor});
    for (int i = 0; i < 6; ++i)
        allocate(consented(i % 2 ? m_siteBrg : m_siteOsl).id);
    QStringList args = {QStringLiteral("randomization"), QStringLiteral("replay"),
                        QStringLiteral("--db"), dbPath()};
    // An encrypted trial's replay opens the sealed list with the statistician's key.
    const bool encrypted = db().encrypted();
    if (encrypted) {
        args << QStringLiteral("--user") << m_statistician.username;
        qputenv("TRIALDESK_PASSWORD", passwordOf(m_statistician.username).toUtf8());
    }
    CliRun r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("all match")) << r.out.toStdString();

    if (encrypted) {
        // A sealed entry moved to another place fails to open (its place is associated data).
        ASSERT_EQ(sqlExec(db(), QStringLiteral("DROP TRIGGER "
                                               "allocation_list_sealed_entry_no_update")),
                  QString());
        ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE allocation_list_sealed_entry SET sealed = "
                                               "(SELECT sealed FROM allocation_list_sealed_entry "
                                               "WHERE stratum = 'site=OSL' AND position = 1) "
                                               "WHERE stratum = 'site=BRG' AND position = 2")),
                  QString());
    } else {
        ASSERT_EQ(sqlExec(db(), QStringLiteral("DROP TRIGGER allocation_list_entry_no_update")),
                  QString());
        ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE allocation_list_entry SET arm_id = 3 - "
                                               "arm_id WHERE stratum = 'site=BRG' AND position "
                                               "= 2")),
                  QString());
    }
    r = cli(args);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("MISMATCH")) << r.out.toStdString();
    if (encrypted)
        qunsetenv("TRIALDESK_PASSWORD");

    EXPECT_EQ(cli({QStringLiteral("randomization"), QStringLiteral("replay")}).exitCode, 2);
}

} // namespace
} // namespace tdtest
