// Assessments: raw item values are stored exactly as entered, malformed values are refused with
// the item named, and a completed assessment is corrected only with a reason, one audit row per
// changed item.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"

using namespace td;
using namespace tdtest;

namespace {

// BDI-II: 21 items scored 0-3; items 16 (sleep) and 18 (appetite) take a letter (1a, 2b, ...).
QStringList bdi2()
{
    QStringList items;
    for (int i = 1; i <= 21; ++i)
        items << QString::number(i % 3);
    items[8] = QStringLiteral("0"); // item 9 (suicidal thoughts) stays 0: no safety alert
    items[15] = QStringLiteral("1a");
    items[17] = QStringLiteral("2b");
    items[2] = QStringLiteral("NA");
    return items;
}

class AssessmentTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_participant = consented().id;
    }

    Assessment assessment(const QStringList& items,
                          AssessmentStatus status = AssessmentStatus::Complete)
    {
        Assessment a;
        a.participantId = m_participant;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("bdi2");
        a.date = today().addDays(-1);
        a.items = items;
        a.status = status;
        return a;
    }

    Result<Assessment> save(const Assessment& a)
    {
        return AssessmentRepository(db()).save(m_coordinator, a);
    }

    // Audit rows about assessments written after `afterId` (other entities are left out).
    std::vector<AuditRow> assessmentRows(qint64 afterId)
    {
        std::vector<AuditRow> out;
        for (const AuditRow& r : auditRows(db(), afterId))
            if (r.entity == QStringLiteral("assessment"))
                out.push_back(r);
        return out;
    }

    void expectRefused(const Assessment& a, const QStringList& messageParts)
    {
        const QString before = dumpDatabase(db());
        auto r = save(a);
        ASSERT_FALSE(r.ok()) << "accepted " << str(a.items.join(QLatin1Char(',')));
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        for (const QString& part : messageParts)
            EXPECT_TRUE(r.message().contains(part))
                << "message: " << str(r.message()) << "\nexpected to contain: " << str(part);
        EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    }

    qint64 m_participant = 0;
};

TEST_F(AssessmentTest, RawValuesAreStoredExactly)
{
    const QStringList items = bdi2();
    auto saved = save(assessment(items));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    EXPECT_EQ(saved->raterId, m_coordinator.userId);
    EXPECT_EQ(
        sqlValue(db(),
                 QStringLiteral("SELECT item_values FROM assessment WHERE id = %1").arg(saved->id))
            .toString(),
        items.join(QLatin1Char(',')));
    auto loaded = AssessmentRepository(db()).get(m_coordinator, saved->id);
    ASSERT_TRUE(loaded.ok()) << str(loaded.message());
    EXPECT_EQ(loaded->items, items);
    EXPECT_EQ(loaded->items[15], QStringLiteral("1a"));
    EXPECT_EQ(loaded->items[17], QStringLiteral("2b"));
    EXPECT_EQ(loaded->items[2], QStringLiteral("NA"));
    EXPECT_EQ(loaded->instrumentId, QStringLiteral("bdi2"));
    EXPECT_EQ(loaded->timePointId, std::optional<qint64>(m_baseline));
    EXPECT_EQ(loaded->date, today().addDays(-1));
    EXPECT_EQ(loaded->status, AssessmentStatus::Complete);
}

TEST_F(AssessmentTest, SavingAuditsEveryItemValue)
{
    const qint64 before = lastAuditId(db());
    const QStringList items = bdi2();
    auto saved = save(assessment(items));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    QStringList itemRows;
    for (const AuditRow& r : assessmentRows(before)) {
        EXPECT_EQ(r.action, QStringLiteral("created"));
        EXPECT_EQ(r.entityId, QString::number(saved->id));
        if (r.field.startsWith(QStringLiteral("item_")))
            itemRows << r.field + QLatin1Char('=') + r.newValue.toString();
        EXPECT_NE(r.field, QStringLiteral("item_values")); // per item, not the packed column
    }
    ASSERT_EQ(itemRows.size(), 21);
    EXPECT_EQ(itemRows[2], QStringLiteral("item_3=NA"));
    EXPECT_EQ(itemRows[15], QStringLiteral("item_16=1a"));
    EXPECT_EQ(itemRows[20], QStringLiteral("item_21=%1").arg(items[20]));
}

TEST_F(AssessmentTest, MalformedValuesAreRefusedNamingTheItem)
{
    QStringList items = bdi2();
    items[4] = QStringLiteral("x");
    expectRefused(assessment(items), {QStringLiteral("Item 5"), QStringLiteral("\"x\"")});

    items = bdi2();
    items[6] = QStringLiteral("1,2"); // would break the packed column
    expectRefused(assessment(items), {QStringLiteral("Item 7")});

    items = bdi2();
    items[11] = QString();
    expectRefused(assessment(items), {QStringLiteral("Item 12")});

    items = bdi2();
    items[19] = QStringLiteral("na");
    expectRefused(assessment(items), {QStringLiteral("Item 20"), QStringLiteral("\"na\"")});
}

