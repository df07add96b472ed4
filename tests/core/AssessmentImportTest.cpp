#include "exchange/AssessmentImport.h"

#include "ExportTestSupport.h"
#include "TestBackend.h"
#include "access/UserRepository.h"
#include "exchange/ExportService.h"
#include "sessions/SessionRepository.h"
#include "trial/ProtocolRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <set>

using namespace td;
using namespace tdtest;

namespace {

// A trial with a second visit (w8: PHQ-9, GAD-7, BDI-II), two randomized participants and one
// therapy session, but no assessments yet.
class AssessmentImportTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        // A wide window: the fixture rates on any nearby day.
        m_w8 = addVisit(QStringLiteral("w8"), 8, 60,
                        {{QStringLiteral("phq9"), Rater::SelfReport},
                         {QStringLiteral("gad7"), Rater::SelfReport},
                         {QStringLiteral("bdi2"), Rater::SelfReport}});
        m_p1 = randomized(m_armCbt);
        m_p2 = randomized(m_armPdt, m_therapist2);
        TherapySession s;
        s.participantId = m_p1.id;
        s.date = today().addDays(-10);
        s.durationMinutes = 50;
        m_session = must(SessionRepository(db()).record(m_therapist, s), "session");
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(content) != content.size())
            throw SetupFailure("cannot write " + str(name));
        return file(name);
    }

    // A long CSV with the columns the import reads (a subset of the export's, in its order).
    static QByteArray csv(const QStringList& rows)
    {
        QByteArray out = "study_id,site,visit,session_number,instrument,date,rater,status,"
                         "missing_reason,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,"
                         "item_9,item_10\r\n";
        for (const QString& r : rows)
            out += r.toUtf8() + "\r\n";
        return out;
    }

    QString phq9(const Participant& p, const QString& items, const QString& visit = {}) const
    {
        return QStringLiteral("%1,OSL,%2,,phq9,%3,coordinator,complete,,%4")
            .arg(p.studyId, visit.isEmpty() ? QStringLiteral("baseline") : visit,
                 today().addDays(-2).toString(Qt::ISODate), items);
    }

    Assessment assessment(const Participant& p, std::optional<qint64> visit, const char* instrument,
                          const QStringList& items)
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = visit;
        a.instrumentId = QString::fromLatin1(instrument);
        a.date = today().addDays(-3);
        a.items = items;
        return a;
    }

    Result<ImportReport> import(const Actor& a, const QString& path, Database* into = nullptr)
    {
        return AssessmentImport(into ? *into : db()).run(a, path);
    }

    // Refused: nothing changed, and the one (first) problem is at `line`, `column`.
    ImportReport refused(const Actor& a, const QByteArray& content, qint64 line,
                         const QString& column)
    {
        const QString before = dumpDatabase(db());
        auto r = import(a, write(QStringLiteral("refused.csv"), content));
        EXPECT_TRUE(r.ok()) << str(r.message());
        if (!r.ok())
            return {};
        EXPECT_FALSE(r->ok());
        EXPECT_EQ(r->imported, 0);
        EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
        EXPECT_FALSE(r->problems.empty());
        if (!r->problems.empty()) {
            EXPECT_EQ(r->problems.front().line, line) << str(r->problems.front().reason);
            EXPECT_EQ(r->problems.front().column, column) << str(r->problems.front().reason);
        }
        return *r;
    }

    // Every assessment with its score, by names rather than ids, in a stable order.
    static QStringList assessments(Database& d)
    {
        QSqlQuery q(d.connection());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT p.study_id, tp.code, ts.session_number, a.instrument_id, a.assessment_date, "
            "u.username, a.item_values, a.status, a.missing_reason, a.removed, s.total, s.band, "
            "s.complete, s.prorated, s.flags, s.subscales, s.engine_version FROM assessment a "
            "JOIN participant p ON p.id = a.participant_id LEFT JOIN time_point tp ON tp.id = "
            "a.time_point_id LEFT JOIN therapy_session ts ON ts.id = a.session_id JOIN users u ON "
            "u.id = a.rater_id LEFT JOIN assessment_score s ON s.assessment_id = a.id ORDER BY "
            "p.study_id, a.instrument_id, tp.code, ts.session_number")));
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 17; ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    static QStringList alerts(Database& d)
    {
        QSqlQuery q(d.connection());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT p.study_id, a.kind, a.detail FROM alert a JOIN participant p ON p.id = "
            "a.participant_id ORDER BY p.study_id, a.kind, a.detail")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' +
                       q.value(2).toString();
        return out;
    }

    qint64 m_w8 = 0;
    Participant m_p1;
    Participant m_p2;
    TherapySession m_session;
};

