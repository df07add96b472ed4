// Entering what happened at visits and sessions: entry outside a visit's window needs a
// confirmed reason (and is flagged in exports), a missed visit is recorded with its reason,
// the protocol's rater rule holds for the CSV import too, and a session is given by the
// participant's therapist while the person keying it is the recorder.

#include "ExportTestSupport.h"
#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "exchange/ExportService.h"
#include "exchange/ImportService.h"
#include "sessions/SessionRepository.h"
#include "trial/ProtocolRepository.h"
#include "visits/VisitTimeline.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class VisitEntryTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_w8 = addVisit(QStringLiteral("w8"), 8, 7,
                        {{QStringLiteral("phq9"), Rater::SelfReport},
                         {QStringLiteral("hrsd17"), Rater::BlindedClinician}});
    }
    Assessment phq9At(qint64 participant, qint64 visit, const QDate& date)
    {
        Assessment a;
        a.participantId = participant;
        a.timePointId = visit;
        a.instrumentId = QStringLiteral("phq9");
        a.date = date;
        a.items = QStringList(9, QStringLiteral("1"));
        return a;
    }
    qint64 m_w8 = 0;
};

TEST_F(VisitEntryTest, EntryOutsideTheWindowNeedsAConfirmedReasonAndIsFlagged)
{
    // Randomized 30 days ago: the week-8 window (day 49 to 63) has not opened.
    const Participant p = randomized(m_armCbt);
    AssessmentRepository repo(db());
    const QString before = dumpDatabase(db());
    auto early = repo.save(m_coordinator, phq9At(p.id, m_w8, today()));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::Conflict);
    EXPECT_EQ(early.error().field, QStringLiteral("out_of_window"));
    EXPECT_TRUE(early.message().contains(QStringLiteral("w8"))) << str(early.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    Assessment confirmed = phq9At(p.id, m_w8, today());
    confirmed.outOfWindowReason = QStringLiteral("Moving abroad next week");
    const Assessment saved = must(repo.save(m_coordinator, confirmed), "confirmed");
    EXPECT_EQ(must(repo.get(m_coordinator, saved.id), "get").outOfWindowReason,
              QStringLiteral("Moving abroad next week"));

    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("long.csv"));
    must(ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"csv-long"), file),
         "export");
    const auto csv = parseCsv(readText(file));
    ASSERT_EQ(csv.size(), 2u);
    EXPECT_EQ(cell(csv, 1, QStringLiteral("out_of_window")),
              QStringLiteral("Moving abroad next week"));
}

TEST_F(VisitEntryTest, AMissedVisitIsRecordedWithItsReasonByWhoeverKnows)
{
    // Not before the window opens.
    const Participant early = randomized(m_armCbt);
    auto tooEarly = AssessmentRepository(db()).recordMissedVisit(
        m_coordinator, early.id, m_w8, today(), QStringLiteral("Will be away"));
    ASSERT_FALSE(tooEarly.ok());
    EXPECT_EQ(tooEarly.error().field, QStringLiteral("visit"));

    const Participant p = randomized(m_armCbt, m_therapist, 70);
    AssessmentRepository repo(db());
    auto noReason = repo.recordMissedVisit(m_coordinator, p.id, m_w8, today(), QStringLiteral(" "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("missing_reason"));
    // The coordinator may record that the blinded rating is missing: that is no rating.
    const auto records = must(repo.recordMissedVisit(m_coordinator, p.id, m_w8, today(),
                                                     QStringLiteral("Admitted to hospital")),
                              "missed");
    ASSERT_EQ(records.size(), 2u);
    for (const Assessment& a : records) {
        EXPECT_TRUE(VisitTimeline::hasNoData(a));
        EXPECT_EQ(a.missingReason, QStringLiteral("Admitted to hospital"));
    }
    const auto visits = must(VisitTimeline::forParticipant(db(), m_coordinator, p.id), "visits");
    EXPECT_EQ(visits.back().state, VisitState::Missed);
    auto again = repo.recordMissedVisit(m_coordinator, p.id, m_w8, today(), QStringLiteral("x"));
    ASSERT_FALSE(again.ok());
}

TEST_F(VisitEntryTest, TheCsvImportHoldsTheRaterRuleForEachRow)
{
    const Participant p = randomized(m_armCbt);
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("in.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QString header = QStringLiteral("study_id,visit,instrument,date,rater");
    for (int i = 1; i <= 17; ++i)
        header += QStringLiteral(",item_%1").arg(i);
    QString row = QStringLiteral("%1,baseline,hrsd17,%2,coordinator")
                      .arg(p.studyId, today().toString(Qt::ISODate));
    for (int i = 1; i <= 17; ++i)
        row += QStringLiteral(",1");
    f.write((header + QStringLiteral("\n") + row + QStringLiteral("\n")).toUtf8());
    f.close();
    const QString before = dumpDatabase(db());
    auto report = ImportService(db()).run(m_coordinator, ImportKind::Assessments, file);
    ASSERT_TRUE(report.ok()) << str(report.message());
    ASSERT_FALSE(report->problems.empty());
    EXPECT_TRUE(report->problems.front().reason.contains(QStringLiteral("blinded assessor")))
        << str(report->problems.front().reason);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(VisitEntryTest, ASessionIsGivenByTheTherapistAndKeyedByTheRecorder)
{
    const Participant p = randomized(m_armCbt);
    SessionRepository sessions(db());
    TherapySession s;
    s.participantId = p.id;
    s.date = today();
    s.durationMinutes = 50;
    const TherapySession saved = must(sessions.record(m_coordinator, s), "session");
    EXPECT_EQ(saved.therapistId, m_therapist.userId);
    EXPECT_EQ(saved.recorderId, m_coordinator.userId);
    const auto stored = must(sessions.forParticipant(m_coordinator, p.id), "sessions");
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].therapistId, m_therapist.userId);
    EXPECT_EQ(stored[0].recorderId, m_coordinator.userId);

    s.therapistId = m_coordinator.userId; // not a therapist
    auto wrong = sessions.record(m_coordinator, s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, QStringLiteral("therapist"));
    s.therapistId = m_therapist2.userId; // a therapist standing in, the day before
    s.date = today().addDays(-1);
    EXPECT_TRUE(sessions.record(m_coordinator, s).ok());
}

} // namespace
