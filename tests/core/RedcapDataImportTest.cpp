// REDCap records exports (tests/data/redcap-records/README.md) imported into the test trial:
// the built-in PHQ-9 by phq9_N columns and a form made by a dictionary import by its field
// names; record ids mapped to participants and events to visits by options or a mapping file
// that --check proposes; the whole file validated before one transaction.

#include "exchange/RedcapDataImport.h"

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "exchange/RedcapDictionaryImport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace td;
using namespace tdtest;

namespace {

QString data(const char* name)
{
    return QStringLiteral(TD_SOURCE_DIR "/tests/data/") + QString::fromLatin1(name);
}

std::string describe(const std::vector<ImportProblem>& list)
{
    std::string out;
    for (const ImportProblem& p : list)
        out += std::to_string(p.line) + " " + str(p.column) + ": " + str(p.reason) + "\n";
    return out;
}

// A trial with the visit w8 (PHQ-9), the Norwegian dictionary's form livskvalitet, and two
// randomized participants, OSL-001 and OSL-002.
class RedcapDataImportTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_w8 = addVisit(QStringLiteral("w8"), 8, 60, {{QStringLiteral("phq9"), Rater::SelfReport}});
        auto dictionary =
            RedcapDictionaryImport(db()).run(m_admin, data("redcap/norsk-livskvalitet.csv"));
        ASSERT_TRUE(dictionary.ok() && dictionary->ok());
        m_p1 = randomized(m_armCbt);
        m_p2 = randomized(m_armPdt, m_therapist2);
        ASSERT_EQ(m_p1.studyId, QStringLiteral("OSL-001"));
        ASSERT_EQ(m_p2.studyId, QStringLiteral("OSL-002"));
    }

    RedcapDataMapping mappingFile()
    {
        return must(RedcapDataMapping::read(data("redcap-records/trial-mapping.json")), "mapping");
    }

    // participant study id, visit code, instrument, date, status, items: one line each, sorted.
    QStringList assessments()
    {
        QStringList out;
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral(
            "SELECT p.study_id, COALESCE(t.code, ''), a.instrument_id, a.assessment_date, "
            "a.status, a.item_values FROM assessment a JOIN participant p ON p.id = "
            "a.participant_id "
            "LEFT JOIN time_point t ON t.id = a.time_point_id WHERE a.removed = 0"));
        while (q.next())
            out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        out.sort();
        return out;
    }

    qint64 m_w8 = 0;
    Participant m_p1, m_p2;
};

TEST_F(RedcapDataImportTest, ALongitudinalExportImportsWithAMappingFile)
{
    auto r = RedcapDataImport(db()).run(m_coordinator, data("redcap-records/trial-records.csv"),
                                        mappingFile());
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    // 101: baseline PHQ-9 and livskvalitet, w8 PHQ-9 (draft); 102: baseline both; the
    // screening rows are left out and 102's empty w8 row holds no form.
    EXPECT_EQ(r->records, 5);
    EXPECT_EQ(r->imported, 5);
    const QStringList got = assessments();
    ASSERT_EQ(got.size(), 5) << str(got.join(QLatin1Char('\n')));
    EXPECT_TRUE(got[0].startsWith(QStringLiteral("OSL-001 baseline livskvalitet 2025-05-31 "
                                                 "complete")))
        << str(got[0]);
    EXPECT_TRUE(got[1].startsWith(QStringLiteral("OSL-001 baseline phq9 2025-05-31 complete")))
        << str(got[1]);
    EXPECT_TRUE(got[2].startsWith(QStringLiteral("OSL-001 w8 phq9 2025-06-01 draft")))
        << str(got[2]);
    // The datetime's day is the date; -1 (Vet ikke) is a code of liv_1 as the dictionary made it.
    EXPECT_TRUE(got[3].startsWith(QStringLiteral("OSL-002 baseline livskvalitet 2025-05-31")))
        << str(got[3]);
    EXPECT_TRUE(got[4].startsWith(QStringLiteral("OSL-002 baseline phq9 2025-05-31 complete")))
        << str(got[4]);
    EXPECT_TRUE(r->assumptions.join(QLatin1Char('\n')).contains(QStringLiteral("kommentar")))
        << "the notes field is said not to be read";
    // One audit row for the import, naming the kind and the file.
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'import' AND new_value LIKE "
                                                "'redcap-records; 5 rows; trial-records.csv%'")),
              1);
}