TEST_F(AssessmentTest, ValuesOutsideTheInstrumentAreRefused)
{
    QStringList items = bdi2();
    items[0] = QStringLiteral("4"); // BDI-II items are 0-3
    expectRefused(assessment(items), {QStringLiteral("Item 1"), QStringLiteral("\"4\"")});

    items = bdi2();
    items[1] = QStringLiteral("1a"); // only items 16 and 18 take a letter
    expectRefused(assessment(items), {QStringLiteral("Item 2"), QStringLiteral("\"1a\"")});

    items = bdi2();
    items[15] = QStringLiteral("1c");
    expectRefused(assessment(items), {QStringLiteral("Item 16")});

    items = bdi2();
    items.removeLast();
    expectRefused(assessment(items), {QStringLiteral("21"), QStringLiteral("20")});
}

TEST_F(AssessmentTest, UnknownInstrumentIsRefused)
{
    Assessment a = assessment(bdi2());
    a.instrumentId = QStringLiteral("nosuchscale");
    const QString before = dumpDatabase(db());
    auto r = save(a);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().code, ErrorCode::Database);
    EXPECT_TRUE(r.message().contains(QStringLiteral("nosuchscale"))) << str(r.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AssessmentTest, AllItemsMissingNeedsAReason)
{
    QStringList missing;
    for (int i = 0; i < 21; ++i)
        missing << QStringLiteral("NA");
    Assessment a = assessment(missing, AssessmentStatus::Draft);
    expectRefused(a, {QStringLiteral("missing")});
    a.missingReason = QStringLiteral("Participant too unwell");
    auto saved = save(a);
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    auto loaded = AssessmentRepository(db()).get(m_coordinator, saved->id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->missingReason, QStringLiteral("Participant too unwell"));
    EXPECT_EQ(loaded->items, missing);
}

TEST_F(AssessmentTest, FutureDateAndVisitPlusSessionAreRefused)
{
    Assessment a = assessment(bdi2());
    a.date = today().addDays(1);
    expectRefused(a, {QStringLiteral("no later than today")});
    a = assessment(bdi2());
    a.sessionId = 1;
    expectRefused(a, {QStringLiteral("not both")});
}

TEST_F(AssessmentTest, CorrectingACompletedAssessmentNeedsAReason)
{
    auto saved = save(assessment(bdi2()));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    Assessment changed = *saved;
    changed.items[2] = QStringLiteral("2");   // was NA
    changed.items[15] = QStringLiteral("3b"); // was 1a
    const QString before = dumpDatabase(db());
    auto refused = AssessmentRepository(db()).correct(m_coordinator, changed, QStringLiteral(" "));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("reason"))) << str(refused.message());
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AssessmentTest, CorrectionWritesOneAuditRowPerChangedItem)
{
    auto saved = save(assessment(bdi2()));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    Assessment changed = *saved;
    changed.items[2] = QStringLiteral("2");   // item 3: NA -> 2
    changed.items[15] = QStringLiteral("3b"); // item 16: 1a -> 3b
    const qint64 before = lastAuditId(db());
    clock().advanceSeconds(120);
    auto corrected = AssessmentRepository(db()).correct(
        m_coordinator, changed, QStringLiteral("Second page of the form was found"));
    ASSERT_TRUE(corrected.ok()) << str(corrected.message());
    EXPECT_EQ(corrected->items, changed.items);
    EXPECT_EQ(
        sqlValue(db(),
                 QStringLiteral("SELECT item_values FROM assessment WHERE id = %1").arg(saved->id))
            .toString(),
        changed.items.join(QLatin1Char(',')));

    const auto rows = assessmentRows(before);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].field, QStringLiteral("item_3"));
    EXPECT_EQ(rows[0].oldValue.toString(), QStringLiteral("NA"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("2"));
    EXPECT_EQ(rows[1].field, QStringLiteral("item_16"));
    EXPECT_EQ(rows[1].oldValue.toString(), QStringLiteral("1a"));
    EXPECT_EQ(rows[1].newValue.toString(), QStringLiteral("3b"));
    for (const AuditRow& r : rows) {
        EXPECT_EQ(r.action, QStringLiteral("changed"));
        EXPECT_EQ(r.entityId, QString::number(saved->id));
        EXPECT_EQ(r.reason, QStringLiteral("Second page of the form was found"));
        EXPECT_EQ(r.atUtc, startTime().addSecs(120).toString(Qt::ISODateWithMs));
    }
}

