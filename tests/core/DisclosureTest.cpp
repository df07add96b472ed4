// The blinding policy (Disclosure) and the read paths that ask it: statuses that follow the
// treatment schedule, unblinded staff names, emergency unblinding for one reader, the blinded
// data sets of every format, and who sees outcomes compared between arms.

#include "access/Disclosure.h"

#include "ExportTestSupport.h"
#include "exchange/ExportService.h"
#include "participants/ParticipantRepository.h"
#include "randomization/EmergencyUnblinding.h"
#include "reporting/Dashboard.h"
#include "reporting/ReportAccess.h"
#include "sessions/SessionRepository.h"
#include "worklists/Worklist.h"

#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

TEST(DisclosurePolicy, BlindedReadersGetNoArmSessionsPhasesOrUnblindedNames)
{
    const Disclosure blind = Disclosure::of({1, QStringLiteral("a"), Role::BlindedAssessor});
    EXPECT_FALSE(blind.arms());
    EXPECT_FALSE(blind.therapists());
    EXPECT_FALSE(blind.sessions());
    EXPECT_FALSE(blind.treatmentPhases());
    EXPECT_TRUE(blind.names(QStringLiteral("blinded_assessor")));
    for (const char* role : {"therapist", "coordinator", "principal_investigator", "statistician"})
        EXPECT_FALSE(blind.names(QString::fromLatin1(role))) << role;
    EXPECT_FALSE(blind.note(false));
    EXPECT_TRUE(blind.note(true));
    EXPECT_EQ(blind.status(ParticipantStatus::InTreatment), ParticipantStatus::Randomized);
    EXPECT_EQ(blind.status(ParticipantStatus::Completed), ParticipantStatus::Randomized);
    EXPECT_EQ(blind.status(ParticipantStatus::Discontinued), ParticipantStatus::Randomized);
    EXPECT_EQ(blind.status(ParticipantStatus::Withdrawn), ParticipantStatus::Withdrawn);
    EXPECT_EQ(blind.status(ParticipantStatus::LostToFollowUp), ParticipantStatus::LostToFollowUp);
    EXPECT_EQ(blind.statusKey(QStringLiteral("completed")), QStringLiteral("randomized"));
    EXPECT_EQ(blind.statuses().size(), allStatuses.size() - 3);
    EXPECT_EQ(blind.withoutSessions(QStringLiteral("a.session_id")),
              QStringLiteral(" AND a.session_id IS NULL"));
    EXPECT_TRUE(blind.noteExpression(QStringLiteral("al.reason"), QStringLiteral("al.role"))
                    .contains(QStringLiteral("blinded_assessor")));
    EXPECT_EQ(Disclosure::unblinded().noteExpression(QStringLiteral("al.reason"),
                                                     QStringLiteral("al.role")),
              QStringLiteral("al.reason"));
    // A blinded data set is the same view, whoever makes it.
    EXPECT_FALSE(Disclosure::blinded().arms());
    EXPECT_EQ(Disclosure::blinded().statuses().size(), blind.statuses().size());

    for (Role role : {Role::PrincipalInvestigator, Role::Coordinator, Role::Therapist,
                      Role::Statistician, Role::Dmc}) {
        const Disclosure d = Disclosure::of({1, QStringLiteral("u"), role});
        EXPECT_TRUE(d.arms()) << str(Roles::key(role));
        EXPECT_TRUE(d.names(QStringLiteral("therapist")));
        EXPECT_EQ(d.status(ParticipantStatus::Completed), ParticipantStatus::Completed);
        EXPECT_TRUE(d.withoutSessions(QStringLiteral("x")).isEmpty());
    }
}

TEST(DisclosurePolicy, ComparativeOutcomesFollowTheProtocolAndTheLock)
{
    const QStringList statOnly{QStringLiteral("statistician")};
    const QStringList withDmc{QStringLiteral("statistician"), QStringLiteral("dmc")};
    auto actor = [](Role r) { return Actor{1, QStringLiteral("u"), r}; };
    EXPECT_TRUE(Disclosure::comparativeOutcomes(actor(Role::Statistician), statOnly, false));
    EXPECT_FALSE(
        Disclosure::comparativeOutcomes(actor(Role::PrincipalInvestigator), statOnly, false));
    EXPECT_TRUE(
        Disclosure::comparativeOutcomes(actor(Role::PrincipalInvestigator), statOnly, true));
    EXPECT_FALSE(Disclosure::comparativeOutcomes(actor(Role::Dmc), statOnly, false));
    EXPECT_TRUE(Disclosure::comparativeOutcomes(actor(Role::Dmc), withDmc, false));
    EXPECT_FALSE(Disclosure::comparativeOutcomes(actor(Role::Statistician), {}, false));
    // Never a blinded reader, whatever a list says.
    EXPECT_FALSE(Disclosure::comparativeOutcomes(actor(Role::BlindedAssessor),
                                                 {QStringLiteral("blinded_assessor")}, true));
    EXPECT_FALSE(Disclosure::comparativeOutcomes(actor(Role::Coordinator), withDmc, true));
}