TEST_F(RedcapDataImportTest, WithoutAMappingCheckProposesOneAndWritesNothing)
{
    const QString before = dumpDatabase(db());
    auto r = RedcapDataImport(db()).run(m_coordinator, data("redcap-records/trial-records.csv"), {},
                                        true);
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_FALSE(r->ok());
    // Record ids that are no study id, events that are no visit, no date column: each said
    // once, on the line where it first occurs.
    const std::string problems = describe(r->problems);
    EXPECT_NE(problems.find("1 date: no column gives the assessments' dates"), std::string::npos)
        << problems;
    EXPECT_NE(problems.find("visit_date"), std::string::npos) << problems;
    EXPECT_NE(problems.find("the event \"screening_arm_1\" is no visit"), std::string::npos)
        << problems;
    EXPECT_NE(problems.find("the event \"week_8_arm_1\" is no visit"), std::string::npos)
        << problems;
    EXPECT_EQ(problems.find("baseline_arm_1\" is no visit"), std::string::npos) << problems;
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    const QJsonObject proposal = QJsonDocument::fromJson(r->proposal).object();
    EXPECT_EQ(proposal.value(QStringLiteral("events")).toObject(),
              (QJsonObject{{QStringLiteral("screening_arm_1"), QString()},
                           {QStringLiteral("baseline_arm_1"), QStringLiteral("baseline")},
                           {QStringLiteral("week_8_arm_1"), QString()}}));
    EXPECT_EQ(
        proposal.value(QStringLiteral("records")).toObject(),
        (QJsonObject{{QStringLiteral("101"), QString()}, {QStringLiteral("102"), QString()}}));
    EXPECT_EQ(proposal.value(QStringLiteral("date_fields")).toVariant().toStringList(),
              QStringList{QStringLiteral("visit_date")});

    // The proposal filled in is a mapping that imports.
    QJsonObject filled = proposal;
    filled.insert(QStringLiteral("records"),
                  QJsonObject{{QStringLiteral("101"), QStringLiteral("OSL-001")},
                              {QStringLiteral("102"), QStringLiteral("OSL-002")}});
    filled.insert(QStringLiteral("events"),
                  QJsonObject{{QStringLiteral("screening_arm_1"), QStringLiteral("skip")},
                              {QStringLiteral("baseline_arm_1"), QStringLiteral("baseline")},
                              {QStringLiteral("week_8_arm_1"), QStringLiteral("w8")}});
    const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(filled).toJson());
    f.close();
    auto mapping = RedcapDataMapping::read(path);
    ASSERT_TRUE(mapping.ok()) << str(mapping.message());
    auto imported = RedcapDataImport(db()).run(m_coordinator,
                                               data("redcap-records/trial-records.csv"), *mapping);
    ASSERT_TRUE(imported.ok());
    EXPECT_TRUE(imported->ok()) << describe(imported->problems);
    EXPECT_EQ(imported->imported, 5);
}

TEST_F(RedcapDataImportTest, AClassicProjectTakesItsVisitAsAnOption)
{
    RedcapDataMapping m;
    auto refused =
        RedcapDataImport(db()).run(m_coordinator, data("redcap-records/classic-records.csv"), m);
    ASSERT_TRUE(refused.ok());
    ASSERT_EQ(refused->problems.size(), 1u) << describe(refused->problems);
    EXPECT_EQ(refused->problems[0].column, QStringLiteral("redcap_event_name"));
    EXPECT_TRUE(refused->problems[0].reason.contains(QStringLiteral("--visit")));

    m.visit = QStringLiteral("baseline");
    auto r =
        RedcapDataImport(db()).run(m_coordinator, data("redcap-records/classic-records.csv"), m);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    EXPECT_EQ(r->imported, 2);
    const QStringList got = assessments();
    ASSERT_EQ(got.size(), 2);
    EXPECT_TRUE(got[0].startsWith(QStringLiteral("OSL-001 baseline phq9 2025-05-31 complete")));
    // phq9_complete 0: REDCap's "incomplete" is a draft here.
    EXPECT_TRUE(got[1].startsWith(QStringLiteral("OSL-002 baseline phq9 2025-05-30 draft")));
}