TEST_F(AssessmentTest, DraftsMayBeCorrectedWithoutAReason)
{
    auto saved = save(assessment(bdi2(), AssessmentStatus::Draft));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    Assessment changed = *saved;
    changed.items[0] = QStringLiteral("3");
    changed.status = AssessmentStatus::Complete;
    const qint64 before = lastAuditId(db());
    auto corrected = AssessmentRepository(db()).correct(m_coordinator, changed, {});
    ASSERT_TRUE(corrected.ok()) << str(corrected.message());
    EXPECT_EQ(corrected->status, AssessmentStatus::Complete);
    const auto rows = assessmentRows(before);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].field, QStringLiteral("status"));
    EXPECT_EQ(rows[0].oldValue.toString(), QStringLiteral("draft"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("complete"));
    EXPECT_EQ(rows[1].field, QStringLiteral("item_1"));
}

TEST_F(AssessmentTest, CorrectionKeepsTheInstrumentAndItemCount)
{
    auto saved = save(assessment(bdi2()));
    ASSERT_TRUE(saved.ok());
    Assessment changed = *saved;
    changed.instrumentId = QStringLiteral("phq9");
    changed.items = changed.items.mid(0, 10);
    for (QString& v : changed.items)
        if (v.endsWith(QLatin1Char('a')) || v.endsWith(QLatin1Char('b')) ||
            v == QStringLiteral("NA"))
            v = QStringLiteral("1");
    const QString before = dumpDatabase(db());
    auto r =
        AssessmentRepository(db()).correct(m_coordinator, changed, QStringLiteral("Wrong form"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(AssessmentTest, RemovalIsAFlagWithAReason)
{
    auto saved = save(assessment(bdi2()));
    ASSERT_TRUE(saved.ok());
    AssessmentRepository repo(db());
    const QString before = dumpDatabase(db());
    const Status noReason = repo.remove(m_coordinator, saved->id, {});
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    if (db().isServer())
        GTEST_SKIP() << "the refusing trigger is written in SQLite's words";
    ASSERT_EQ(sqlExec(db(), QStringLiteral("CREATE TEMP TRIGGER no_assessment_delete BEFORE "
                                           "DELETE ON assessment BEGIN SELECT RAISE(ABORT, "
                                           "'never deleted'); END")),
              QString());
    const qint64 auditBefore = lastAuditId(db());
    ASSERT_TRUE(repo.remove(m_coordinator, saved->id, QStringLiteral("Entered twice")).ok());
    auto loaded = repo.get(m_coordinator, saved->id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->removed);
    EXPECT_EQ(loaded->removedReason, QStringLiteral("Entered twice"));
    EXPECT_EQ(loaded->items, saved->items);
    const auto rows = assessmentRows(auditBefore);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].field, QStringLiteral("removed"));
    EXPECT_EQ(rows[0].reason, QStringLiteral("Entered twice"));
    // A removed assessment cannot be corrected.
    Assessment changed = *loaded;
    changed.items[0] = QStringLiteral("3");
    auto corrected = repo.correct(m_coordinator, changed, QStringLiteral("Late fix"));
    ASSERT_FALSE(corrected.ok());
    EXPECT_EQ(corrected.error().code, ErrorCode::Invalid);
}

TEST_F(AssessmentTest, EncodingRoundTrips)
{
    const QStringList items = {QStringLiteral("0"), QStringLiteral("NA"), QStringLiteral("1a"),
                               QStringLiteral("-1")};
    EXPECT_EQ(AssessmentRepository::encodeItems(items), QStringLiteral("0,NA,1a,-1"));
    EXPECT_EQ(AssessmentRepository::decodeItems(QStringLiteral("0,NA,1a,-1")), items);
    EXPECT_TRUE(AssessmentRepository::decodeItems(QString()).isEmpty());
}

} // namespace

TEST_F(AssessmentTest, ABlindedClinicianInstrumentIsEnteredOnlyByABlindedAssessor)
{
    // The fixture's baseline gives HRSD-17 with the rater blinded_clinician.
    Assessment a = assessment({QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"),
                               QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                               QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"),
                               QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"),
                               QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                               QStringLiteral("0"), QStringLiteral("1")});
    a.instrumentId = QStringLiteral("hrsd17");
    const QString before = dumpDatabase(db());
    for (const Actor* who : {&m_coordinator}) {
        auto r = AssessmentRepository(db()).save(*who, a);
        ASSERT_FALSE(r.ok()) << str(who->username);
        EXPECT_TRUE(r.message().contains(QStringLiteral("blinded assessor"))) << str(r.message());
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
    auto byAssessor = AssessmentRepository(db()).save(m_assessor, a);
    EXPECT_TRUE(byAssessor.ok()) << str(byAssessor.message());
}