TEST_F(AssessmentImportTest, LongCsvExportImportsIntoAFreshTrialAsIdenticalAssessments)
{
    // The fresh trial: the same protocol, users, participants and sessions, no assessments.
    if (tdtest::onServer())
        GTEST_SKIP() << "the fresh trial is a copy made by SQLite's VACUUM INTO";
    const QString freshPath = file(QStringLiteral("fresh.sqlite"));
    ASSERT_EQ(sqlExec(db(), QStringLiteral("VACUUM INTO '%1'").arg(freshPath)), QString());

    AssessmentRepository repo(db());
    const QStringList phq = {QStringLiteral("1"), QStringLiteral("NA"), QStringLiteral("3"),
                             QStringLiteral("0"), QStringLiteral("1"),  QStringLiteral("2"),
                             QStringLiteral("3"), QStringLiteral("0"),  QStringLiteral("0"),
                             QStringLiteral("1")};
    must(repo.save(m_coordinator, assessment(m_p1, m_baseline, "phq9", phq)), "phq9 prorated");
    QStringList hrsd;
    for (int i = 0; i < 17; ++i)
        hrsd << QString::number(i % 3);
    must(repo.save(m_assessor, assessment(m_p1, m_baseline, "hrsd17", hrsd)), "hrsd17");
    QStringList bdi;
    for (int i = 0; i < 21; ++i)
        bdi << (i == 15   ? QStringLiteral("2a")
                : i == 17 ? QStringLiteral("1b")
                          : QString::number(i % 2));
    must(repo.save(m_coordinator, assessment(m_p1, m_w8, "bdi2", bdi)), "bdi2 with letters");
    Assessment draft = assessment(m_p1, m_w8, "gad7",
                                  {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"),
                                   QStringLiteral("NA"), QStringLiteral("0"), QStringLiteral("1"),
                                   QStringLiteral("1")});
    draft.status = AssessmentStatus::Draft;
    must(repo.save(m_coordinator, draft), "gad7 draft");
    Assessment session = assessment(m_p1, std::nullopt, "phq9", phq);
    session.sessionId = m_session.id;
    session.items[8] = QStringLiteral("1"); // a suicidality answer: an alert
    must(repo.save(m_therapist, session), "session measure");
    Assessment missing =
        assessment(m_p2, m_baseline, "phq9", QStringList(10, QStringLiteral("NA")));
    missing.missingReason = QStringLiteral("Declined: \"too tired\", left early\næøå");
    must(repo.save(m_coordinator, missing), "all missing");
    must(repo.save(m_coordinator,
                   assessment(m_p2, m_w8, "phq9",
                              {QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"),
                               QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"),
                               QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("0"),
                               QStringLiteral("NA")})),
         "phq9 without the optional item 10");

    const QString exported = file(QStringLiteral("long.csv"));
    auto e = ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"csv-long"), exported);
    ASSERT_TRUE(e.ok()) << str(e.message());
    ASSERT_EQ(e->rows, 7);

    auto fresh = openWithClock(freshPath, m_clock);
    ASSERT_TRUE(fresh.ok()) << str(fresh.message());
    ASSERT_TRUE(assessments(**fresh).isEmpty());
    const qint64 auditBefore = lastAuditId(**fresh);
    auto r = import(m_coordinator, exported, fresh->get());
    ASSERT_TRUE(r.ok()) << str(r.message());
    for (const ImportProblem& p : r->problems)
        ADD_FAILURE() << p.line << ": " << str(p.column) << ": " << str(p.reason);
    EXPECT_EQ(r->file, QStringLiteral("long.csv"));
    EXPECT_EQ(r->records, 7);
    EXPECT_EQ(r->imported, 7);

    const QStringList original = assessments(db());
    ASSERT_EQ(original.size(), 7);
    EXPECT_EQ(assessments(**fresh), original);
    EXPECT_EQ(alerts(**fresh), alerts(db()));
    EXPECT_FALSE(alerts(db()).isEmpty());

    // One audit row per assessment holding its values and naming the file and line, and one
    // for the import.
    const auto rows = auditRows(**fresh, auditBefore);
    std::set<qint64> imported;
    int instruments = 0;
    for (const AuditRow& row : rows) {
        EXPECT_EQ(row.username, QStringLiteral("coordinator"));
        if (row.entity == QStringLiteral("assessment")) {
            imported.insert(row.id);
            EXPECT_EQ(row.action, QStringLiteral("created"));
            EXPECT_TRUE(row.reason.startsWith(QStringLiteral("imported from long.csv:")))
                << str(row.reason);
            if (row.field == QStringLiteral("instrument_id"))
                ++instruments;
        }
    }
    EXPECT_EQ(imported.size(), 7u);
    EXPECT_EQ(instruments, 7);
    ASSERT_FALSE(rows.empty());
    // The ODM export names each imported form's rater in its audit record, as for a keyed one
    // (the importer is in the trail; an ODM import reads the record as the rater).
    {
        const QString odm = file(QStringLiteral("fresh.xml"));
        auto statistician = UserRepository(**fresh).login(
            QStringLiteral("statistician"), passwordOf(QStringLiteral("statistician")));
        ASSERT_TRUE(statistician.ok()) << str(statistician.message());
        ASSERT_TRUE(
            ExportService(**fresh).exportTo(*statistician, *ExportFormats::find(u"odm"), odm).ok());
        QFile xml(odm);
        ASSERT_TRUE(xml.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(xml.readAll());
        const qsizetype hrsdForm =
            text.indexOf(QStringLiteral("<FormData FormOID=\"F.HRSD17\""), 0, Qt::CaseInsensitive);
        ASSERT_GE(hrsdForm, 0) << str(text.left(3000));
        const qsizetype user = text.indexOf(QStringLiteral("UserOID=\""), hrsdForm);
        ASSERT_GE(user, 0);
        EXPECT_TRUE(text.mid(user, 40).contains(QStringLiteral("assessor")))
            << str(text.mid(hrsdForm, 400));
    }
    EXPECT_EQ(rows.back().action, QStringLiteral("imported"));
    EXPECT_TRUE(rows.back().newValue.toString().startsWith(
        QStringLiteral("assessments; 7 rows; long.csv; sha256 ")));

    // The same file again: every row is already there, and nothing is written.
    const QString before = dumpDatabase(**fresh);
    auto again = import(m_coordinator, exported, fresh->get());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->problems.size(), 7u);
    EXPECT_TRUE(sameDump(before, dumpDatabase(**fresh)));
}