class DisclosureTrial : public ExportTrial
{
protected:
    void SetUp() override
    {
        ExportTrial::SetUp();
        if (HasFatalFailure())
            return;
        // m_scored (CBT) has a session with a session measure entered by the therapist.
        TherapySession s;
        s.participantId = m_scored.id;
        s.date = today();
        s.durationMinutes = 50;
        m_session = must(SessionRepository(db()).record(m_therapist, s), "session").id;
        Assessment a;
        a.participantId = m_scored.id;
        a.sessionId = m_session;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today();
        a.items = QStringList(9, QStringLiteral("1"));
        a.status = AssessmentStatus::Complete;
        must(AssessmentRepository(db()).save(m_therapist, a), "session measure");
        must(ParticipantRepository(db()).changeStatus(m_coordinator, m_scored.id,
                                                      ParticipantStatus::InTreatment, QString()),
             "in treatment");
        must(ParticipantRepository(db()).discontinueTreatment(
                 m_coordinator, m_unscorable.id, QStringLiteral("Moved away from the clinic")),
             "discontinue");
    }

    QString exported(const ExportFormat& format, bool blinded, const QString& name)
    {
        ExportOptions options;
        options.blinded = blinded;
        must(ExportService(db()).exportTo(m_statistician, format, out(name), options), "export");
        return readText(out(name));
    }

    qint64 m_session = 0;
};

TEST_F(DisclosureTrial, TreatmentPhasesReadAsRandomizedForTheBlindedReader)
{
    ParticipantRepository repo(db());
    EXPECT_EQ(must(repo.get(m_pi, m_scored.id), "pi").status, ParticipantStatus::InTreatment);
    EXPECT_EQ(must(repo.get(m_pi, m_unscorable.id), "pi").status, ParticipantStatus::Discontinued);
    for (const Participant& p : must(repo.list(m_assessor), "list"))
        EXPECT_EQ(p.status, ParticipantStatus::Randomized) << str(p.studyId);
    EXPECT_EQ(must(repo.get(m_assessor, m_scored.id), "get").status, ParticipantStatus::Randomized);
    // The coordinator's reason for stopping treatment is a note the assessor does not get.
    EXPECT_FALSE(must(repo.get(m_pi, m_unscorable.id), "pi").withdrawalReason.isEmpty());
    EXPECT_TRUE(must(repo.get(m_assessor, m_unscorable.id), "blind").withdrawalReason.isEmpty());
    const auto counts = must(repo.countByStatus(m_assessor), "counts");
    EXPECT_EQ(counts.size(), 1u);
    EXPECT_EQ(counts.at(ParticipantStatus::Randomized), 2);
}

TEST_F(DisclosureTrial, EmergencyUnblindingShowsTheArmToThatReaderOnlyAndTellsThePi)
{
    ParticipantRepository repo(db());
    EXPECT_TRUE(must(repo.get(m_assessor, m_scored.id), "before").armHidden);
    auto tooShort = EmergencyUnblinding(db()).unblind(m_assessor, m_scored.id, QStringLiteral("x"));
    ASSERT_FALSE(tooShort.ok());
    EXPECT_TRUE(must(repo.get(m_assessor, m_scored.id), "still").armHidden);

    const qint64 arm = must(
        EmergencyUnblinding(db()).unblind(
            m_assessor, m_scored.id, QStringLiteral("Serious adverse event: hospital admission")),
        "unblind");
    EXPECT_EQ(arm, m_armCbt);
    const Participant seen = must(repo.get(m_assessor, m_scored.id), "after");
    EXPECT_EQ(seen.armId, m_armCbt);
    EXPECT_TRUE(seen.unblindedAt.isValid());
    EXPECT_FALSE(seen.armHidden);
    // Only that participant, and not for the PI (who sees arms anyway, unmarked).
    EXPECT_TRUE(must(repo.get(m_assessor, m_unscorable.id), "other").armHidden);
    EXPECT_FALSE(must(repo.get(m_pi, m_scored.id), "pi").unblindedAt.isValid());

    auto items = must(Worklist(db()).forActor(m_pi, today()), "pi worklist");
    const auto review = std::find_if(items.begin(), items.end(), [](const WorkItem& w) {
        return w.kind == TaskKind::ReviewUnblinding;
    });
    ASSERT_NE(review, items.end());
    EXPECT_EQ(review->studyId, m_scored.studyId);
    EXPECT_EQ(review->detail, m_assessor.username);
    must(EmergencyUnblinding(db()).acknowledge(m_pi, review->unblindingId, signedBy(m_pi)),
         "review");
    items = must(Worklist(db()).forActor(m_pi, today()), "pi worklist again");
    EXPECT_TRUE(std::none_of(items.begin(), items.end(), [](const WorkItem& w) {
        return w.kind == TaskKind::ReviewUnblinding;
    }));
}

