// The demo trial: the same seed gives the same trial, its audit trail verifies, and it is only
// created in an empty database.

#include "TestTrial.h"
#include "audit/AuditVerifier.h"
#include "demo/DemoTrial.h"

#include <QSqlRecord>

using namespace td;
using namespace tdtest;

namespace {

QDateTime demoNow()
{
    return QDateTime(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);
}

struct Demo
{
    std::unique_ptr<Database> db;
    DemoSummary summary;
};

Demo makeDemo(const QString& path, quint64 seed, int participants = 60)
{
    auto clock = std::make_shared<FixedClock>(demoNow());
    auto db = must(openWithClock(path, clock), "open demo database");
    const DemoSummary summary = must(DemoTrial::create(*db, {participants, seed}), "demo");
    // The demo replays history on its own clock and gives the database its clock back.
    EXPECT_EQ(db->clockPtr(), clock);
    return {std::move(db), summary};
}

// The clinical content of a demo database as text (audit timestamps and password hashes are
// left out: hashes are salted).
QString content(Database& db)
{
    QString out;
    const QString queries[] = {
        QStringLiteral("SELECT study_id, site_id, screening_date, status, exclusion_category, "
                       "consent_date, age, sex, education_years, episode_months, therapist_id, "
                       "arm_id, randomized_at, withdrawal_reason, data_usable FROM participant "
                       "ORDER BY id"),
        QStringLiteral("SELECT participant_id, session_date, session_number, kind, attendance, "
                       "duration_minutes FROM therapy_session ORDER BY id"),
        QStringLiteral("SELECT participant_id, time_point_id, session_id, instrument_id, "
                       "assessment_date, rater_id, item_values, status FROM assessment ORDER BY "
                       "id"),
        QStringLiteral("SELECT assessment_id, assessor_id, guessed_arm_id, recorded_at FROM "
                       "arm_guess ORDER BY id"),
    };
    for (const QString& sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            throw SetupFailure("query failed: " + str(sql));
        while (q.next()) {
            QStringList cells;
            const int columns = q.record().count();
            for (int i = 0; i < columns; ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        out += QStringLiteral("--\n");
    }
    return out;
}

TEST(DemoTest, SameSeedGivesTheSameTrial)
{
    QTemporaryDir dir;
    Demo a = makeDemo(dir.filePath(QStringLiteral("a.sqlite")), 4242);
    Demo b = makeDemo(dir.filePath(QStringLiteral("b.sqlite")), 4242);

    EXPECT_EQ(a.summary.participants, 60);
    EXPECT_EQ(b.summary.participants, 60);
    EXPECT_EQ(a.summary.randomized, b.summary.randomized);
    EXPECT_EQ(a.summary.sessions, b.summary.sessions);
    EXPECT_EQ(a.summary.assessments, b.summary.assessments);
    EXPECT_EQ(a.summary.itemValues, b.summary.itemValues);
    // A trial, not an empty shell.
    EXPECT_GT(a.summary.randomized, 20);
    EXPECT_GT(a.summary.sessions, 100);
    EXPECT_GT(a.summary.assessments, 100);

    const QString contentA = content(*a.db);
    EXPECT_EQ(contentA, content(*b.db));
    // Same simulated clock, same events: the audit trails are the same row for row, but for
    // the users' signing keys, which are random (so the hashes and signatures differ too).
    const auto trail = [](Database& db) {
        QString out;
        for (const AuditRow& r : auditRows(db))
            out +=
                QStringList{QString::number(r.id),
                            r.atUtc,
                            r.username,
                            r.action,
                            r.entity,
                            r.entityId,
                            r.field,
                            r.reason,
                            r.field == QLatin1String("signing_public_key") ||
                                    (r.entity == QLatin1String("electronic_signature") &&
                                     (r.field == QLatin1String("public_key") ||
                                      r.field == QLatin1String("signature")))
                                ? QStringLiteral("key")
                                : r.oldValue.toString() + QLatin1Char('>') + r.newValue.toString()}
                    .join(QLatin1Char('|')) +
                QLatin1Char('\n');
        return out;
    };
    EXPECT_EQ(trail(*a.db), trail(*b.db));
    const QString checkpoints = QStringLiteral("SELECT COUNT(*) FROM audit_checkpoint");
    EXPECT_EQ(sqlCount(*a.db, checkpoints), sqlCount(*b.db, checkpoints));
    EXPECT_GT(sqlCount(*a.db, checkpoints), 0);

    // Every participant status of the life cycle that the demo aims to show is present.
    for (const char* status : {"ineligible", "randomized", "in_treatment", "completed"})
        EXPECT_GT(sqlCount(*a.db, QStringLiteral("SELECT COUNT(*) FROM participant WHERE status "
                                                 "= '%1'")
                                      .arg(QString::fromLatin1(status))),
                  0)
            << status;
    // The blinded assessor guessed the arm after follow-up ratings, often "don't know".
    EXPECT_GT(sqlCount(*a.db, QStringLiteral("SELECT COUNT(*) FROM arm_guess")), 10);
    EXPECT_GT(sqlCount(*a.db, QStringLiteral(
                                  "SELECT COUNT(*) FROM arm_guess WHERE guessed_arm_id IS NULL")),
              0);
}

TEST(DemoTest, DifferentSeedGivesADifferentTrial)
{
    QTemporaryDir dir;
    Demo a = makeDemo(dir.filePath(QStringLiteral("a.sqlite")), 1);
    Demo b = makeDemo(dir.filePath(QStringLiteral("b.sqlite")), 2);
    EXPECT_NE(content(*a.db), content(*b.db));
}

TEST(DemoTest, AuditTrailOfTheDemoVerifies)
{
    QTemporaryDir dir;
    Demo demo = makeDemo(dir.filePath(QStringLiteral("demo.sqlite")), 99);
    const qint64 rows = sqlCount(*demo.db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    EXPECT_GT(rows, 1000);
    auto v = AuditVerifier::verify(*demo.db);
    ASSERT_TRUE(v.ok()) << str(v.message());
    EXPECT_TRUE(v->intact) << "row " << v->firstBrokenId << ": " << str(v->problem);
    EXPECT_EQ(v->rowsChecked, rows);
    // Each randomization is in the trail with its arm.
    EXPECT_EQ(auditEntries(*demo.db, QStringLiteral("entity = 'participant' AND field = 'arm_id'")),
              demo.summary.randomized);
}

TEST(DemoTest, SecondDemoInTheSameDatabaseIsRefused)
{
    QTemporaryDir dir;
    Demo demo = makeDemo(dir.filePath(QStringLiteral("demo.sqlite")), 7, 20);
    const QString before = dumpDatabase(*demo.db);
    auto again = DemoTrial::create(*demo.db, {20, 7});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(sameDump(before, dumpDatabase(*demo.db)));
}

TEST(DemoTest, ParticipantCountIsChecked)
{
    QTemporaryDir dir;
    auto db = openWithClock(dir.filePath(QStringLiteral("demo.sqlite")),
                            std::make_shared<FixedClock>(demoNow()));
    ASSERT_TRUE(db.ok());
    const QString before = dumpDatabase(**db);
    for (int n : {0, -5, 100001}) {
        auto r = DemoTrial::create(**db, {n, 1});
        ASSERT_FALSE(r.ok()) << n;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(**db)));
}

} // namespace

namespace {

// Nothing in the demo is dated after its today: its own exports must import again (an
// assessment dated in the future is refused).
TEST(DemoTest, NothingIsDatedAfterToday)
{
    QTemporaryDir dir;
    for (quint64 seed : {1u, 2u}) {
        Demo demo = makeDemo(dir.filePath(QStringLiteral("future-%1.sqlite").arg(seed)), seed, 300);
        const QString today = demoNow().date().toString(Qt::ISODate);
        for (const char* sql :
             {"SELECT COUNT(*) FROM assessment WHERE assessment_date > ?",
              "SELECT COUNT(*) FROM therapy_session WHERE session_date > ?",
              "SELECT COUNT(*) FROM participant WHERE screening_date > ? OR consent_date > ? OR "
              "substr(randomized_at, 1, 10) > ?"}) {
            const QString query = QString::fromLatin1(sql);
            QVariantList bindings;
            for (qsizetype i = 0; i < query.count(QLatin1Char('?')); ++i)
                bindings << today;
            auto n = demo.db->scalar(query, bindings);
            ASSERT_TRUE(n.ok()) << str(n.message());
            EXPECT_EQ(n->toInt(), 0) << sql << " (seed " << seed << ")";
        }
    }
}

} // namespace
