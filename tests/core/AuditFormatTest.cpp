// The compact audit trail (schema version 10): one row per changed record, its changed values
// in one canonical text covered by the row's hash; the format marker; the one reader that reads
// per-value and compact rows alike, in C++ and in SQL; the verifier on both formats.

#include "TestTrial.h"
#include "access/UserRepository.h"
#include "audit/AuditRowFormat.h"
#include "audit/AuditTrail.h"
#include "audit/AuditVerifier.h"
#include "participants/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace td;
using namespace tdtest;

namespace {

// ---- The canonical text ---------------------------------------------------------------------

std::vector<AuditChange> awkward()
{
    return {{QStringLiteral("status"), QStringLiteral("draft"), QStringLiteral("complete")},
            {QStringLiteral("item_1"), QString(), QStringLiteral("2")},
            {QStringLiteral("note"), QStringLiteral(""), QString()},
            {QString(), QString(), QString()},
            {QStringLiteral("quote\"back\\slash"), QStringLiteral("line\nfeed\ttab\x01"),
             QStringLiteral("æøå ✓ 𝄞")}};
}

TEST(AuditRowFormat, WritesOneCanonicalText)
{
    EXPECT_EQ(AuditRowFormat::serialize({{QStringLiteral("a"), QString(), QStringLiteral("1")}}),
              QStringLiteral(R"([["a","1"]])"));
    EXPECT_EQ(
        AuditRowFormat::serialize({{QStringLiteral("a"), QStringLiteral("0"), QStringLiteral("1")},
                                   {QStringLiteral("b"), QStringLiteral("x"), QString()},
                                   {QString(), QString(), QString()}}),
        QStringLiteral(R"([["a","0","1"],["b","x",null],[null,null]])"));
    EXPECT_EQ(AuditRowFormat::serialize(
                  {{QStringLiteral("q\"\\"), QString(), QStringLiteral("\n\x1f/é")}}),
              QStringLiteral(R"([["q\"\\","\u000a\u001f/é"]])"));
}

TEST(AuditRowFormat, ReadsBackExactlyWhatItWrote)
{
    const auto changes = awkward();
    const auto back = AuditRowFormat::parse(AuditRowFormat::serialize(changes));
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->size(), changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ((*back)[i].field, changes[i].field);
        EXPECT_EQ((*back)[i].field.isNull(), changes[i].field.isNull());
        EXPECT_EQ((*back)[i].oldValue, changes[i].oldValue);
        EXPECT_EQ((*back)[i].oldValue.isNull(), changes[i].oldValue.isNull());
        EXPECT_EQ((*back)[i].newValue, changes[i].newValue);
        EXPECT_EQ((*back)[i].newValue.isNull(), changes[i].newValue.isNull());
    }
}

TEST(AuditRowFormat, RefusesEveryOtherSpelling)
{
    // Each of these is valid JSON, or nearly, but not what serialize() writes.
    for (const char* text : {R"([])",
                             R"([["a"]])",
                             R"([["a","1"] ])",
                             R"([ ["a","1"]])",
                             R"([["a", "1"]])",
                             R"([["a",null,"1"]])",
                             R"([["a","0","1","2"]])",
                             R"([["a","\n"]])",
                             R"([["a","\u000A"]])",
                             R"([["a","\u0041"]])",
                             R"([["a","\/"]])",
                             R"([["a",1]])",
                             R"([["a","1"]]x)",
                             R"([["a","1"],])",
                             R"({"a":"1"})",
                             R"([["a","1")",
                             "[[\"a\",\"\x01\"]]",
                             "[[\"a\",\"\xff\"]]",
                             R"([["a",NULL]])",
                             ""}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(AuditRowFormat::parse(QByteArrayView(text)).has_value());
    }
}

// ---- Writing and reading the trail -----------------------------------------------------------

class AuditFormatTest : public TestTrial
{
protected:
    struct Raw
    {
        qint64 id = 0;
        QString action, entity, entityId, field, changes, reason;
        bool perValue = false;
    };
    std::vector<Raw> rawRows(qint64 afterId = 0)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id, action, entity, entity_id, field, changes, reason, "
                                 "old_value IS NULL AND new_value IS NULL AND field IS NULL FROM "
                                 "audit_log WHERE id > ? ORDER BY id"));
        q.addBindValue(afterId);
        if (!q.exec())
            throw SetupFailure("raw rows");
        std::vector<Raw> out;
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString(), !q.value(7).toBool()});
        return out;
    }
};

