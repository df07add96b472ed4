// `trialdesk --help` and `--version` answer without a display (issue 21, item 11): before, the
// window's binary aborted with Qt's platform plug-in error when there was none.

#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runWithoutDisplay(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TD_GUI), args);
    EXPECT_TRUE(p.waitForFinished(30000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

TEST(StartupHelp, HelpNeedsNoDisplay)
{
    const ProcessRun r = runWithoutDisplay({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--db"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--lang")));
    EXPECT_FALSE(r.err.contains(QStringLiteral("platform plugin")));
}

TEST(StartupHelp, VersionNeedsNoDisplay)
{
    const ProcessRun r = runWithoutDisplay({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("TrialDesk "))) << r.out.toStdString();
}

} // namespace