TEST_F(AssessmentImportTest, ProgressIsReportedAndACancelWritesNothing)
{
    const QString path =
        write(QStringLiteral("progress.csv"),
              csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                   phq9(m_p2, QStringLiteral("2,2,2,2,2,2,2,2,0,2")),
                   phq9(m_p1, QStringLiteral("0,0,0,0,0,0,0,0,0,0"), QStringLiteral("w8"))}));
    // Cancelled while writing: an error saying so, and the trial as it was.
    const QString before = dumpDatabase(db());
    std::vector<int> seen;
    auto cancelled = AssessmentImport(db()).run(m_coordinator, path, [&](int percent) {
        seen.push_back(percent);
        return percent < 50;
    });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.message().contains(QStringLiteral("cancelled; nothing was written")))
        << str(cancelled.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back(), 50);

    // Run through: every step goes up, from validating (below 50) to the end (100).
    seen.clear();
    auto done = AssessmentImport(db()).run(m_coordinator, path, [&](int percent) {
        seen.push_back(percent);
        return true;
    });
    ASSERT_TRUE(done.ok()) << str(done.message());
    EXPECT_EQ(done->imported, 3);
    ASSERT_GE(seen.size(), 3u);
    EXPECT_LT(seen.front(), 50);
    EXPECT_EQ(seen.back(), 100);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()); // once a percent
}

