#include "access/PasswordHasher.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <gtest/gtest.h>

// The core tests again, on PostgreSQL: a throwaway cluster (scripts/pg-test-cluster.sh) starts
// before the first test and stops after the last. Its watchdog stops it too when this process
// ends any other way (a crash, a kill, a time-out). TRIALDESK_TEST_SERVER, when set, names a
// server to use instead (postgresql://user@host:port, a superuser that may create databases).

namespace {
QString script()
{
    return QStringLiteral(TD_SOURCE_DIR "/scripts/pg-test-cluster.sh");
}
} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.qttest/config")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    ::testing::InitGoogleTest(&argc, argv);

    QString cluster;
    if (qEnvironmentVariableIsEmpty("TRIALDESK_TEST_SERVER")) {
        QProcess start;
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(script(),
                    {QStringLiteral("start"), QString::number(QCoreApplication::applicationPid())});
        if (!start.waitForFinished(120000) || start.exitCode() != 0) {
            std::fprintf(stderr, "Could not start the test cluster (%s)\n", qPrintable(script()));
            return 1;
        }
        const QStringList lines =
            QString::fromUtf8(start.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        if (lines.size() != 2) {
            std::fprintf(stderr, "The test cluster's script said: %s\n",
                         qPrintable(lines.join(QLatin1Char(' '))));
            return 1;
        }
        cluster = lines[0];
        qputenv("TRIALDESK_TEST_SERVER", lines[1].toUtf8());
        std::printf("PostgreSQL test cluster: %s in %s\n", qPrintable(lines[1]),
                    qPrintable(cluster));
    }
    const int result = RUN_ALL_TESTS();
    if (!cluster.isEmpty())
        QProcess::execute(script(), {QStringLiteral("stop"), cluster});
    return result;
}
