// The permission matrix, exercised through the real repository calls: every role against every
// core operation. A refused call returns Forbidden and writes nothing at all; an allowed one
// does its work.

#include "TestTrial.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "sessions/SessionRepository.h"
#include "trial/ProtocolRepository.h"

#include <tuple>

using namespace td;
using namespace tdtest;

namespace {

enum class Op {
    CreateUser,
    AddSite,
    ScreenParticipant,
    SetCovariates,
    AssignTherapist,
    RecordAllocation,
    RecordSession,
    EnterAssessment,
    RemoveSession,
    ListParticipants,
    CountByArm,
    ViewSessions,
};

using P = Permission;
using R = Role;

struct OpSpec
{
    Op op;
    const char* name;
    bool writes;
    std::vector<Permission> needs;
    std::vector<Role> allowed; // the expected outcome, spelled out
};

const std::vector<OpSpec>& ops()
{
    static const std::vector<OpSpec> all = {
        {Op::CreateUser, "CreateUser", true, {P::ManageUsers}, {R::Administrator}},
        {Op::AddSite, "AddSite", true, {P::EditProtocol}, {R::Administrator}},
        {Op::ScreenParticipant,
         "ScreenParticipant",
         true,
         {P::ScreenParticipants},
         {R::PrincipalInvestigator, R::Coordinator}},
        {Op::SetCovariates,
         "SetCovariates",
         true,
         {P::ScreenParticipants},
         {R::PrincipalInvestigator, R::Coordinator}},
        {Op::AssignTherapist,
         "AssignTherapist",
         true,
         {P::AssignTherapist},
         {R::PrincipalInvestigator, R::Coordinator}},
        {Op::RecordAllocation,
         "RecordAllocation",
         true,
         {P::Randomize},
         {R::PrincipalInvestigator, R::Coordinator}},
        // Session records reveal the arm: recording them needs ViewArm too.
        {Op::RecordSession,
         "RecordSession",
         true,
         {P::RecordSessions, P::ViewArm},
         {R::PrincipalInvestigator, R::Coordinator, R::Therapist}},
        {Op::EnterAssessment,
         "EnterAssessment",
         true,
         {P::EnterAssessments, P::ViewParticipants},
         {R::PrincipalInvestigator, R::Coordinator, R::Therapist, R::BlindedAssessor}},
        {Op::RemoveSession,
         "RemoveSession",
         true,
         {P::RemoveClinicalRecords, P::ViewArm},
         {R::PrincipalInvestigator, R::Coordinator}},
        {Op::ListParticipants,
         "ListParticipants",
         false,
         {P::ViewParticipants},
         {R::PrincipalInvestigator, R::Coordinator, R::Therapist, R::BlindedAssessor,
          R::Statistician, R::Dmc, R::Monitor}},
        {Op::CountByArm,
         "CountByArm",
         false,
         {P::ViewParticipants, P::ViewArm},
         {R::PrincipalInvestigator, R::Coordinator, R::Therapist, R::Statistician, R::Dmc}},
        {Op::ViewSessions,
         "ViewSessions",
         false,
         {P::ViewParticipants, P::ViewArm},
         {R::PrincipalInvestigator, R::Coordinator, R::Therapist, R::Statistician, R::Dmc}},
    };
    return all;
}

const OpSpec& spec(Op op)
{
    for (const OpSpec& s : ops())
        if (s.op == op)
            return s;
    throw SetupFailure("unknown operation");
}

QString roleName(Role r)
{
    QString key = Roles::key(r);
    key.remove(QLatin1Char('_'));
    return key;
}

// The table above must say what Roles::allows says, so a change to the matrix in Role.cpp shows
// up here as a deliberate edit of the expected outcomes.
TEST(PermissionMatrix, ExpectedOutcomesFollowRolesAllows)
{
    for (const OpSpec& s : ops()) {
        for (Role role : allRoles) {
            bool byMatrix = true;
            for (Permission p : s.needs)
                byMatrix = byMatrix && Roles::allows(role, p);
            const bool expected =
                std::find(s.allowed.begin(), s.allowed.end(), role) != s.allowed.end();
            EXPECT_EQ(byMatrix, expected) << s.name << " as " << str(Roles::key(role));
        }
    }
}

TEST(PermissionMatrix, BlindedAssessorAndAdministratorNeverSeeArms)
{
    EXPECT_FALSE(Roles::allows(Role::BlindedAssessor, Permission::ViewArm));
    EXPECT_FALSE(Roles::allows(Role::Administrator, Permission::ViewArm));
    EXPECT_FALSE(Roles::allows(Role::Administrator, Permission::ViewParticipants));
    for (Role r : {Role::PrincipalInvestigator, Role::Coordinator, Role::Therapist,
                   Role::Statistician, Role::Dmc})
        EXPECT_TRUE(Roles::allows(r, Permission::ViewArm)) << str(Roles::key(r));
}

TEST(PermissionMatrix, RoleKeysRoundTrip)
{
    for (Role r : allRoles) {
        EXPECT_EQ(Roles::fromKey(Roles::key(r)), std::optional<Role>(r));
        EXPECT_FALSE(Roles::displayName(r).isEmpty());
    }
    EXPECT_EQ(Roles::fromKey(QStringLiteral("root")), std::nullopt);
}

class PermissionMatrixTest : public TestTrial,
                             public ::testing::WithParamInterface<std::tuple<Role, Op>>
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        // A randomized participant of therapist1 with one session, and a consented one.
        m_randomized = randomized(m_armCbt).id;
        TherapySession s;
        s.participantId = m_randomized;
        s.date = today().addDays(-3);
        s.durationMinutes = 50;
        m_session = must(SessionRepository(db()).record(m_coordinator, s), "session").id;
        m_consented = consented().id;
    }

    Role role() const { return std::get<0>(GetParam()); }
    const OpSpec& op() const { return spec(std::get<1>(GetParam())); }

    // Runs the operation as `who`; returns the error, if any, and checks the outcome of a
    // successful call.
    std::optional<Error> run(const Actor& who)
    {
        auto fail = [](const auto& r) { return r.ok() ? std::optional<Error>() : r.error(); };
        ParticipantRepository participants(db());
        SessionRepository sessions(db());
        switch (op().op) {
        case Op::CreateUser: {
            auto r = UserRepository(db()).create(who, {QStringLiteral("newuser"),
                                                       {},
                                                       Role::Coordinator,
                                                       QStringLiteral("Passord-nytt-2026")});
            if (r.ok()) {
                EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM users WHERE "
                                                        "username = 'newuser'")),
                          1);
            }
            return fail(r);
        }
        case Op::AddSite: {
            auto r = ProtocolRepository(db()).addSite(
                who, {0, QStringLiteral("TRD"), QStringLiteral("Trondheim")});
            if (r.ok()) {
                EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM site")), 3);
            }
            return fail(r);
        }
        case Op::ScreenParticipant: {
            auto r = participants.screen(who, m_siteBrg, today());
            if (r.ok()) {
                EXPECT_EQ(r->studyId, QStringLiteral("BRG-001"));
            }
            return fail(r);
        }
        case Op::SetCovariates: {
            auto r =
                participants.setCovariates(who, m_consented, {55, QStringLiteral("male"), 10, 12});
            if (r.ok()) {
                EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT age FROM participant WHERE id = "
                                                        "%1")
                                             .arg(m_consented)),
                          55);
            }
            return fail(r);
        }
        case Op::AssignTherapist: {
            auto r = participants.assignTherapist(who, m_consented, m_therapist2.userId);
            if (r.ok()) {
                EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT therapist_id FROM participant "
                                                        "WHERE id = %1")
                                             .arg(m_consented)),
                          m_therapist2.userId);
            }
            return fail(r);
        }
        case Op::RecordAllocation: {
            auto r = participants.recordAllocation(who, m_consented, m_armPdt);
            if (r.ok()) {
                EXPECT_EQ(r->armId, std::optional<qint64>(m_armPdt));
            }
            return fail(r);
        }
        case Op::RecordSession: {
            TherapySession s;
            s.participantId = m_randomized;
            s.date = today().addDays(-1);
            s.durationMinutes = 45;
            auto r = sessions.record(who, s);
            if (r.ok()) {
                EXPECT_EQ(r->number, 2);
            }
            return fail(r);
        }
        case Op::EnterAssessment: {
            Assessment a;
            a.participantId = m_randomized;
            a.timePointId = m_baseline;
            a.instrumentId = QStringLiteral("phq9");
            a.date = today();
            a.items = QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                                  QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                  QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"),
                                  QStringLiteral("1")};
            auto r = AssessmentRepository(db()).save(who, a);
            if (r.ok()) {
                EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM assessment")), 1);
            }
            return fail(r);
        }
        case Op::RemoveSession: {
            const Status r = sessions.remove(who, m_session, QStringLiteral("Duplicate entry"));
            if (r.ok()) {
                EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT removed FROM therapy_session "
                                                        "WHERE id = %1")
                                             .arg(m_session)),
                          1);
            }
            return fail(r);
        }
        case Op::ListParticipants: {
            auto r = participants.list(who);
            if (r.ok()) {
                // Therapists reach their own participant only.
                EXPECT_EQ(r->size(), who.role == Role::Therapist ? 1u : 2u);
                EXPECT_EQ(r->front().id, m_randomized);
            }
            return fail(r);
        }
        case Op::CountByArm: {
            auto r = participants.countByArm(who);
            if (r.ok()) {
                EXPECT_EQ(*r, (std::map<qint64, int>{{m_armCbt, 1}}));
            }
            return fail(r);
        }
        case Op::ViewSessions: {
            auto r = sessions.forParticipant(who, m_randomized);
            if (r.ok()) {
                EXPECT_EQ(r->size(), 1u);
                EXPECT_EQ(r->front().id, m_session);
            }
            return fail(r);
        }
        }
        throw SetupFailure("unhandled operation");
    }

    qint64 m_randomized = 0;
    qint64 m_consented = 0;
    qint64 m_session = 0;
};