TEST_F(AssessmentImportTest, UnknownParticipantIsRefused)
{
    const ImportReport r =
        refused(m_coordinator,
                csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                     QStringLiteral("OSL-999,,baseline,,phq9,2025-05-01,,,,1,1,1,1,1,1,1,1,0,1")}),
                3, QStringLiteral("study_id"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("OSL-999")));
}

TEST_F(AssessmentImportTest, UnknownVisitIsRefused)
{
    const ImportReport r =
        refused(m_coordinator,
                csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"), QStringLiteral("w99"))}), 2,
                QStringLiteral("visit"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("baseline, w8")))
        << str(r.problems.front().reason);
}

TEST_F(AssessmentImportTest, UnknownInstrumentIsRefused)
{
    const ImportReport r = refused(
        m_coordinator,
        csv({QStringLiteral("%1,OSL,baseline,,phq10,2025-05-01,,,,1,,,,,,,,,").arg(m_p1.studyId)}),
        2, QStringLiteral("instrument"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("phq10")));
}

TEST_F(AssessmentImportTest, BadItemValuesAreRefusedWithTheAllowedValues)
{
    const ImportReport r =
        refused(m_coordinator, csv({phq9(m_p1, QStringLiteral("1,1,7,1,x,1,1,1,0,1"))}), 2,
                QStringLiteral("item_3"));
    ASSERT_EQ(r.problems.size(), 2u);
    // The scoring engine's own message, naming the item and what is allowed.
    EXPECT_EQ(r.problems[0].reason,
              QStringLiteral("Item 3 of PHQ-9 has the value \"7\": out of range. Allowed: 0 to "
                             "3, or NA for missing."));
    EXPECT_EQ(r.problems[1].column, QStringLiteral("item_5"));
    EXPECT_TRUE(r.problems[1].reason.contains(QStringLiteral("not a whole number")));
}

TEST_F(AssessmentImportTest, AValueBeyondTheInstrumentsItemsIsRefused)
{
    refused(
        m_coordinator,
        csv({QStringLiteral("%1,OSL,w8,,gad7,2025-05-01,,,,1,1,1,1,1,1,1,2,,").arg(m_p1.studyId)}),
        2, QStringLiteral("item_8"));
}

TEST_F(AssessmentImportTest, DuplicateRowsInTheFileAreRefused)
{
    const ImportReport r = refused(m_coordinator,
                                   csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                                        phq9(m_p2, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                                        phq9(m_p1, QStringLiteral("2,2,2,2,2,2,2,2,0,2"))}),
                                   4, QStringLiteral("visit"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("line 2")));
}

TEST_F(AssessmentImportTest, ARowAlreadyInTheDatabaseIsRefused)
{
    must(AssessmentRepository(db()).save(
             m_coordinator,
             assessment(m_p1, m_baseline, "phq9", QStringList(9, QStringLiteral("1")))),
         "existing");
    const ImportReport r = refused(m_coordinator,
                                   csv({phq9(m_p2, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                                        phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))}),
                                   3, QStringLiteral("visit"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("already recorded")));
}

TEST_F(AssessmentImportTest, MissingRequiredColumnsAreRefused)
{
    const ImportReport r = refused(m_coordinator,
                                   QByteArray("study_id,visit,date,item_1\r\n") +
                                       m_p1.studyId.toUtf8() + ",baseline,2025-05-01,1\r\n",
                                   1, QStringLiteral("instrument"));
    EXPECT_EQ(r.problems.size(), 1u);
}

TEST_F(AssessmentImportTest, BrokenQuotingIsRefusedAtTheLineWhereTheFieldBegan)
{
    QByteArray content = csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))});
    content += m_p2.studyId.toUtf8() + ",OSL,baseline,,phq9,2025-05-01,,,\"never closed\r\n";
    content += phq9(m_p2, QStringLiteral("1,1,1,1,1,1,1,1,0,1"), QStringLiteral("w8")).toUtf8();
    const ImportReport r = refused(m_coordinator, content, 3, QString());
    EXPECT_TRUE(r.problems.front().reason.startsWith(QStringLiteral("broken quoting")));
}