TEST_F(DisclosureTrial, BlindedLongAndWideFilesHoldNoSessionPhaseOrUnblindedName)
{
    const auto open =
        parseCsv(exported(*ExportFormats::find(u"csv-long"), false, QStringLiteral("l.csv")));
    ASSERT_EQ(open.size(), 4u); // header, two baseline PHQ-9s, one session PHQ-9
    const auto blind =
        parseCsv(exported(*ExportFormats::find(u"csv-long"), true, QStringLiteral("lb.csv")));
    ASSERT_EQ(blind.size(), 3u);
    EXPECT_EQ(blind.front().indexOf(QStringLiteral("arm")), -1);
    for (size_t r = 1; r < blind.size(); ++r) {
        EXPECT_TRUE(cell(blind, r, QStringLiteral("session_number")).isEmpty());
        EXPECT_EQ(cell(blind, r, QStringLiteral("visit")), QStringLiteral("baseline"));
        // Entered by the coordinator: unblinded staff are not named.
        EXPECT_TRUE(cell(blind, r, QStringLiteral("rater")).isEmpty());
    }
    const auto wide =
        parseCsv(exported(*ExportFormats::find(u"csv-wide"), true, QStringLiteral("wb.csv")));
    ASSERT_EQ(wide.size(), 3u);
    for (size_t r = 1; r < wide.size(); ++r)
        EXPECT_EQ(cell(wide, r, QStringLiteral("status")), QStringLiteral("randomized"));
    const auto wideOpen =
        parseCsv(exported(*ExportFormats::find(u"csv-wide"), false, QStringLiteral("w.csv")));
    EXPECT_EQ(cell(wideOpen, 2, QStringLiteral("status")), QStringLiteral("discontinued"));
}

TEST_F(DisclosureTrial, NotesOfUnblindedStaffAreNotShownButSurviveABlindedCorrection)
{
    // m_scored's baseline PHQ-9 was entered by the coordinator with a missing reason.
    AssessmentRepository repo(db());
    const auto all = must(repo.forParticipant(m_pi, m_scored.id), "pi");
    const auto visit = std::find_if(all.begin(), all.end(),
                                    [](const Assessment& a) { return a.timePointId != 0; });
    ASSERT_NE(visit, all.end());
    EXPECT_EQ(visit->missingReason, awkwardReason());
    const Assessment blind = must(repo.get(m_assessor, visit->id), "assessor");
    EXPECT_TRUE(blind.missingReason.isEmpty());
    EXPECT_EQ(blind.raterId, 0);
    for (const Assessment& a : must(repo.forParticipant(m_assessor, m_scored.id), "list"))
        EXPECT_TRUE(a.missingReason.isEmpty());
    // The assessor corrects an item: the note they never saw is kept.
    Assessment changed = blind;
    changed.items[0] = QStringLiteral("2");
    must(repo.correct(m_assessor, changed, QStringLiteral("Misread the paper form")), "correct");
    EXPECT_EQ(must(repo.get(m_pi, visit->id), "after").missingReason, awkwardReason());
    // Blinded data sets leave it out too.
    const auto csv =
        parseCsv(exported(*ExportFormats::find(u"csv-long"), true, QStringLiteral("n.csv")));
    for (size_t r = 1; r < csv.size(); ++r)
        EXPECT_TRUE(cell(csv, r, QStringLiteral("missing_reason")).isEmpty());
    EXPECT_FALSE(exported(*ExportFormats::find(u"odm"), true, QStringLiteral("n.xml"))
                     .contains(QStringLiteral("later")));
    EXPECT_TRUE(exported(*ExportFormats::find(u"csv-long"), false, QStringLiteral("o.csv"))
                    .contains(QStringLiteral("later")));
}