TEST_F(AuditFormatTest, ANewTrialStartsWithTheFormatMarker)
{
    const auto rows = rawRows();
    ASSERT_GT(rows.size(), 2u);
    EXPECT_EQ(rows[0].id, 1);
    EXPECT_EQ(rows[0].action, QStringLiteral("row_format"));
    EXPECT_EQ(rows[0].entity, QStringLiteral("audit_log"));
    EXPECT_EQ(rows[0].entityId, QStringLiteral("2"));
    EXPECT_TRUE(rows[0].perValue);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i].id);
        EXPECT_FALSE(rows[i].perValue);
        EXPECT_TRUE(AuditRowFormat::parse(rows[i].changes).has_value()) << str(rows[i].changes);
    }
    auto v = AuditVerifier::verify(db());
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact) << str(v->problem);
    EXPECT_EQ(v->formatMarkerId, 1);
}

TEST_F(AuditFormatTest, AChangedRecordIsOneRowHoldingEveryChangedValue)
{
    const Participant p = consented();
    const qint64 before = lastAuditId(db());
    must(ParticipantRepository(db()).setCovariates(m_coordinator, p.id,
                                                   {41, QStringLiteral("female"), 12, 7}),
         "covariates");
    const auto rows = rawRows(before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("changed"));
    EXPECT_EQ(rows[0].entity, QStringLiteral("participant"));
    EXPECT_EQ(rows[0].entityId, QString::number(p.id));
    EXPECT_EQ(rows[0].changes, QStringLiteral(R"([["age","41"],["sex","female"],)"
                                              R"(["education_years","12"],)"
                                              R"(["episode_months","7"]])"));

    // Correcting one value: one row with the old and the new value, and the reason.
    must(ParticipantRepository(db()).setCovariates(
             m_coordinator, p.id, {42, QStringLiteral("female"), 12, 7}, QStringLiteral("typo")),
         "correction");
    const auto entries = auditRows(db(), before + 1);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].field, QStringLiteral("age"));
    EXPECT_EQ(entries[0].oldValue.toString(), QStringLiteral("41"));
    EXPECT_EQ(entries[0].newValue.toString(), QStringLiteral("42"));
    EXPECT_EQ(entries[0].reason, QStringLiteral("typo"));
    EXPECT_EQ(entries[0].username, m_coordinator.username);
    EXPECT_EQ(entries[0].role, QStringLiteral("coordinator"));
}

TEST_F(AuditFormatTest, EventsWithoutAFieldAreOneRowToo)
{
    const qint64 before = lastAuditId(db());
    {
        Transaction tx(db());
        must(UserRepository(db()).signOut(m_coordinator), "sign out");
        must(tx.commit(), "commit");
    }
    const auto rows = rawRows(before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].changes, QStringLiteral("[[null,null]]"));
    const auto entries = auditRows(db(), before);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].action, QStringLiteral("logout"));
    EXPECT_TRUE(entries[0].field.isEmpty());
    EXPECT_TRUE(entries[0].newValue.isNull());
}

TEST_F(AuditFormatTest, NothingChangedWritesNoRow)
{
    const Participant p = consented();
    const qint64 before = lastAuditId(db());
    Transaction tx(db());
    auto n = AuditLog::recordChanges(db(), m_coordinator, QStringLiteral("participant"), p.id,
                                     {{QStringLiteral("age"), 40, 40}}, {});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 0);
    ASSERT_TRUE(AuditLog::recordCreated(db(), m_coordinator, QStringLiteral("participant"), p.id,
                                        {{QStringLiteral("sex"), QString()}})
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(lastAuditId(db()), before);
}

TEST_F(AuditFormatTest, TheSqlReaderGivesTheSameEntries)
{
    // Every shape of row: the marker, compact rows with and without old values and fields.
    const Participant p = randomized(m_armCbt);
    must(ParticipantRepository(db()).withdraw(m_coordinator, p.id, QStringLiteral("Moved"), true),
         "withdraw");
    const auto entries = auditRows(db());
    QSqlQuery q(db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT * FROM (%1) e ORDER BY id, entry")
                           .arg(AuditRowFormat::entriesSql(db().dialect()))))
        << str(q.lastError().text());
    std::size_t i = 0;
    for (; q.next(); ++i) {
        ASSERT_LT(i, entries.size());
        SCOPED_TRACE(entries[i].id);
        const AuditRow& e = entries[i];
        EXPECT_EQ(q.value(0).toLongLong(), e.id);
        EXPECT_EQ(q.value(1).toString(), e.atUtc);
        EXPECT_EQ(q.value(2).toString(), e.username);
        EXPECT_EQ(q.value(4).toString(), e.action);
        EXPECT_EQ(q.value(5).toString(), e.entity);
        EXPECT_EQ(q.value(6).toString(), e.entityId);
        EXPECT_EQ(q.value(7).toString(), e.field);
        EXPECT_EQ(q.isNull(8), e.oldValue.isNull());
        EXPECT_EQ(q.value(8).toString(), e.oldValue.toString());
        EXPECT_EQ(q.isNull(9), e.newValue.isNull());
        EXPECT_EQ(q.value(9).toString(), e.newValue.toString());
        EXPECT_EQ(q.value(10).toString(), e.reason);
    }
    EXPECT_EQ(i, entries.size());
}