TEST_F(AssessmentImportTest, TextThatIsNotUtf8IsRefused)
{
    QByteArray content = csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))});
    content += m_p2.studyId.toUtf8() + ",OSL,baseline,,phq9,2025-05-01,,,Sl\xF8v,NA,NA,NA,NA,NA,NA,"
                                       "NA,NA,NA,NA\r\n";
    const ImportReport r = refused(m_coordinator, content, 3, QString());
    EXPECT_EQ(r.problems.front().reason,
              QStringLiteral("the file is not UTF-8 text; save it as UTF-8"));
}

TEST_F(AssessmentImportTest, RaggedRowsAreRefused)
{
    QByteArray content = csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))});
    content += m_p2.studyId.toUtf8() + ",OSL,baseline,,phq9\r\n";
    const ImportReport r = refused(m_coordinator, content, 3, QString());
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("expected 19")))
        << str(r.problems.front().reason);
}

TEST_F(AssessmentImportTest, EveryProblemOfTheFileIsReportedInLineOrder)
{
    QByteArray content =
        csv({QStringLiteral("OSL-999,,baseline,,phq9,2025-05-01,,,,1,1,1,1,1,1,1,1,0,1"),
             phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,9")),
             QStringLiteral("%1,OSL,baseline,,phq9,2025-13-01,nobody,done,,1,1,1,1,1,1,1,1,0,1")
                 .arg(m_p2.studyId),
             QStringLiteral("%1,BRG,w8,,phq9,%2,,,,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA")
                 .arg(m_p2.studyId, today().toString(Qt::ISODate))});
    content += "x,y\r\n";
    const ImportReport r = refused(m_coordinator, content, 2, QStringLiteral("study_id"));
    QStringList where;
    for (const ImportProblem& p : r.problems)
        where << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    EXPECT_EQ(where, QStringList({QStringLiteral("2:study_id"), QStringLiteral("3:item_10"),
                                  QStringLiteral("4:date"), QStringLiteral("4:status"),
                                  QStringLiteral("4:rater"), QStringLiteral("5:site"),
                                  QStringLiteral("5:missing_reason"), QStringLiteral("6:")}))
        << str(where.join(QLatin1Char(' ')));
}

TEST_F(AssessmentImportTest, AFutureDateIsRefusedByTheRepositorysRule)
{
    const ImportReport r =
        refused(m_coordinator,
                csv({QStringLiteral("%1,OSL,baseline,,phq9,%2,,,,1,1,1,1,1,1,1,1,0,1")
                         .arg(m_p1.studyId, today().addDays(1).toString(Qt::ISODate))}),
                2, QStringLiteral("date"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("no later than today")));
}

TEST_F(AssessmentImportTest, OnlyThoseWhoMayEnterAssessmentsImport)
{
    const QString path =
        write(QStringLiteral("ok.csv"), csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))}));
    const QString before = dumpDatabase(db());
    for (const Actor* a : {&m_statistician, &m_admin}) {
        auto r = import(*a, path);
        ASSERT_FALSE(r.ok()) << str(a->username);
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AssessmentImportTest, ATherapistReachesOnlyTheirOwnParticipants)
{
    refused(m_therapist,
            csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                 phq9(m_p2, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))}),
            3, QStringLiteral("study_id"));
    auto ok = import(m_therapist, write(QStringLiteral("own.csv"),
                                        csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))})));
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(ok->ok());
    EXPECT_EQ(ok->imported, 1);
}

TEST_F(AssessmentImportTest, ABlindedAssessorCannotImportSessionMeasures)
{
    const QString row = QStringLiteral("%1,OSL,,1,phq9,%2,,complete,,1,1,1,1,1,1,1,1,0,1")
                            .arg(m_p1.studyId, today().toString(Qt::ISODate));
    const ImportReport r = refused(m_assessor, csv({row}), 2, QStringLiteral("session_number"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("see arms")));
    // The coordinator may: the session is found by its number.
    auto ok = import(m_coordinator, write(QStringLiteral("s.csv"), csv({row})));
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(ok->ok()) << (ok->problems.empty() ? std::string() : str(ok->problems[0].reason));
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM assessment WHERE session_id = %1")
                                 .arg(m_session.id)),
              1);
    // Visit rows are fine for the assessor; an empty rater is the importing user.
    auto visit =
        import(m_assessor, write(QStringLiteral("v.csv"),
                                 csv({QStringLiteral("%1,,baseline,,phq9,%2,,,,1,1,1,1,"
                                                     "1,1,1,1,0,")
                                          .arg(m_p2.studyId, today().toString(Qt::ISODate))})));
    ASSERT_TRUE(visit.ok());
    EXPECT_TRUE(visit->ok());
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT rater_id FROM assessment WHERE participant_id "
                                            "= %1")
                                 .arg(m_p2.id)),
              m_assessor.userId);
}

