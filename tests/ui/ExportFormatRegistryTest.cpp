// The export formats are one registry (ExportFormats): every registered format can be reached
// from the command line and from the window's list, and a blinded data set or a blinded user
// is offered, and served, only what they may have.

#include "DemoDatabase.h"
#include "exchange/ExportFormats.h"
#include "tools/DataToolsView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QProcess>

using namespace td;

namespace {

struct Cli
{
    int exitCode = -1;
    QString out;
    QString err;
};

class ExportFormatRegistryTest : public DemoDatabase
{
protected:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("ui.sqlite")); }

    static QStringList offered(const DataToolsView& view)
    {
        QStringList keys;
        auto* combo = view.findChild<QComboBox*>(QStringLiteral("format"));
        for (int i = 0; combo && i < combo->count(); ++i)
            keys << combo->itemData(i).toString();
        return keys;
    }
    static QStringList keys(const std::vector<const ExportFormat*>& formats)
    {
        QStringList out;
        for (const ExportFormat* f : formats)
            out << f->key();
        return out;
    }

    Cli cli(const QStringList& args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRIALDESK_PASSWORD"), QString::fromLatin1(DemoTrial::password));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TD_CLI), args);
        Cli r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // trialdesk-cli export of one format by one user; the path it wrote to.
    Cli exportBy(const char* user, const ExportFormat& format, const QString& path,
                 bool blinded) const
    {
        QStringList args{QStringLiteral("export"),
                         QStringLiteral("--db"),
                         dbPath(),
                         QStringLiteral("--user"),
                         QString::fromLatin1(user),
                         QStringLiteral("--format"),
                         format.key(),
                         QStringLiteral("--out"),
                         path};
        if (blinded)
            args << QStringLiteral("--blinded");
        return cli(args);
    }
};

TEST_F(ExportFormatRegistryTest, EveryRegisteredFormatIsReachableFromTheCommandLineAndTheWindow)
{
    ASSERT_FALSE(ExportFormats::all().empty());
    const Cli usage = cli({QStringLiteral("export")});
    const Cli help = cli({QStringLiteral("--help")});
    // The unblinded statistician may have every format.
    DataToolsView view(*m_db, actor("statistician", Role::Statistician));
    EXPECT_EQ(offered(view), ExportFormats::keys());
    for (const ExportFormat* format : ExportFormats::all()) {
        const QString key = format->key();
        EXPECT_TRUE(usage.err.contains(key)) << key.toStdString();
        EXPECT_TRUE(help.out.contains(key)) << key.toStdString();
        EXPECT_EQ(ExportFormats::find(key), format);
        EXPECT_FALSE(format->name().isEmpty());
        EXPECT_TRUE(format->fileFilter().contains(QStringLiteral("*.") + format->suffix()));
        const QString path =
            m_dir.filePath(QStringLiteral("all-") + key + QLatin1Char('.') + format->suffix());
        const Cli done = exportBy("statistician", *format, path, false);
        EXPECT_EQ(done.exitCode, 0) << key.toStdString() << ": " << done.err.toStdString();
        EXPECT_TRUE(QFile::exists(path)) << key.toStdString();
    }
}

TEST_F(ExportFormatRegistryTest, ABlindedDataSetIsOfferedAndServedOnlyWhatItMayHave)
{
    const Actor statistician = actor("statistician", Role::Statistician);
    DataToolsView view(*m_db, statistician);
    view.findChild<QCheckBox*>()->setChecked(true); // a blinded data set
    const QStringList blinded = offered(view);
    EXPECT_EQ(blinded, keys(ExportFormats::offeredTo(statistician, true)));
    EXPECT_TRUE(blinded.contains(QStringLiteral("csv-long")));
    EXPECT_TRUE(blinded.contains(QStringLiteral("codebook")));
    // Sessions follow the arm, and the allocation list is the arms.
    EXPECT_FALSE(blinded.contains(QStringLiteral("sessions")));
    EXPECT_FALSE(blinded.contains(QStringLiteral("allocation")));
    for (const ExportFormat* format : ExportFormats::all()) {
        const QString key = format->key();
        const QString path = m_dir.filePath(QStringLiteral("blinded-") + key);
        const Cli done = exportBy("statistician", *format, path, true);
        EXPECT_EQ(done.exitCode == 0, blinded.contains(key))
            << key.toStdString() << ": " << done.err.toStdString();
        EXPECT_EQ(QFile::exists(path), blinded.contains(key)) << key.toStdString();
    }
    view.findChild<QCheckBox*>()->setChecked(false);
    EXPECT_EQ(offered(view), ExportFormats::keys());
}

TEST_F(ExportFormatRegistryTest, EachRoleIsOfferedWhatItMayHaveAndABlindedUserNothing)
{
    const std::vector<std::pair<const char*, Role>> users = {{"admin", Role::Administrator},
                                                             {"pi", Role::PrincipalInvestigator},
                                                             {"coordinator", Role::Coordinator},
                                                             {"therapist1", Role::Therapist},
                                                             {"assessor", Role::BlindedAssessor},
                                                             {"statistician", Role::Statistician},
                                                             {"dmc", Role::Dmc}};
    for (const auto& [name, role] : users) {
        const Actor who = actor(name, role);
        DataToolsView view(*m_db, who);
        EXPECT_EQ(offered(view), keys(ExportFormats::offeredTo(who, false))) << name;
    }
    // The blinded assessor may export nothing, and the command line serves them nothing.
    EXPECT_TRUE(ExportFormats::offeredTo(actor("assessor", Role::BlindedAssessor), false).empty());
    for (const ExportFormat* format : ExportFormats::all()) {
        const QString path = m_dir.filePath(QStringLiteral("assessor-") + format->key());
        const Cli done = exportBy("assessor", *format, path, false);
        EXPECT_EQ(done.exitCode, 1) << format->key().toStdString();
        EXPECT_FALSE(QFile::exists(path)) << format->key().toStdString();
    }
}

} // namespace
