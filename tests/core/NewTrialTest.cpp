// Creating a trial from a protocol, in core and on the command line: the same protocol file
// makes the same trial, a refused file or password leaves no file behind, and export, new and
// export again give the same file.

#include "trial/NewTrial.h"

#include "TestTrial.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "instruments/TrialDatabase.h"
#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Randomizer.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolTemplates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <map>

using namespace td;
using namespace tdtest;

namespace {

const QString kPassword = QStringLiteral("a-long-admin-password");

class NewTrialTest : public ::testing::Test
{
protected:
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    NewUser admin() const
    {
        return {QStringLiteral("boss"), QStringLiteral("Trial administrator"), Role::Administrator,
                kPassword};
    }
    Protocol load(const QString& path)
    {
        auto db = must(openTrialDatabase(path), "open");
        const Actor a = must(UserRepository(*db).login(QStringLiteral("boss"), kPassword), "login");
        return must(ProtocolRepository(*db).load(a), "load");
    }
    void TearDown() override { qunsetenv("TRIALDESK_PASSWORD"); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(NewTrialTest, ATemplateBecomesATrialThatExportsTheSameFile)
{
    const Protocol dit = must(ProtocolTemplates::load(QStringLiteral("dit")), "dit");
    ASSERT_TRUE(NewTrial::create(file("dit.sqlite"), dit, admin()).ok());
    EXPECT_EQ(entries(), QStringList{QStringLiteral("dit.sqlite")});
    const Protocol stored = load(file("dit.sqlite"));
    EXPECT_EQ(ProtocolFile::write(stored), ProtocolFile::write(dit));
    EXPECT_EQ(stored.version, 1);
    EXPECT_EQ(stored.arms[0].ratioWeight, 3);
    EXPECT_EQ(stored.schedule[3].arms, QStringList{QStringLiteral("DIT")});
}

TEST_F(NewTrialTest, ARefusedProtocolLeavesNoFile)
{
    Protocol p = must(ProtocolTemplates::load(QStringLiteral("mop")), "mop");
    p.arms[1].ratioWeight = 0;
    Status s = NewTrial::create(file("trial.sqlite"), p, admin());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.message().contains(QStringLiteral("arms[1].ratio"))) << str(s.message());
    EXPECT_TRUE(entries().isEmpty()) << str(entries().join(u' '));
}

TEST_F(NewTrialTest, ARefusedPasswordLeavesNoFile)
{
    NewUser weak = admin();
    weak.password = QStringLiteral("x");
    Status s = NewTrial::create(file("trial.sqlite"),
                                must(ProtocolTemplates::load(QStringLiteral("mop")), "mop"), weak);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(entries().isEmpty()) << str(entries().join(u' '));
}

TEST_F(NewTrialTest, AnExistingFileIsNeverOverwritten)
{
    QFile other(file("notes.sqlite"));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("someone else's data");
    other.close();
    Status s = NewTrial::create(
        file("notes.sqlite"), must(ProtocolTemplates::load(QStringLiteral("mop")), "mop"), admin());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Conflict);
    ASSERT_TRUE(other.open(QIODevice::ReadOnly));
    EXPECT_EQ(other.readAll(), QByteArray("someone else's data"));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("notes.sqlite")});
}