TEST_F(AssessmentImportTest, AnEmptyFileAndAMissingFileAreRefused)
{
    refused(m_coordinator, QByteArray(), 1, QString());
    auto missing = import(m_coordinator, file(QStringLiteral("nope.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

// Sets the chosen language's locale for one test, as the window does.
struct LocaleGuard
{
    explicit LocaleGuard(const QLocale& l) { QLocale::setDefault(l); }
    ~LocaleGuard() { QLocale::setDefault(before); }
    QLocale before;
};

const QLocale norwegian(QLocale::NorwegianBokmal, QLocale::Norway);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// What Excel writes in Norwegian: a byte order mark, semicolons, dates as 21.11.2026, CRLF.
QByteArray excelNorwegian(const QStringList& rows)
{
    QByteArray out = "\xEF\xBB\xBFstudy_id;site;visit;instrument;date;rater;total;item_1;item_2;"
                     "item_3;item_4;item_5;item_6;item_7;item_8;item_9\r\n";
    for (const QString& r : rows)
        out += r.toUtf8() + "\r\n";
    return out;
}

TEST_F(AssessmentImportTest, ANorwegianExcelCsvImports)
{
    const LocaleGuard language(norwegian);
    const QString date = today().addDays(-2).toString(QStringLiteral("dd.MM.yyyy"));
    const QString path = write(
        QStringLiteral("excel.csv"),
        excelNorwegian({QStringLiteral("%1;OSL;baseline;phq9;%2;coordinator;8,5;1;1;1;1;1;1;1;1;0")
                            .arg(m_p1.studyId, date),
                        QStringLiteral("%1;OSL;w8;phq9;%2;;;2;2;2;2;2;2;2;2;0")
                            .arg(m_p2.studyId, today().toString(Qt::ISODate))}));
    auto r = import(m_coordinator, path);
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << str(r->problems.front().reason);
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(r->assumptions,
              QStringList({QStringLiteral("Columns are separated by semicolons."),
                           QStringLiteral("Dates are read as YYYY-MM-DD or as DD.MM.YYYY, the way "
                                          "norsk bokmål writes them.")}));
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                            "assessment_date = '%1'")
                                 .arg(today().addDays(-2).toString(Qt::ISODate))),
              1);
}

TEST_F(AssessmentImportTest, DecimalCommasAreReadAsDecimalPointsAndSaidSo)
{
    const LocaleGuard language(norwegian);
    // Items are whole numbers: 2,5 is read as 2.5, which the engine refuses by name.
    const ImportReport r = refused(
        m_coordinator,
        excelNorwegian({QStringLiteral("%1;OSL;baseline;phq9;%2;;;1;2,5;1;1;1;1;1;1;0")
                            .arg(m_p1.studyId, today().toString(QStringLiteral("dd.MM.yyyy")))}),
        2, QStringLiteral("item_2"));
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("\"2.5\": not a whole number")))
        << str(r.problems.front().reason);
    EXPECT_TRUE(r.assumptions.contains(
        QStringLiteral("Decimal commas are read as decimal points (2,5 is 2.5).")));
}