TEST_F(RedcapDataImportTest, OneBadValueRefusesTheWholeFileNamingFieldAndLine)
{
    QFile in(data("redcap-records/trial-records.csv"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    // 102's baseline PHQ-9 item 3 becomes 7 (0-3 allowed); line 6.
    bytes.replace("2025-05-31 09:15,2,2,2,", "2025-05-31 09:15,2,2,7,");
    const QString before = dumpDatabase(db());
    auto r = RedcapDataImport(db()).runData(m_coordinator, bytes, QStringLiteral("bad.csv"),
                                            mappingFile());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1u) << describe(r->problems);
    EXPECT_EQ(r->problems[0].line, 6);
    EXPECT_EQ(r->problems[0].column, QStringLiteral("phq9_3"));
    EXPECT_EQ(r->imported, 0);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(RedcapDataImportTest, TheSameFormTwiceOrAgainIsRefused)
{
    auto first = RedcapDataImport(db()).run(m_coordinator, data("redcap-records/trial-records.csv"),
                                            mappingFile());
    ASSERT_TRUE(first.ok() && first->ok());
    auto again = RedcapDataImport(db()).run(m_coordinator, data("redcap-records/trial-records.csv"),
                                            mappingFile());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->problems.size(), 5u) << describe(again->problems);
    EXPECT_EQ(again->imported, 0);
}

TEST_F(RedcapDataImportTest, ATherapistReachesOnlyTheirOwnParticipants)
{
    // therapist1 treats OSL-001 only: OSL-002 is no participant they reach.
    auto r = RedcapDataImport(db()).run(m_therapist, data("redcap-records/trial-records.csv"),
                                        mappingFile(), true);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1u) << describe(r->problems);
    EXPECT_EQ(r->problems[0].line, 6);
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("OSL-002")));
    auto forbidden = RedcapDataImport(db()).run(
        m_statistician, data("redcap-records/trial-records.csv"), mappingFile());
    ASSERT_FALSE(forbidden.ok());
    EXPECT_EQ(forbidden.error().code, ErrorCode::Forbidden);
}

TEST_F(RedcapDataImportTest, AMappingFileThatIsNotOneIsNamed)
{
    const QString path = m_dir.filePath(QStringLiteral("m.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"records": {"1": "OSL-001"}, "arms": {}})");
    f.close();
    auto m = RedcapDataMapping::read(path);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.message().contains(QStringLiteral("arms"))) << str(m.message());
}

