// What each role may write (core/access/WriteGrants), the table a server trial's write grants
// are made from (docs/postgresql.md, "What each role may write"): it follows Permissions, it
// covers every write the core makes, and nothing clinical is ever deleted.

#include "access/WriteGrants.h"

#include "TestTrial.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace td;
using namespace tdtest;

namespace {

std::optional<TableWrite> find(const std::vector<TableWrite>& writes, const QString& table)
{
    for (const TableWrite& w : writes)
        if (w.table == table)
            return w;
    return std::nullopt;
}

bool writes(Role role, const QString& table)
{
    return find(WriteGrants::forRole(role), table).has_value();
}

// The core's writes that are not a group's grant, and why.
const QHash<QString, const char*> notGranted = {
    {QStringLiteral("INSERT audit_log"), "through td_audit_append, which chains the row"},
    {QStringLiteral("UPDATE allocation_list"), "sealing an encrypted file's list (SQLite only)"},
    {QStringLiteral("UPDATE allocation_list_entry"), "the same sealing"},
    {QStringLiteral("DELETE allocation_list_entry"), "the same sealing"},
};

TEST(WriteGrants, EveryWriteTheCoreMakesIsSomeonesGrant)
{
    // INSERT INTO t, UPDATE t SET, DELETE FROM t in the core's SQL, and the audited helpers'
    // AuditedWrite::insert/update(db, actor, "t", ...).
    static const QRegularExpression sql(
        QStringLiteral(R"(\b(INSERT INTO|UPDATE(?= [a-z_]+ SET\b)|DELETE FROM)\s+([a-z_]+)\b)"));
    static const QRegularExpression audited(
        QStringLiteral(R"(AuditedWrite::(insert|update)\(\s*[\w.]+,\s*[\w.]+,\s*)"
                       R"re(QStringLiteral\("([a-z_]+)"\))re"));
    static const QRegularExpression joined(QStringLiteral(R"("\s*\n\s*")"));
    const QString root = QStringLiteral(TD_SOURCE_DIR);
    QSet<QString> found;
    QDirIterator it(root + QStringLiteral("/core"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The schema and its migrations, whole-trial copies and the server's own statements run
        // as the tables' owner.
        if (path.contains(QStringLiteral("/storage/")) ||
            path.contains(QStringLiteral("/exchange/TrialCopy")) ||
            path.contains(QStringLiteral("/access/Server")) ||
            path.contains(QStringLiteral("/demo/")))
            continue;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        text.replace(joined, QString());
        for (auto m = sql.globalMatch(text); m.hasNext();) {
            const auto hit = m.next();
            const QString verb = hit.captured(1).section(QLatin1Char(' '), 0, 0);
            found << verb + QLatin1Char(' ') + hit.captured(2);
        }
        for (auto m = audited.globalMatch(text); m.hasNext();) {
            const auto hit = m.next();
            found << hit.captured(1).toUpper() + QLatin1Char(' ') + hit.captured(2);
        }
    }
    ASSERT_GT(found.size(), 40);
    QSet<QString> granted;
    for (Role role : allRoles)
        for (const TableWrite& w : WriteGrants::forRole(role)) {
            if (w.insert)
                granted << QStringLiteral("INSERT ") + w.table;
            if (w.update)
                granted << QStringLiteral("UPDATE ") + w.table;
            if (w.remove)
                granted << QStringLiteral("DELETE ") + w.table;
        }
    // UserRepository's own-row updates (password, signing key) are ServerPrivileges' policy.
    for (const QString& write : found)
        EXPECT_TRUE(granted.contains(write) || notGranted.contains(write))
            << write.toStdString() << ": no permission in WriteGrants writes it";
    for (auto n = notGranted.begin(); n != notGranted.end(); ++n)
        EXPECT_TRUE(found.contains(n.key())) << "stale exception " << n.key().toStdString();
}

TEST(WriteGrants, NoRoleDeletesAClinicalRow)
{
    for (Role role : allRoles)
        for (const TableWrite& w : WriteGrants::forRole(role))
            EXPECT_FALSE(w.remove && WriteGrants::clinicalTables().contains(w.table))
                << Roles::key(role).toStdString() << " deletes from " << w.table.toStdString();
}

TEST(WriteGrants, FollowThePermissions)
{
    // A role writes a permission's tables only when it holds the permission (or another that
    // writes them too): check the clear cases.
    EXPECT_FALSE(writes(Role::Coordinator, QStringLiteral("arm")));
    EXPECT_FALSE(writes(Role::Coordinator, QStringLiteral("time_point")));
    EXPECT_FALSE(writes(Role::Coordinator, QStringLiteral("allocation_list_entry")));
    EXPECT_TRUE(writes(Role::Coordinator, QStringLiteral("allocation")));
    EXPECT_TRUE(writes(Role::Administrator, QStringLiteral("arm")));
    EXPECT_FALSE(writes(Role::Administrator, QStringLiteral("assessment")));
    EXPECT_FALSE(writes(Role::Administrator, QStringLiteral("participant")));
    for (const QString& t : {QStringLiteral("therapy_session"), QStringLiteral("allocation"),
                             QStringLiteral("allocation_level"), QStringLiteral("participant")})
        EXPECT_FALSE(writes(Role::BlindedAssessor, t)) << t.toStdString();
    EXPECT_TRUE(writes(Role::BlindedAssessor, QStringLiteral("assessment")));
    EXPECT_TRUE(writes(Role::BlindedAssessor, QStringLiteral("emergency_unblinding")));
    EXPECT_TRUE(writes(Role::Therapist, QStringLiteral("therapy_session")));
    EXPECT_FALSE(writes(Role::Therapist, QStringLiteral("participant")));
    EXPECT_TRUE(writes(Role::Statistician, QStringLiteral("allocation_list_entry")));
    EXPECT_FALSE(writes(Role::Statistician, QStringLiteral("assessment")));
    // Read-only roles write only what every signed-in user writes, and the monitor its queries
    // and verifications.
    const std::vector<TableWrite> everyone = WriteGrants::everyone();
    EXPECT_EQ(WriteGrants::forRole(Role::Dmc).size(), everyone.size());
    QStringList monitor;
    for (const TableWrite& w : WriteGrants::forRole(Role::Monitor))
        if (!find(everyone, w.table))
            monitor << w.table;
    monitor.sort();
    EXPECT_EQ(monitor, (QStringList{QStringLiteral("data_query"), QStringLiteral("data_query_step"),
                                    QStringLiteral("source_verification")}));
    // Column-narrowed updates stay narrow when a role holds only them.
    const auto site = find(WriteGrants::forRole(Role::Coordinator), QStringLiteral("site"));
    ASSERT_TRUE(site);
    EXPECT_FALSE(site->insert);
    EXPECT_EQ(site->columns, QStringList{QStringLiteral("next_number")});
}

TEST(WriteGrants, WhoChangesAFormAlsoWritesWhatTheChangeWritesBeside)
{
    // Saving a completed visit form raises the rules' queries, and a correction, adjudication or
    // removal of a verified form clears the monitor's mark and raises a query to the site, in
    // the change's own transaction: every role that may do one of those writes them too (the
    // blinded assessor's unscorable rating, the coordinator's correction of a verified form).
    for (Role role : allRoles) {
        const bool changesForms = Roles::allows(role, Permission::EnterAssessments) ||
                                  Roles::allows(role, Permission::RemoveClinicalRecords) ||
                                  Roles::allows(role, Permission::AdjudicateEntries);
        if (!changesForms)
            continue;
        const std::vector<TableWrite> all = WriteGrants::forRole(role);
        for (const QString& table :
             {QStringLiteral("data_query"), QStringLiteral("data_query_step")}) {
            const auto w = find(all, table);
            EXPECT_TRUE(w && w->insert) << Roles::key(role).toStdString() << " " << str(table);
        }
        const auto mark = find(all, QStringLiteral("source_verification"));
        ASSERT_TRUE(mark && mark->update) << Roles::key(role).toStdString();
        EXPECT_TRUE(mark->columns.isEmpty() ||
                    (mark->columns.contains(QStringLiteral("cleared_at")) &&
                     mark->columns.contains(QStringLiteral("cleared_reason"))))
            << Roles::key(role).toStdString();
        // Clearing a mark is not verifying: only the monitor makes one.
        EXPECT_EQ(mark->insert, Roles::allows(role, Permission::VerifySource))
            << Roles::key(role).toStdString();
    }
}

class WriteGrantsSchemaTest : public TestTrial
{
};

TEST_F(WriteGrantsSchemaTest, EveryTableAndColumnItNamesExists)
{
    for (Permission p : allPermissions)
        for (const TableWrite& w : WriteGrants::of(p)) {
            EXPECT_GT(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type "
                                                    "= 'table' AND name = '%1'")
                                         .arg(w.table)),
                      0)
                << w.table.toStdString();
            for (const QString& c : w.columns)
                EXPECT_GT(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM "
                                                        "pragma_table_info('%1') WHERE name = '%2'")
                                             .arg(w.table, c)),
                          0)
                    << w.table.toStdString() << "." << c.toStdString();
        }
}

} // namespace