TEST_P(PermissionMatrixTest, AllowedOrForbiddenAsTheMatrixSays)
{
    const bool expected =
        std::find(op().allowed.begin(), op().allowed.end(), role()) != op().allowed.end();
    const QString before = dumpDatabase(db());
    const qint64 auditBefore = lastAuditId(db());

    const std::optional<Error> error = run(actor(role()));

    if (expected) {
        EXPECT_FALSE(error.has_value()) << op().name << " refused to " << str(Roles::key(role()))
                                        << ": " << (error ? str(error->message) : std::string());
        if (op().writes) {
            EXPECT_NE(dumpDatabase(db()), before);
            EXPECT_GT(lastAuditId(db()), auditBefore) << "an allowed change must be audited";
        } else {
            EXPECT_TRUE(sameDump(before, dumpDatabase(db()))) << "a read must write nothing";
        }
    } else {
        ASSERT_TRUE(error.has_value()) << op().name << " allowed to " << str(Roles::key(role()));
        EXPECT_EQ(error->code, ErrorCode::Forbidden) << str(error->message);
        EXPECT_FALSE(error->message.isEmpty());
        EXPECT_TRUE(sameDump(before, dumpDatabase(db()))) << "a refused call must write nothing";
    }
}

std::string caseName(const ::testing::TestParamInfo<std::tuple<Role, Op>>& info)
{
    return str(roleName(std::get<0>(info.param))) + "_" + spec(std::get<1>(info.param)).name;
}

std::vector<Op> allOps()
{
    std::vector<Op> out;
    for (const OpSpec& s : ops())
        out.push_back(s.op);
    return out;
}

INSTANTIATE_TEST_SUITE_P(RoleByOperation, PermissionMatrixTest,
                         ::testing::Combine(::testing::ValuesIn(allRoles),
                                            ::testing::ValuesIn(allOps())),
                         caseName);

} // namespace
