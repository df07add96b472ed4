// kill -9 at random moments: the real trialdesk-cli importing assessments and making dated
// backups is killed with SIGKILL, again and again. Afterwards the trial passes the integrity
// check and its audit trail verifies, every import is there whole or not at all, and the
// backup folder lists (and rotation counts) only complete, verified backups.

#include "SafeFilesSupport.h"
#include "audit/AuditVerifier.h"
#include "exchange/BackupService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace td;
using namespace tdtest;

namespace {

constexpr int participants = 40;
constexpr int killsEach = 16; // imports and backups: 32 kills in all
constexpr size_t perFile = 5; // participants per import file

class KillTest : public TestTrial
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Runs the command and kills it after `delayMs` unless it finished; true when killed.
    static bool runAndKill(const QStringList& args, int delayMs, int& exitCode)
    {
        QProcess p;
        p.start(QStringLiteral(TD_CLI), args);
        if (!p.waitForStarted(10000))
            return false;
        if (p.waitForFinished(delayMs)) {
            exitCode = p.exitCode();
            return false;
        }
        p.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
        p.waitForFinished(10000);
        exitCode = -1;
        return true;
    }

    // One CSV per instrument at week 8 and the baseline PHQ-9: each is imported whole or not.
    QStringList importFiles(const std::vector<Participant>& people)
    {
        const QString header = QStringLiteral(
            "study_id,site,visit,session_number,instrument,date,rater,status,missing_reason,"
            "item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9,item_10,item_11,"
            "item_12,item_13,item_14,item_15,item_16,item_17,item_18,item_19,item_20,item_21\r\n");
        const std::vector<std::pair<QString, int>> sets = {{QStringLiteral("phq9"), 10},
                                                           {QStringLiteral("gad7"), 7},
                                                           {QStringLiteral("bdi2"), 21}};
        QStringList files;
        for (const QString& visit : {QStringLiteral("baseline"), QStringLiteral("w8")}) {
            for (const auto& [instrument, items] : sets) {
                if (visit == QStringLiteral("baseline") && instrument != QStringLiteral("phq9"))
                    continue;
                // Eight files per form, five participants each: enough whole imports that the
                // kills land in imports rather than in refusals of files already in.
                for (size_t from = 0; from < people.size(); from += perFile) {
                    QString text = header;
                    for (size_t k = from; k < std::min(people.size(), from + perFile); ++k) {
                        const Participant& p = people[k];
                        QStringList row{p.studyId,
                                        QStringLiteral("OSL"),
                                        visit,
                                        QString(),
                                        instrument,
                                        today().addDays(-2).toString(Qt::ISODate),
                                        QStringLiteral("coordinator"),
                                        QStringLiteral("complete"),
                                        QString()};
                        for (int i = 0; i < 21; ++i)
                            // BDI-II items 16 and 18 take letters (1a, 2b): 0 stays valid.
                            row << (i >= items ? QString()
                                    : instrument == QStringLiteral("bdi2")
                                        ? QStringLiteral("0")
                                        : QString::number((i + p.id) % 3));
                        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
                    }
                    const QString path =
                        file(QStringLiteral("%1-%2-%3.csv").arg(visit, instrument).arg(from));
                    writeBytes(path, text.toUtf8());
                    files << path;
                }
            }
        }
        return files;
    }
};

