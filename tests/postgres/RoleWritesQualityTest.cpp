// The data-quality writes of the window run as each role's own login on a server (RoleWrites.h):
// double data entry and its adjudication (coordinators, the PI), source data verification (the
// monitor), and data queries raised and closed by the monitor and answered by the site (the
// coordinator, by correcting a verified form; the assessor on the form they rated). Each
// succeeds with its audit rows; a role that may not do it is refused by the core and, by hand
// in SQL on its login, by the server; `audit verify` holds, and the blinded readers still read
// no arm.

#include "RoleWrites.h"
#include "assessments/AssessmentRepository.h"
#include "quality/DataQuery.h"
#include "quality/DoubleEntry.h"
#include "quality/SourceVerification.h"

using namespace td;
using namespace tdtest;

namespace {

const QStringList kFirst = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                            QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("1"),
                            QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")};

QStringList with(QStringList items, int item, const QString& value)
{
    items[item - 1] = value;
    return items;
}

class RoleWritesQualityTest : public RoleWrites
{
protected:
    void SetUp() override
    {
        RoleWrites::SetUp();
        if (IsSkipped())
            return;
        // The baseline PHQ-9 is a paper form keyed twice.
        must(db().exec(QStringLiteral("UPDATE time_point_instrument SET double_entry = 1 WHERE "
                                      "instrument_id = 'phq9'")),
             "double entry");
    }
    qint64 newest(const QString& table)
    {
        return sqlCount(db(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    }
};

TEST_F(RoleWritesQualityTest, DoubleEntryVerificationAndQueriesRunAsTheirRolesLogins)
{
    const Participant p = randomized(m_armCbt);
    Login first = login(extraUser(QStringLiteral("keyer1"), Role::Coordinator));
    Login second = login(extraUser(QStringLiteral("keyer2"), Role::Coordinator));
    Login coordinator = login(m_coordinator);
    Login pi = login(m_pi);
    Login monitor = login(m_monitor);
    Login statistician = login(m_statistician);
    Login dmc = login(m_dmc);
    Login assessor = login(m_assessor);

    // The first entry, then the second by another coordinator: two items differ.
    Assessment a;
    a.participantId = p.id;
    a.timePointId = m_baseline;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today().addDays(-1);
    a.items = kFirst;
    qint64 before = lastAuditId(db());
    auto keyed = AssessmentRepository(*first.db).save(first.actor, a);
    ASSERT_TRUE(keyed.ok()) << str(keyed.message());
    EXPECT_TRUE(audited(before, first, QStringLiteral("assessment"), keyed->id));
    const QStringList again = with(with(kFirst, 2, QStringLiteral("3")), 5, QStringLiteral("2"));
    qint64 mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        DoubleEntries(*monitor.db).enterSecond(monitor.actor, keyed->id, again), mark));
    for (const Login* who : {&monitor, &dmc, &statistician})
        EXPECT_TRUE(
            refusedByServer(*who, QStringLiteral("INSERT INTO double_entry DEFAULT VALUES")));
    before = lastAuditId(db());
    auto entry = DoubleEntries(*second.db).enterSecond(second.actor, keyed->id, again);
    ASSERT_TRUE(entry.ok()) << str(entry.message());
    EXPECT_EQ(entry->status, DoubleEntryStatus::Discrepant);
    EXPECT_TRUE(audited(before, second, QStringLiteral("double_entry"), entry->id));