TEST_F(AssessmentImportTest, DatesAreReadAsTheChosenLanguageWritesThem)
{
    const LocaleGuard language(english);
    const QString dotted = today().toString(QStringLiteral("dd.MM.yyyy"));
    const ImportReport r =
        refused(m_coordinator,
                csv({QStringLiteral("%1,OSL,baseline,,phq9,%2,,,,1,1,1,1,1,1,1,1,0,1")
                         .arg(m_p1.studyId, dotted)}),
                2, QStringLiteral("date"));
    EXPECT_EQ(r.problems.front().reason,
              QStringLiteral("\"%1\" is not a date; write it as YYYY-MM-DD or as DD/MM/YYYY")
                  .arg(dotted));
    auto ok = import(
        m_coordinator,
        write(QStringLiteral("en.csv"),
              csv({QStringLiteral("%1,OSL,baseline,,phq9,%2,,,,1,1,1,1,1,1,1,1,0,1")
                       .arg(m_p1.studyId, today().toString(QStringLiteral("dd/MM/yyyy")))})));
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(ok->ok());
    EXPECT_EQ(ok->assumptions,
              QStringList(QStringLiteral("Dates are read as YYYY-MM-DD or as DD/MM/YYYY, the way "
                                         "British English writes them.")));
    // A two-digit year is never guessed.
    refused(m_coordinator,
            csv({QStringLiteral("%1,OSL,w8,,phq9,%2,,,,1,1,1,1,1,1,1,1,0,1")
                     .arg(m_p1.studyId, today().toString(QStringLiteral("dd/MM/yy")))}),
            2, QStringLiteral("date"));
}

TEST_F(AssessmentImportTest, TabsSeparateColumnsToo)
{
    QString text = QString::fromUtf8(csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))}));
    text.replace(u',', u'\t');
    auto r = import(m_coordinator, write(QStringLiteral("tabs.tsv"), text.toUtf8()));
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << str(r->problems.front().reason);
    EXPECT_EQ(r->imported, 1);
    EXPECT_EQ(r->assumptions, QStringList(QStringLiteral("Columns are separated by tabs.")));
}

TEST_F(AssessmentImportTest, AHeaderOfOneColumnSaysHowColumnsAreSeparated)
{
    const ImportReport r =
        refused(m_coordinator, QByteArray("study_id|visit|instrument|date|item_1\r\nx|y|z|w|1\r\n"),
                1, QString());
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("commas, semicolons or tabs")))
        << str(r.problems.front().reason);
}

TEST_F(AssessmentImportTest, AFileWithAHeaderAndNoRowsIsRefused)
{
    const ImportReport r = refused(m_coordinator, csv({}), 2, QString());
    EXPECT_TRUE(r.problems.front().reason.contains(QStringLiteral("no rows")))
        << str(r.problems.front().reason);
}

TEST_F(AssessmentImportTest, AThousandProblemsAreListedAndTheRestCounted)
{
    QStringList rows;
    for (int i = 0; i < 1500; ++i)
        rows << QStringLiteral("OSL-9%1,,baseline,,phq9,2025-05-01,,,,1,1,1,1,1,1,1,1,0,1").arg(i);
    QByteArray content = csv(rows);
    content += "a,b\r\n"; // a ragged row at the end, found by the reader: counted as well
    const ImportReport r = refused(m_coordinator, content, 2, QStringLiteral("study_id"));
    EXPECT_EQ(r.problems.size(), ImportReport::maxProblems);
    EXPECT_EQ(r.problems.back().line, 1001);
    EXPECT_EQ(r.unlisted, 501);
    EXPECT_EQ(r.problemCount(), 1501);
}