// REDCapR's longitudinal project: its dictionary makes the forms, its records are read. Its
// records are no participants of this trial and most of its events carry no date, which is
// what the first check says; mapped to the trial (two records, the final visit as w8 with its
// date_visit_4, the other events and the third record left out), the two forms of each final
// visit that have items import: completion_data and completion_project_questionnaire.
TEST_F(RedcapDataImportTest, REDCapRsLongitudinalRecordsGiveTheirExpectedResults)
{
    auto dictionary =
        RedcapDictionaryImport(db()).run(m_admin, data("redcap/redcapr-longitudinal.csv"));
    ASSERT_TRUE(dictionary.ok() && dictionary->ok());
    const QString file = data("redcap-records/redcapr-longitudinal-data.csv");
    auto check = RedcapDataImport(db()).run(m_coordinator, file, {}, true);
    ASSERT_TRUE(check.ok()) << str(check.message());
    const std::string problems = describe(check->problems);
    EXPECT_NE(problems.find("1 date: no column gives the assessments' dates: name it with "
                            "--date-field (columns that look like dates: date_enrolled, "
                            "withdraw_date, date_visit_4, discharge_date_4)"),
              std::string::npos)
        << problems;
    EXPECT_NE(problems.find("the record 100 is no participant"), std::string::npos) << problems;
    const QJsonObject proposal = QJsonDocument::fromJson(check->proposal).object();
    EXPECT_EQ(proposal.value(QStringLiteral("records")).toObject().keys(),
              (QStringList{QStringLiteral("100"), QStringLiteral("220"), QStringLiteral("304")}));
    EXPECT_EQ(proposal.value(QStringLiteral("events")).toObject().size(), 12);

    RedcapDataMapping m;
    m.records = {{QStringLiteral("100"), QStringLiteral("OSL-001")},
                 {QStringLiteral("220"), QStringLiteral("OSL-002")},
                 {QStringLiteral("304"), QStringLiteral("skip")}};
    for (const QString& event : proposal.value(QStringLiteral("events")).toObject().keys())
        m.events.insert(event, event.startsWith(QLatin1String("final_visit"))
                                   ? QStringLiteral("w8")
                                   : QStringLiteral("skip"));
    m.dateFields = {QStringLiteral("date_visit_4")};
    auto r = RedcapDataImport(db()).run(m_coordinator, file, m);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    EXPECT_EQ(r->records, 4) << str(r->assumptions.join(QLatin1Char('\n')));
    EXPECT_EQ(r->imported, 4);
    EXPECT_EQ(assessments(),
              (QStringList{QStringLiteral("OSL-001 w8 completion_data 2015-02-02 complete 0,1,1"),
                           QStringLiteral("OSL-001 w8 completion_project_questionnaire 2015-02-02 "
                                          "complete 0,1,3,1,3,1,2"),
                           QStringLiteral("OSL-002 w8 completion_data 2011-04-02 complete 0,0,1"),
                           QStringLiteral("OSL-002 w8 completion_project_questionnaire 2011-04-02 "
                                          "complete 0,0,2,1,5,1,0")}));
    EXPECT_TRUE(r->assumptions.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Rows left out as the mapping asks: 16.")));
}

TEST_F(RedcapDataImportTest, CommandLineChecksProposesAndImports)
{
    const QString file = data("redcap-records/trial-records.csv");
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const QStringList base = {QStringLiteral("import"), QStringLiteral("redcap-records"),
                              QStringLiteral("--db"),   dbPath(),
                              QStringLiteral("--user"), QStringLiteral("coordinator")};
    // --check: the proposal alone on standard output, the problems on standard error.
    const CliResult check = runCli(base + QStringList{QStringLiteral("--check"), file});
    EXPECT_EQ(check.exitCode, 1) << str(check.err);
    const QJsonObject proposal = QJsonDocument::fromJson(check.out.toUtf8()).object();
    EXPECT_TRUE(proposal.contains(QStringLiteral("records"))) << str(check.out);
    EXPECT_TRUE(check.err.contains(file + QStringLiteral(":2: redcap_event_name: the event "
                                                         "\"screening_arm_1\"")))
        << str(check.err);
    // Options: records and events as pairs, the date field.
    const QStringList options = {
        QStringLiteral("--records"),    QStringLiteral("101=OSL-001,102=OSL-002"),
        QStringLiteral("--events"),     QStringLiteral("screening_arm_1=skip,week_8_arm_1=w8"),
        QStringLiteral("--date-field"), QStringLiteral("visit_date")};
    const CliResult checked = runCli(base + options + QStringList{QStringLiteral("--check"), file});
    EXPECT_EQ(checked.exitCode, 0) << str(checked.err);
    EXPECT_TRUE(checked.err.contains(QStringLiteral("5 assessments would be imported")))
        << str(checked.err);
    const CliResult bad = runCli(
        base + QStringList{QStringLiteral("--events"), QStringLiteral("week_8_arm_1"), file});
    EXPECT_EQ(bad.exitCode, 2) << str(bad.err);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("NAME=VALUE"))) << str(bad.err);
    const CliResult run =
        runCli(base + QStringList{QStringLiteral("--mapping"),
                                  data("redcap-records/trial-mapping.json"), file});
    EXPECT_EQ(run.exitCode, 0) << str(run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported 5 of 5 REDCap forms"))) << str(run.out);
}

} // namespace