TEST_F(KillTest, KilledImportsAndBackupsLeaveASoundTrialAndOnlyCompleteBackups)
{
    addVisit(QStringLiteral("w8"), 8, 60,
             {{QStringLiteral("phq9"), Rater::SelfReport},
              {QStringLiteral("gad7"), Rater::SelfReport},
              {QStringLiteral("bdi2"), Rater::SelfReport}});
    std::vector<Participant> people;
    for (int i = 0; i < participants; ++i)
        people.push_back(randomized(i % 2 ? m_armCbt : m_armPdt));
    const QStringList files = importFiles(people);
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    QRandomGenerator random(20250602);

    // Imports: a file stays next until one run imports it whole.
    int kills = 0;
    int next = 0;
    int window = 400; // ms; shrinks while runs finish before the kill
    for (int round = 0; kills < killsEach && round < 200; ++round) {
        int exitCode = 0;
        const QStringList args = {QStringLiteral("import"),  QStringLiteral("assessments"),
                                  QStringLiteral("--db"),    dbPath(),
                                  QStringLiteral("--user"),  QStringLiteral("coordinator"),
                                  files[next % files.size()]};
        if (runAndKill(args, random.bounded(window), exitCode)) {
            ++kills;
        } else {
            window = std::max(40, window * 3 / 4);
            if (exitCode == 0)
                ++next;
        }
    }
    EXPECT_GE(kills, killsEach);
    RecordProperty("import_kills", kills);
    RecordProperty("files_imported_between_kills", next);
    // The next file, not killed: the trial takes a whole import after the kills.
    const CliResult imported = runCli({QStringLiteral("import"), QStringLiteral("assessments"),
                                       QStringLiteral("--db"), dbPath(), QStringLiteral("--user"),
                                       QStringLiteral("coordinator"), files[next % files.size()]});
    // (A run killed just after its commit imported the file already: then it is refused whole.)
    EXPECT_TRUE(imported.exitCode == 0 || imported.err.contains(QStringLiteral("already recorded")))
        << str(imported.err);

    // Backups into a folder, keeping two.
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("admin")).toUtf8());
    const QString folder = file(QStringLiteral("backups"));
    const QStringList backupArgs = {QStringLiteral("backup"),
                                    QStringLiteral("--db"),
                                    dbPath(),
                                    QStringLiteral("--out"),
                                    folder,
                                    QStringLiteral("--keep"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--user"),
                                    QStringLiteral("admin")};
    QDir().mkpath(folder);
    int backupKills = 0;
    window = 300;
    for (int round = 0; backupKills < killsEach && round < 80; ++round) {
        int exitCode = 0;
        if (runAndKill(backupArgs, random.bounded(window), exitCode))
            ++backupKills;
        else
            window = std::max(40, window * 3 / 4);
        // Whatever the moment, the folder lists only complete, verified backups.
        for (const QString& listed : BackupService::backupsIn(folder, dbPath()))
            EXPECT_TRUE(BackupService::verify(listed).ok())
                << "round " << round << ": " << str(listed);
    }
    EXPECT_GE(backupKills, killsEach);
    RecordProperty("backup_kills", backupKills);
    EXPECT_GE(kills + backupKills, 30);

    // One more backup, not killed: rotation keeps two complete ones and touches nothing else.
    const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    const CliResult last = runCli(backupArgs);
    EXPECT_EQ(last.exitCode, 0) << str(last.err);
    const QStringList listed = BackupService::backupsIn(folder, dbPath());
    EXPECT_EQ(listed.size(), 2);
    for (const QString& b : listed) {
        EXPECT_TRUE(BackupService::verifyRestorable(b).ok()) << str(b);
        EXPECT_EQ(modeOf(b), 0600);
    }
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        if (!listed.contains(QDir(folder).filePath(name))) {
            // A signed manifest may outlive a backup killed before its rename: still an anchor.
            EXPECT_TRUE(
                (name.startsWith(QLatin1Char('.')) && name.contains(QStringLiteral(".partial-"))) ||
                name.endsWith(QStringLiteral(".manifest.json")))
                << "a file that is neither a listed backup nor a temporary one: " << str(name)
                << " (before: " << str(before.join(QLatin1Char(' '))) << ")";
        }
    }
    qunsetenv("TRIALDESK_PASSWORD");

    // The trial: intact, its audit trail unbroken, every import whole or absent.
    auto opened = Database::open(dbPath());
    ASSERT_TRUE(opened.ok()) << str(opened.message());
    Database& trial = **opened;
    EXPECT_EQ(sqlValue(trial, QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    EXPECT_EQ(sqlCount(trial, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
    auto audit = AuditVerifier::verify(trial);
    ASSERT_TRUE(audit.ok()) << str(audit.message());
    EXPECT_TRUE(audit->intact) << "row " << audit->firstBrokenId << ": " << str(audit->problem);
    QSqlQuery q(trial.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT time_point_id, instrument_id, COUNT(*) FROM "
                                      "assessment GROUP BY time_point_id, instrument_id")));
    while (q.next())
        EXPECT_EQ(q.value(2).toInt() % static_cast<int>(perFile), 0)
            << "visit " << q.value(0).toInt() << ", " << str(q.value(1).toString())
            << ": an import was half committed";
    // The trial takes new work after the kills.
    EXPECT_EQ(sqlExec(trial, QStringLiteral("INSERT INTO site (code, name) VALUES ('TRD', 'T')")),
              QString());
}

} // namespace