    // Adjudication: a third coordinator and the PI; not the monitor or the statistician. The
    // coordinator chooses the second entry's value, which corrects the form.
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        DoubleEntries(*monitor.db).resolve(monitor.actor, keyed->id, 2, QStringLiteral("2")),
        mark));
    EXPECT_TRUE(refusedByCore(DoubleEntries(*statistician.db)
                                  .resolve(statistician.actor, keyed->id, 2, QStringLiteral("2")),
                              mark));
    for (const Login* who : {&monitor, &statistician, &dmc}) {
        EXPECT_TRUE(refusedByServer(
            *who, QStringLiteral("INSERT INTO double_entry_resolution DEFAULT VALUES")));
        EXPECT_TRUE(refusedByServer(
            *who, QStringLiteral("UPDATE assessment SET item_values = item_values WHERE id = %1")
                      .arg(keyed->id)));
    }
    before = lastAuditId(db());
    auto resolved = DoubleEntries(*coordinator.db)
                        .resolve(coordinator.actor, keyed->id, 2, QStringLiteral("3"),
                                 QStringLiteral("The source says 3"));
    ASSERT_TRUE(resolved.ok()) << str(resolved.message());
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("double_entry_resolution"),
                        newest(QStringLiteral("double_entry_resolution"))));
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("assessment"), keyed->id));
    before = lastAuditId(db());
    resolved = DoubleEntries(*pi.db).resolve(pi.actor, keyed->id, 5, QStringLiteral("3"));
    ASSERT_TRUE(resolved.ok()) << str(resolved.message());
    EXPECT_EQ(resolved->status, DoubleEntryStatus::Adjudicated);
    EXPECT_TRUE(audited(before, pi, QStringLiteral("double_entry_resolution"),
                        newest(QStringLiteral("double_entry_resolution"))));

    // Source data verification: the monitor's alone.
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        SourceVerifications(*coordinator.db).verify(coordinator.actor, keyed->id), mark));
    for (const Login* who : {&coordinator, &statistician, &pi})
        EXPECT_TRUE(refusedByServer(
            *who, QStringLiteral("INSERT INTO source_verification DEFAULT VALUES")));
    before = lastAuditId(db());
    auto verified = SourceVerifications(*monitor.db).verify(monitor.actor, keyed->id);
    ASSERT_TRUE(verified.ok()) << str(verified.message());
    EXPECT_TRUE(audited(before, monitor, QStringLiteral("source_verification"), verified->id));

    // A query raised by the monitor; not by the DMC or the assessor.
    const QueryTarget item3{p.id, m_baseline, QStringLiteral("phq9"), 3};
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        DataQueries(*dmc.db).raise(dmc.actor, item3, QStringLiteral("Is item 3 right?")), mark));
    EXPECT_TRUE(refusedByCore(
        DataQueries(*assessor.db).raise(assessor.actor, item3, QStringLiteral("Item 3?")), mark));
    EXPECT_TRUE(refusedByServer(dmc, QStringLiteral("INSERT INTO data_query DEFAULT VALUES")));
    before = lastAuditId(db());
    auto raised = DataQueries(*monitor.db)
                      .raise(monitor.actor, item3,
                             QStringLiteral("Item 3 reads 0 on "
                                            "paper."));
    ASSERT_TRUE(raised.ok()) << str(raised.message());
    EXPECT_TRUE(audited(before, monitor, QStringLiteral("data_query"), raised->id));

    // The site answers by correcting the verified form: the correction clears the monitor's
    // mark and raises a query of its own, all on the coordinator's login.
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        DataQueries(*dmc.db).respond(dmc.actor, raised->id, QStringLiteral("Fixed")), mark));
    EXPECT_TRUE(refusedByServer(
        dmc,
        QStringLiteral("UPDATE data_query SET status = 'answered' WHERE id = %1").arg(raised->id)));
    Assessment corrected =
        must(AssessmentRepository(*coordinator.db).get(coordinator.actor, keyed->id), "form");
    corrected.items[2] = QStringLiteral("0");
    before = lastAuditId(db());
    auto answered = DataQueries(*coordinator.db)
                        .respondWithCorrection(coordinator.actor, raised->id, corrected,
                                               QStringLiteral("Corrected from the source"));
    ASSERT_TRUE(answered.ok()) << str(answered.message());
    EXPECT_EQ(answered->status, QueryStatus::Answered);
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("data_query"), raised->id));
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("assessment"), keyed->id));
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("source_verification"), verified->id));
    const qint64 sourceChanged =
        sqlCount(db(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM data_query WHERE origin = "
                                      "'source_changed'"));
    ASSERT_GT(sourceChanged, 0);
    EXPECT_TRUE(audited(before, coordinator, QStringLiteral("data_query"), sourceChanged));

    // The raiser closes it; not the coordinator (core) nor the DMC.
    mark = lastAuditId(db());
    EXPECT_TRUE(refusedByCore(
        DataQueries(*coordinator.db).close(coordinator.actor, raised->id, QStringLiteral("ok")),
        mark));
    EXPECT_TRUE(refusedByCore(
        DataQueries(*dmc.db).close(dmc.actor, raised->id, QStringLiteral("ok")), mark));
    before = lastAuditId(db());
    auto closed = DataQueries(*monitor.db)
                      .close(monitor.actor, raised->id, QStringLiteral("Matches the source"));
    ASSERT_TRUE(closed.ok()) << str(closed.message());
    EXPECT_EQ(closed->status, QueryStatus::Closed);
    EXPECT_TRUE(audited(before, monitor, QStringLiteral("data_query"), raised->id));
    // And verifies the corrected form again.
    before = lastAuditId(db());
    verified = SourceVerifications(*monitor.db).verify(monitor.actor, keyed->id);
    ASSERT_TRUE(verified.ok()) << str(verified.message());
    EXPECT_TRUE(audited(before, monitor, QStringLiteral("source_verification"), verified->id));

    // The blinded assessor answers a query on the form they rated.
    Assessment rating = a;
    rating.instrumentId = QStringLiteral("hrsd17");
    rating.items = QStringList(17, QStringLiteral("1"));
    auto rated = AssessmentRepository(*assessor.db).save(assessor.actor, rating);
    ASSERT_TRUE(rated.ok()) << str(rated.message());
    auto asked = DataQueries(*monitor.db)
                     .raise(monitor.actor, {p.id, m_baseline, QStringLiteral("hrsd17"), 4},
                            QStringLiteral("Item 4 is blank on the paper form."));
    ASSERT_TRUE(asked.ok()) << str(asked.message());
    before = lastAuditId(db());
    auto reply = DataQueries(*assessor.db)
                     .respond(assessor.actor, asked->id, QStringLiteral("Rated 1 at the visit."));
    ASSERT_TRUE(reply.ok()) << str(reply.message());
    EXPECT_TRUE(audited(before, assessor, QStringLiteral("data_query"), asked->id));

    EXPECT_TRUE(trailHolds());
    expectReadsNoArm(m_monitor.username);
    expectReadsNoArm(m_assessor.username);
}

} // namespace
