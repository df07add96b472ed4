#include "exchange/TrialCopy.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace td {

namespace {
// At most this many values go into one INSERT (well below SQLite's and PostgreSQL's limits on
// bound values), and at most this many rows.
constexpr int valuesPerInsert = 4000;
constexpr int rowsPerInsert = 500;
} // namespace

Result<QStringList> TrialCopy::tablesOf(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(db.dialect().tablesQuery()))
        return db.sqlError(q, db.dialect().tablesQuery());
    QStringList tables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!name.startsWith(QLatin1String("sqlite_")))
            tables << name;
    }
    std::sort(tables.begin(), tables.end());
    // The database lock goes in last: a file's triggers refuse rows it covers.
    if (tables.removeOne(QStringLiteral("data_lock")))
        tables << QStringLiteral("data_lock");
    return tables;
}

Result<QStringList> TrialCopy::columnsOf(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(db.dialect().columnsQuery()))
        return db.sqlError(q, db.dialect().columnsQuery());
    q.addBindValue(table);
    if (!q.exec())
        return db.sqlError(q, db.dialect().columnsQuery());
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

Status TrialCopy::requireEmpty(Database& target)
{
    auto tables = tablesOf(target);
    TD_TRY(tables);
    for (const QString& table : *tables) {
        auto rows = target.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        TD_TRY(rows);
        // Making the schema wrote one row, the audit trail's format marker.
        if (rows->toLongLong() > (table == QLatin1String("audit_log") ? 1 : 0))
            return makeError(ErrorCode::Conflict,
                             tr("%1 already holds data (%2 rows in the table %3). A trial is "
                                "moved only into a new or empty database; nothing was changed.")
                                 .arg(target.path())
                                 .arg(rows->toLongLong())
                                 .arg(table));
    }
    return {};
}

Result<qint64> TrialCopy::copyTable(Database& from, Database& to, const QString& table)
{
    auto columns = columnsOf(to, table);
    TD_TRY(columns);
    auto given = columnsOf(from, table);
    TD_TRY(given);
    if (*columns != *given)
        return makeError(ErrorCode::Invalid,
                         tr("The table %1 has other columns in %2 than in %3 (%4, and %5): the "
                            "trial was not moved.")
                             .arg(table, from.path(), to.path(), given->join(QStringLiteral(", ")),
                                  columns->join(QStringLiteral(", "))));
    const QString list = columns->join(QStringLiteral(", "));
    const bool hasId = columns->contains(QStringLiteral("id"));
    QSqlQuery rows(from.connection());
    rows.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT %1 FROM %2%3")
            .arg(list, table, hasId ? QStringLiteral(" ORDER BY id") : QString());
    if (!rows.exec(select))
        return from.sqlError(rows, select);

    const int width = static_cast<int>(columns->size());
    const int perInsert = std::clamp(valuesPerInsert / std::max(width, 1), 1, rowsPerInsert);
    const QString one = QLatin1Char('(') +
                        QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    auto insertOf = [&](int count) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, list) +
               QStringList(count, one).join(QLatin1Char(','));
    };
    const QString full = insertOf(perInsert);
    QVariantList values;
    values.reserve(perInsert * width);
    qint64 copied = 0;
    int pending = 0;
    auto flush = [&]() -> Status {
        if (pending == 0)
            return {};
        auto q = to.exec(pending == perInsert ? full : insertOf(pending), values);
        TD_TRY(q);
        (*q)->finish();
        values.clear();
        pending = 0;
        return {};
    };
    while (rows.next()) {
        for (int c = 0; c < width; ++c)
            values << (rows.isNull(c) ? QVariant() : rows.value(c));
        ++copied;
        if (++pending == perInsert)
            TD_TRY(flush());
    }
    if (rows.lastError().isValid())
        return from.sqlError(rows, select);
    TD_TRY(flush());
    if (hasId) {
        const QString reset = to.dialect().resetIdentity(table);
        if (!reset.isEmpty())
            TD_TRY(to.execDirect(reset));
    }
    return copied;
}

Status TrialCopy::replaceOwnTrail(Database& to)
{
    // Making the target's schema wrote the audit trail's format marker, its one row; the
    // source's trail takes its place, so that the chain is the source's, row for row. On a
    // server the append-only triggers rest during the copy (bulkCopySetup); a file's cannot, so
    // they are dropped and made again inside the copy's transaction.
    if (to.isServer())
        return to.execDirect(QStringLiteral("DELETE FROM audit_log"));
    static const QRegularExpression named(QStringLiteral("^CREATE TRIGGER (\\w+)"));
    const QStringList triggers = to.dialect().appendOnlyTriggers(QStringLiteral("audit_log"));
    for (const QString& trigger : triggers) {
        const auto match = named.match(trigger);
        if (match.hasMatch())
            TD_TRY(to.execDirect(QStringLiteral("DROP TRIGGER IF EXISTS ") + match.captured(1)));
    }
    TD_TRY(to.execDirect(QStringLiteral("DELETE FROM audit_log")));
    for (const QString& trigger : triggers)
        TD_TRY(to.execDirect(trigger));
    return {};
}

Result<TrialCopy::Report> TrialCopy::copy(Database& from, Database& to)
{
    auto fromVersion = from.schemaVersion();
    TD_TRY(fromVersion);
    auto toVersion = to.schemaVersion();
    TD_TRY(toVersion);
    if (*fromVersion != *toVersion)
        return makeError(ErrorCode::Invalid,
                         tr("%1 has schema version %2 and %3 has %4: a trial moves only between "
                            "databases of the same version. Nothing was changed.")
                             .arg(from.path())
                             .arg(*fromVersion)
                             .arg(to.path())
                             .arg(*toVersion));
    TD_TRY(requireEmpty(to));
    // An encrypted file's sealed allocation list opens only with keys that file holds (its
    // data key, the statisticians' allocation key): on a server it could never be opened.
    if (to.isServer() && *fromVersion >= 15) {
        auto sealed = from.scalar(
            QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE sealed IS NOT NULL"));
        TD_TRY(sealed);
        if (sealed->toLongLong() > 0)
            return makeError(ErrorCode::Invalid,
                             tr("%1 holds an allocation list sealed under its statisticians' key "
                                "(docs/encryption.md). A server could not open it, so "
                                "randomization there would stop: a trial with a sealed list "
                                "cannot be moved onto a server yet. Nothing was copied.")
                                 .arg(from.path()));
    }
    auto tables = tablesOf(from);
    TD_TRY(tables);

    Report report;
    {
        Transaction tx(to);
        TD_TRY(tx.status());
        for (const QString& setup : to.dialect().bulkCopySetup())
            TD_TRY(to.execDirect(setup));
        TD_TRY(replaceOwnTrail(to));
        for (const QString& table : *tables) {
            auto copied = copyTable(from, to, table);
            TD_TRY(copied);
            report.tables.push_back({table, *copied});
        }
        for (const QString& done : to.dialect().bulkCopyDone())
            TD_TRY(to.execDirect(done));
        TD_TRY(tx.commit());
    }

    // The check: the rows arrived, the chain holds, the allocations replay.
    for (const TableCount& t : report.tables) {
        auto there = to.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.table));
        TD_TRY(there);
        if (there->toLongLong() != t.rows)
            report.countsMatch = false;
    }
    auto chain = AuditVerifier::verify(to);
    TD_TRY(chain);
    report.chain = *chain;
    auto replay = RandomizationReplay::run(to);
    TD_TRY(replay);
    report.allocations = *replay;
    return report;
}

} // namespace td
