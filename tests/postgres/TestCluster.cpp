#include "TestCluster.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>
#include <cstdio>

namespace tdtest {

namespace {
QString script()
{
    return QStringLiteral(TD_SOURCE_DIR "/scripts/pg-test-cluster.sh");
}
} // namespace

bool TestCluster::start()
{
    if (!qEnvironmentVariableIsEmpty("TRIALDESK_TEST_SERVER"))
        return true;
    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    start.start(script(),
                {QStringLiteral("start"), QString::number(QCoreApplication::applicationPid())});
    if (!start.waitForFinished(120000) || start.exitCode() != 0) {
        std::fprintf(stderr, "Could not start the test cluster (%s)\n", qPrintable(script()));
        return false;
    }
    const QStringList lines =
        QString::fromUtf8(start.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    if (lines.size() != 2) {
        std::fprintf(stderr, "The test cluster's script said: %s\n",
                     qPrintable(lines.join(QLatin1Char(' '))));
        return false;
    }
    m_folder = lines[0];
    qputenv("TRIALDESK_TEST_SERVER", lines[1].toUtf8());
    std::printf("PostgreSQL test cluster: %s in %s\n", qPrintable(lines[1]), qPrintable(m_folder));
    return true;
}

void TestCluster::stop()
{
    if (!m_folder.isEmpty())
        QProcess::execute(script(), {QStringLiteral("stop"), m_folder});
    m_folder.clear();
}

} // namespace tdtest