TEST_F(NewTrialTest, CommandLineNewExportNewExportGivesTheSameFile)
{
    qputenv("TRIALDESK_PASSWORD", kPassword.toUtf8());
    QFile source(QStringLiteral(":/protocols/dit.json"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QFile copy(file("dit.json"));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(source.readAll());
    copy.close();

    CliResult made =
        runCli({QStringLiteral("new"), QStringLiteral("--db"), file("a.sqlite"),
                QStringLiteral("--protocol"), file("dit.json"), QStringLiteral("--admin"),
                QStringLiteral("boss"), QStringLiteral("--unencrypted")});
    ASSERT_EQ(made.exitCode, 0) << str(made.err);
    CliResult first = runCli({QStringLiteral("protocol"), QStringLiteral("export"),
                              QStringLiteral("--db"), file("a.sqlite"), QStringLiteral("--user"),
                              QStringLiteral("boss"), QStringLiteral("--out"), file("a.json")});
    ASSERT_EQ(first.exitCode, 0) << str(first.err);
    ASSERT_EQ(runCli({QStringLiteral("new"), QStringLiteral("--db"), file("b.sqlite"),
                      QStringLiteral("--protocol"), file("a.json"), QStringLiteral("--admin"),
                      QStringLiteral("boss"), QStringLiteral("--unencrypted")})
                  .exitCode,
              0);
    ASSERT_EQ(runCli({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("--db"),
                      file("b.sqlite"), QStringLiteral("--user"), QStringLiteral("boss"),
                      QStringLiteral("--out"), file("b.json")})
                  .exitCode,
              0);
    QFile a(file("a.json")), b(file("b.json"));
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray aBytes = a.readAll();
    EXPECT_EQ(aBytes, b.readAll());
    // The same design as the window's wizard makes from the template.
    EXPECT_EQ(aBytes,
              ProtocolFile::write(must(ProtocolTemplates::load(QStringLiteral("dit")), "dit")));
}

// The command line speaks English with the catalogue's plural forms, not the source's "(s)".
TEST_F(NewTrialTest, CommandLinePrintsEnglishPluralForms)
{
    QByteArray json =
        ProtocolFile::write(must(ProtocolTemplates::load(QStringLiteral("mop")), "mop"));
    QJsonObject protocol = QJsonDocument::fromJson(json).object();
    QJsonArray arms = protocol.value(QStringLiteral("arms")).toArray();
    protocol.insert(QStringLiteral("arms"), QJsonArray{arms.first()});
    QFile bad(file("one-arm.json"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(QJsonDocument(protocol).toJson());
    bad.close();
    CliResult check =
        runCli({QStringLiteral("protocol"), QStringLiteral("check"), file("one-arm.json")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.contains(
        QStringLiteral("arms: 1 arm given; a randomized trial has two or more arms")))
        << str(check.err);
    EXPECT_FALSE(check.err.contains(QStringLiteral("(s)"))) << str(check.err);
}

TEST_F(NewTrialTest, CommandLineRefusesABadProtocolWithItsPathAndCreatesNothing)
{
    qputenv("TRIALDESK_PASSWORD", kPassword.toUtf8());
    QByteArray json =
        ProtocolFile::write(must(ProtocolTemplates::load(QStringLiteral("mop")), "mop"));
    json.replace("\"ratio\": 1", "\"ratio\": 0");
    QFile bad(file("bad.json"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(json);
    bad.close();
    CliResult check =
        runCli({QStringLiteral("protocol"), QStringLiteral("check"), file("bad.json")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.contains(
        QStringLiteral("arms[0].ratio: 0 is not allowed; a ratio is a whole number from 1 to 20")))
        << str(check.err);
    CliResult made = runCli({QStringLiteral("new"), QStringLiteral("--db"), file("t.sqlite"),
                             QStringLiteral("--protocol"), file("bad.json"),
                             QStringLiteral("--admin"), QStringLiteral("boss")});
    EXPECT_EQ(made.exitCode, 1);
    EXPECT_TRUE(made.err.contains(QStringLiteral("arms[1].ratio"))) << str(made.err);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("bad.json")});
}

TEST_F(NewTrialTest, CommandLineAmendPrintsWhatChangedAndRefusesWhatItMayNot)
{
    qputenv("TRIALDESK_PASSWORD", kPassword.toUtf8());
    ASSERT_TRUE(NewTrial::create(file("t.sqlite"),
                                 must(ProtocolTemplates::load(QStringLiteral("mop")), "mop"),
                                 admin())
                    .ok());
    Protocol p = load(file("t.sqlite"));
    p.sites.push_back({0, QStringLiteral("TRD"), LocalText(QStringLiteral("Trondheim"))});
    ASSERT_TRUE(ProtocolFile::writeFile(p, file("more.json")).ok());
    const QStringList amend{QStringLiteral("protocol"),   QStringLiteral("amend"),
                            QStringLiteral("--db"),       file("t.sqlite"),
                            QStringLiteral("--user"),     QStringLiteral("boss"),
                            QStringLiteral("--protocol"), file("more.json"),
                            QStringLiteral("--reason"),   QStringLiteral("A third site")};
    CliResult dry = runCli(amend + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << str(dry.err);
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Site 3: TRD added (sites[2])"))) << str(dry.out);
    EXPECT_EQ(load(file("t.sqlite")).sites.size(), 2u);
    CliResult done = runCli(amend);
    ASSERT_EQ(done.exitCode, 0) << str(done.err);
    EXPECT_EQ(load(file("t.sqlite")).sites.size(), 3u);

    // The export refuses to overwrite the trial file itself.
    CliResult self = runCli({QStringLiteral("protocol"), QStringLiteral("export"),
                             QStringLiteral("--db"), file("t.sqlite"), QStringLiteral("--user"),
                             QStringLiteral("boss"), QStringLiteral("--out"), file("t.sqlite")});
    EXPECT_EQ(self.exitCode, 2);
    EXPECT_EQ(load(file("t.sqlite")).sites.size(), 3u);
}

TEST_F(NewTrialTest, TheDitPilotMadeFromItsProtocolScreensAndRandomizesThreeTwoOne)
{
    ASSERT_TRUE(NewTrial::create(file("dit.sqlite"),
                                 must(ProtocolTemplates::load(QStringLiteral("dit")), "dit"),
                                 admin())
                    .ok());
    auto db = must(openTrialDatabase(file("dit.sqlite")), "open");
    UserRepository users(*db);
    const Actor boss = must(users.login(QStringLiteral("boss"), kPassword), "login");
    auto make = [&](const char* name, Role role) {
        const User u = must(users.create(boss, {QString::fromLatin1(name),
                                                QString::fromLatin1(name), role, kPassword}),
                            "user");
        return Actor{u.id, u.username, u.role};
    };
    const Actor coordinator = make("coord", Role::Coordinator);
    const Actor statistician = make("stat", Role::Statistician);
    const Actor assessor = make("rater", Role::BlindedAssessor);
    const Protocol p = must(ProtocolRepository(*db).load(boss), "load");
    const TimePoint& baseline = p.schedule.front();
    ASSERT_TRUE(baseline.beforeRandomization);

    RandomizationSettings settings;
    settings.method = RandomizationMethod::PermutedBlocks;
    settings.blockLengths = {6};
    settings.factors = {{p.factors[0].id, 1.0}}; // by site
    must(RandomizationSettingsRepository(*db).save(statistician, settings, SignWith{kPassword}),
         "settings");
    must(AllocationListRepository(*db).generateWithSeed(statistician, 42, SignWith{kPassword}),
         "list");

    ParticipantRepository people(*db);
    std::map<QString, int> perArm;
    for (int i = 0; i < 12; ++i) {
        // Screening asks every criterion of the protocol; eligibility follows from the answers.
        ScreeningInput in{p.sites[0].id, db->clock().today()};
        for (const EligibilityCriterion& c : p.eligibility)
            in.answers[c.code] = c.kind == CriterionKind::Inclusion;
        in.covariates = {{QStringLiteral("age"), QString::number(30 + i)},
                         {QStringLiteral("sex"), QStringLiteral("f")}};
        const Participant s = must(Screening(*db).screen(coordinator, in), "screen");
        EXPECT_EQ(s.protocolVersionScreened, 1);
        EXPECT_EQ(s.status, ParticipantStatus::Eligible);
        must(people.recordConsent(coordinator, s.id, db->clock().today(), QStringLiteral("2.0")),
             "consent");
        // The protocol puts baseline before randomization.
        auto early = Randomizer(*db).allocate(coordinator, s.id);
        ASSERT_FALSE(early.ok());
        EXPECT_TRUE(early.message().contains(QStringLiteral("baseline hrsd17")))
            << str(early.message());
        for (const ScheduledInstrument& si : baseline.instruments) {
            Assessment a;
            a.participantId = s.id;
            a.timePointId = baseline.id;
            a.instrumentId = si.instrumentId;
            a.date = db->clock().today();
            a.items = QStringList(si.instrumentId == QStringLiteral("hrsd17") ? 17 : 21,
                                  QStringLiteral("1"));
            if (si.instrumentId == QStringLiteral("bdi2"))
                a.items[15] = a.items[17] = QStringLiteral("1a"); // sleep and appetite
            must(AssessmentRepository(*db).save(
                     si.rater == Rater::BlindedClinician ? assessor : coordinator, a),
                 "baseline");
        }
        const Allocation a = must(Randomizer(*db).allocate(coordinator, s.id), "randomize");
        ++perArm[p.arm(a.armId)->code];
    }
    // Two whole blocks of six at one site: exactly 3:2:1.
    EXPECT_EQ(perArm[QStringLiteral("DIT")], 6);
    EXPECT_EQ(perArm[QStringLiteral("LIT")], 4);
    EXPECT_EQ(perArm[QStringLiteral("CBT")], 2);
}