TEST_F(AssessmentImportTest, CommandLineImportsAndReportsProblemsAsFileLineColumn)
{
    const QString good =
        write(QStringLiteral("good.csv"), csv({phq9(m_p1, QStringLiteral("1,1,1,1,1,1,1,1,0,1"))}));
    const QString bad =
        write(QStringLiteral("bad.csv"),
              csv({phq9(m_p2, QStringLiteral("1,1,1,1,1,1,1,1,0,1")),
                   phq9(m_p1, QStringLiteral("1,1,5,1,1,1,1,1,0,1"), QStringLiteral("w8"))}));
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const QStringList base = {QStringLiteral("import"), QStringLiteral("assessments"),
                              QStringLiteral("--db"),   dbPath(),
                              QStringLiteral("--user"), QStringLiteral("coordinator")};
    const CliResult refusedRun = runCli(base + QStringList{bad});
    EXPECT_EQ(refusedRun.exitCode, 1) << str(refusedRun.err);
    EXPECT_TRUE(refusedRun.err.contains(bad + QStringLiteral(":3: item_3: Item 3 of PHQ-9")))
        << str(refusedRun.err);
    const CliResult ok = runCli(base + QStringList{good});
    EXPECT_EQ(ok.exitCode, 0) << str(ok.err);
    EXPECT_TRUE(ok.out.contains(QStringLiteral("1"))) << str(ok.out);
    const CliResult usage = runCli({QStringLiteral("import"), QStringLiteral("assessments"),
                                    QStringLiteral("--db"), dbPath(), good});
    EXPECT_EQ(usage.exitCode, 2);
    const CliResult kind =
        runCli({QStringLiteral("import"), QStringLiteral("spreadsheet"), QStringLiteral("--db"),
                dbPath(), QStringLiteral("--user"), QStringLiteral("coordinator"), good});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("redcap-dictionary"))) << str(kind.err);
    // A CSV given as ODM is refused at its first line, and nothing changes.
    const CliResult odm =
        runCli({QStringLiteral("import"), QStringLiteral("odm"), QStringLiteral("--db"), dbPath(),
                QStringLiteral("--user"), QStringLiteral("coordinator"), good});
    EXPECT_EQ(odm.exitCode, 1) << str(odm.err);
    EXPECT_TRUE(odm.err.contains(good + QStringLiteral(":1"))) << str(odm.err);
    EXPECT_TRUE(odm.err.contains(QStringLiteral("Nothing was imported"))) << str(odm.err);
    // Norwegian Excel: dates as 21.11.2026 with --language nb, and said so.
    const QString excel = write(
        QStringLiteral("excel.csv"),
        excelNorwegian({QStringLiteral("%1;OSL;baseline;phq9;%2;;;1;1;1;1;1;1;1;1;0")
                            .arg(m_p2.studyId, today().toString(QStringLiteral("dd.MM.yyyy")))}));
    const CliResult inEnglish = runCli(base + QStringList{excel});
    EXPECT_EQ(inEnglish.exitCode, 1) << str(inEnglish.err);
    EXPECT_TRUE(inEnglish.err.contains(QStringLiteral("Columns are separated by semicolons.")))
        << str(inEnglish.err);
    EXPECT_TRUE(inEnglish.err.contains(QStringLiteral("or as DD/MM/YYYY"))) << str(inEnglish.err);
    const CliResult language =
        runCli(base + QStringList{QStringLiteral("--language"), QStringLiteral("de"), excel});
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_TRUE(language.err.contains(QStringLiteral("allowed: en, nb"))) << str(language.err);
    const CliResult inNorwegian =
        runCli(base + QStringList{QStringLiteral("--language"), QStringLiteral("nb"), excel});
    EXPECT_EQ(inNorwegian.exitCode, 0) << str(inNorwegian.err);
    EXPECT_TRUE(inNorwegian.out.contains(QStringLiteral("as DD.MM.YYYY"))) << str(inNorwegian.out);
    EXPECT_TRUE(inNorwegian.out.contains(QStringLiteral("Imported 1 of 1")))
        << str(inNorwegian.out);
    // Many problems: the first 1,000 are listed, then a count of the rest.
    QStringList many;
    for (int i = 0; i < 1200; ++i)
        many << QStringLiteral("OSL-9%1,,baseline,,phq9,2025-05-01,,,,1,1,1,1,1,1,1,1,0,1").arg(i);
    const QString manyPath = write(QStringLiteral("many.csv"), csv(many));
    const CliResult lots = runCli(base + QStringList{manyPath});
    EXPECT_EQ(lots.exitCode, 1);
    EXPECT_EQ(lots.err.count(QStringLiteral("unknown participant")), 1000);
    EXPECT_TRUE(lots.err.contains(QStringLiteral("... and 200 more problems, not listed.")))
        << str(lots.err.right(300));
    EXPECT_TRUE(lots.err.contains(QStringLiteral("problems found: 1200.")))
        << str(lots.err.right(300));
    qunsetenv("TRIALDESK_PASSWORD");

    auto reopened = openWithClock(dbPath(), m_clock);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(sqlCount(**reopened, QStringLiteral("SELECT COUNT(*) FROM assessment")), 2);
}

} // namespace
