// The audit tie covers every clinical table (docs/postgresql.md, "Every change to a clinical
// row has its audit row"): a table that hangs on a participant, an assessment, an allocation, a
// double entry or a data query has both tie triggers on a secured server trial, so a table
// added later cannot be left out of ServerAuditTie::ties() unnoticed.

#include "access/ServerAuditTie.h"

#include "SecuredTrial.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

class ServerAuditTieTest : public SecuredTrial
{
protected:
    QStringList column(const QString& sql)
    {
        auto q = db().exec(sql);
        EXPECT_TRUE(q.ok()) << str(q.message());
        QStringList out;
        while (q.ok() && (*q)->next())
            out << (*q)->value(0).toString();
        return out;
    }
};

TEST_F(ServerAuditTieTest, EveryTableThatHangsOnAClinicalRowHasTheTie)
{
    QStringList clinical = column(QStringLiteral(
        "SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN "
        "information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = "
        "c.table_name WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND "
        "c.column_name IN ('participant_id', 'assessment_id', 'allocation_id', "
        "'double_entry_id', 'query_id') ORDER BY 1"));
    clinical << QStringLiteral("participant");
    ASSERT_GT(clinical.size(), 10);
    const QStringList insert = column(QStringLiteral(
        "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE "
        "g.tgname = 'td_audit_tie_insert' AND g.tgdeferrable AND g.tginitdeferred"));
    const QStringList update = column(QStringLiteral(
        "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE "
        "g.tgname = 'td_audit_tie_update' AND g.tgdeferrable AND g.tginitdeferred"));
    for (const QString& table : clinical) {
        EXPECT_TRUE(insert.contains(table)) << str(table);
        EXPECT_TRUE(update.contains(table)) << str(table);
    }
    EXPECT_EQ(static_cast<std::size_t>(insert.size()), ServerAuditTie::ties().size());
    // Nor may any group read or write the tie's notes.
    EXPECT_TRUE(column(QStringLiteral("SELECT grantee FROM information_schema.role_table_grants "
                                      "WHERE table_name = 'td_audit_tx' AND grantee <> "
                                      "current_user"))
                    .isEmpty());
}

} // namespace