TEST_F(DisclosureTrial, BlindedSessionsFileIsRefusedAndTheCodebookSaysWhatWasRemoved)
{
    ExportOptions options;
    options.blinded = true;
    auto refused = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"sessions"),
                                                out(QStringLiteral("s.csv")), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("sessions")));
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("s.csv"))));

    const QString book =
        exported(*ExportFormats::find(u"codebook"), true, QStringLiteral("cb.csv"));
    EXPECT_TRUE(book.contains(QStringLiteral("therapy sessions file")));
    EXPECT_TRUE(book.contains(QStringLiteral("in treatment, completed and discontinued")));
    for (const QStringList& row : parseCsv(book)) {
        EXPECT_NE(row.value(0), QStringLiteral("sessions"));
        if (row.value(1) == QStringLiteral("status") && row.value(0) == QStringLiteral("wide")) {
            EXPECT_FALSE(row.join(u',').contains(QStringLiteral("in_treatment")));
        }
    }
    const QString open =
        exported(*ExportFormats::find(u"codebook"), false, QStringLiteral("cbo.csv"));
    EXPECT_TRUE(open.contains(QStringLiteral("\nsessions,")));
}

TEST_F(DisclosureTrial, BlindedOdmNamesNoUnblindedStaffAndHasNoSessionForm)
{
    const QString open = exported(*ExportFormats::find(u"odm"), false, QStringLiteral("o.xml"));
    EXPECT_TRUE(open.contains(m_therapist.username));
    const QString blind = exported(*ExportFormats::find(u"odm"), true, QStringLiteral("ob.xml"));
    for (const Actor& staff : {m_therapist, m_coordinator, m_pi, m_statistician})
        EXPECT_FALSE(blind.contains(QStringLiteral("\"%1\"").arg(staff.username)) ||
                     blind.contains(QStringLiteral(">%1<").arg(staff.username)))
            << str(staff.username);
    EXPECT_FALSE(blind.contains(QStringLiteral("discontinued")));
    EXPECT_FALSE(blind.contains(QStringLiteral("in_treatment")));
    EXPECT_FALSE(blind.contains(QStringLiteral("SE.SESSION")));
}

TEST_F(DisclosureTrial, OutcomesAreComparedOnlyByTheProtocolsRolesOthersGetThemPooled)
{
    Dashboard dashboard(db());
    const DashboardFigures pi = must(dashboard.all(m_pi), "pi");
    EXPECT_FALSE(pi.comparative);
    EXPECT_FALSE(pi.pooledNote.isEmpty());
    ASSERT_TRUE(pi.trajectory.has_value());
    for (const TrajectoryCell& c : *pi.trajectory)
        EXPECT_EQ(c.arm.armId, Dashboard::allArms().armId);
    ASSERT_TRUE(pi.change.has_value());
    ASSERT_EQ(pi.change->size(), 1u);
    EXPECT_FALSE(pi.effectSize.has_value());
    EXPECT_FALSE(pi.blinding.has_value());
    EXPECT_TRUE(pi.withheld.contains(QStringLiteral("effectSize")));
    ASSERT_TRUE(pi.armSizes.has_value()); // counts by arm stay
    EXPECT_EQ(pi.armSizes->size(), 2u);
    EXPECT_EQ(dashboard.effectSize(m_pi, {}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(dashboard.blinding(m_pi).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(dashboard.recordDmcReport(m_pi, QStringLiteral("dmc.pdf")).ok());

    const DashboardFigures stat = must(dashboard.all(m_statistician), "statistician");
    EXPECT_TRUE(stat.comparative);
    EXPECT_TRUE(stat.pooledNote.isEmpty());
    ASSERT_TRUE(stat.change.has_value());
    EXPECT_EQ(stat.change->size(), 2u);
    // The committee only when the protocol names it (this trial: the statistician only).
    EXPECT_FALSE(must(dashboard.all(actor(Role::Dmc)), "dmc").comparative);
    letCompare({QStringLiteral("statistician"), QStringLiteral("dmc")});
    EXPECT_TRUE(must(dashboard.all(actor(Role::Dmc)), "dmc listed").comparative);
    // The assessor gets no outcome figure at all.
    const DashboardFigures blind = must(dashboard.all(m_assessor), "assessor");
    EXPECT_FALSE(blind.trajectory.has_value());
    EXPECT_FALSE(blind.retention.has_value());

    must(dashboard.recordDmcReport(m_statistician, QStringLiteral("dmc.pdf")), "dmc report");
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'dmc_report' AND new_value = 'dmc.pdf'")),
              1);
}

} // namespace