// ---- The verifier on compact rows -----------------------------------------------------------

class CompactVerifyTest : public AuditFormatTest
{
protected:
    void SetUp() override
    {
        AuditFormatTest::SetUp();
        if (HasFatalFailure())
            return;
        randomized(m_armCbt);
        m_rows = lastAuditId(db());
        m_middle = m_rows / 2;
        for (const QString& trigger :
             {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete")})
            ASSERT_EQ(dropTrigger(db(), trigger, QStringLiteral("audit_log")), QString());
    }
    qint64 brokenAt()
    {
        auto v = AuditVerifier::verify(db());
        if (!v.ok())
            throw SetupFailure("verify: " + str(v.message()));
        return v->intact ? 0 : v->firstBrokenId;
    }
    qint64 m_rows = 0;
    qint64 m_middle = 0;
};

TEST_F(CompactVerifyTest, AnEditedValueInsideARowIsReported)
{
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET changes = replace(changes, "
                                           "'\"coordinator\"', '\"mallory\"') WHERE id = (SELECT "
                                           "MIN(id) FROM audit_log WHERE changes LIKE "
                                           "'%\"coordinator\"%')")),
              QString());
    EXPECT_GT(brokenAt(), 0);
}

TEST_F(CompactVerifyTest, AValueMovedIntoThePerValueColumnsIsReported)
{
    ASSERT_EQ(
        sqlExec(db(), QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = %1")
                          .arg(m_middle)),
        QString());
    EXPECT_EQ(brokenAt(), m_middle);
}

TEST_F(CompactVerifyTest, AReformattedButEquivalentTextIsReported)
{
    // The same values in another JSON spelling: readers would agree, the hash does not, and
    // the text is not canonical.
    const qint64 target =
        sqlCount(db(), QStringLiteral("SELECT MIN(id) FROM audit_log WHERE changes LIKE '%],[%'"));
    ASSERT_GT(target, 0);
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET changes = replace(changes, "
                                           "'],[', '], [') WHERE id = %1")
                                .arg(target)),
              QString());
    EXPECT_EQ(brokenAt(), target);
}

TEST_F(CompactVerifyTest, APerValueRowAfterTheMarkerIsReportedEvenWithItsOwnHashRight)
{
    // A forger who writes a row of the old format, hashed correctly, after the marker.
    const QString prevHash =
        sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(m_rows))
            .toString();
    const QString at = QStringLiteral("2025-06-02T10:00:00.000Z");
    const AuditEntry forged{QStringLiteral("changed"),
                            QStringLiteral("participant"),
                            QStringLiteral("1"),
                            QStringLiteral("age"),
                            QStringLiteral("40"),
                            QStringLiteral("41"),
                            {}};
    const QByteArray hash =
        AuditLog::rowHash(m_rows + 1, at, QStringLiteral("coordinator"),
                          QStringLiteral("coordinator"), forged, prevHash.toLatin1());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, "
                                           "action, entity, entity_id, field, old_value, "
                                           "new_value, reason, prev_hash, hash) VALUES (%1, '%2', "
                                           "'coordinator', 'coordinator', 'changed', "
                                           "'participant', '1', 'age', '40', '41', NULL, '%3', "
                                           "'%4')")
                                .arg(m_rows + 1)
                                .arg(at, prevHash, QString::fromLatin1(hash))),
              QString());
    EXPECT_EQ(brokenAt(), m_rows + 1);
}

TEST_F(CompactVerifyTest, AForgedCompactRowWithItsOwnHashRightIsReportedAtTheNextRow)
{
    const QString prevHash =
        sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(m_middle - 1))
            .toString();
    const QString at = QStringLiteral("2025-06-02T10:00:00.000Z");
    const QString changes = QStringLiteral(R"([["age","40","41"]])");
    const QByteArray hash = AuditLog::compactRowHash(
        m_middle, at, QStringLiteral("coordinator"), QStringLiteral("coordinator"),
        QStringLiteral("changed"), QStringLiteral("participant"), QStringLiteral("1"), changes,
        QString(), prevHash.toLatin1());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_middle)),
              QString());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, "
                                           "action, entity, entity_id, changes, prev_hash, hash) "
                                           "VALUES (%1, '%2', 'coordinator', 'coordinator', "
                                           "'changed', 'participant', '1', '%3', '%4', '%5')")
                                .arg(m_middle)
                                .arg(at, changes, prevHash, QString::fromLatin1(hash))),
              QString());
    EXPECT_EQ(brokenAt(), m_middle + 1);
}

TEST_F(CompactVerifyTest, TheMarkerCannotBeTakenOut)
{
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = 1")), QString());
    EXPECT_EQ(brokenAt(), 2);
    // Nor turned into a row of another meaning: its hash no longer fits.
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET id = 1 WHERE id = 2")), QString());
    EXPECT_EQ(brokenAt(), 1);
}

} // namespace
