#include "storage/Transaction.h"

#include "audit/AuditCheckpoint.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"

namespace td {

namespace {
// Transaction statements are few and frequent: run them as cached prepared statements (a
// server prepares only queries and data changes, so there they run as they are).
Status run(Database& db, const QString& sql)
{
    if (db.isServer() && !sql.startsWith(QLatin1String("SELECT")))
        return db.execDirect(sql);
    auto q = db.exec(sql);
    TD_TRY(q);
    (*q)->finish();
    return {};
}

QString savepointName(int level)
{
    return QStringLiteral("td_sp%1").arg(level);
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    m_level = m_db.transactionDepth();
    if (m_level == 0 && m_db.readOnly()) {
        m_status = makeError(ErrorCode::Conflict, m_db.readOnlyNote());
        return;
    }
    if (m_level == 0) {
        m_db.auditTail() = {};
        m_db.writtenTables().clear();
        const QStringList begin = m_db.dialect().beginWrite();
        for (qsizetype i = 0; i < begin.size() && m_status.ok(); ++i) {
            m_status = run(m_db, begin[i]);
            // The transaction began but its lock was refused: end it.
            if (!m_status.ok() && i > 0)
                (void)run(m_db, QStringLiteral("ROLLBACK"));
        }
        // Another program writes: name it where the system tells.
        if (!m_status.ok() && m_db.lastFailure() == SqlFailure::Busy)
            m_status = m_db.lockedError();
    } else {
        m_status = run(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    }
    if (m_status.ok()) {
        m_active = true;
        ++m_db.transactionDepthRef();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_status.ok())
        return m_status;
    if (!m_active)
        return makeError(ErrorCode::Database, tr("The transaction was already finished."));
    // The outermost commit first signs what the transaction appended to the audit trail.
    Status s = m_level == 0 ? AuditCheckpoint::seal(m_db) : Status{};
    // Then it tells the other clients what changed; they hear it when COMMIT succeeds.
    if (s.ok() && m_level == 0)
        s = announce();
    if (s.ok())
        s = m_level == 0 ? run(m_db, QStringLiteral("COMMIT"))
                         : run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level));
    if (!s.ok()) {
        rollback();
        return s;
    }
    m_active = false;
    --m_db.transactionDepthRef();
    return {};
}

Status Transaction::announce()
{
    const QString notify = m_db.dialect().notifyChanges();
    const QString payload =
        notify.isEmpty() ? QString() : LiveUpdates::payloadFor(m_db.writtenTables());
    m_db.writtenTables().clear();
    if (payload.isEmpty())
        return {};
    auto q = m_db.exec(notify, {payload});
    TD_TRY(q);
    (*q)->finish();
    return {};
}

void Transaction::rollback()
{
    m_active = false;
    --m_db.transactionDepthRef();
    // The cached audit chain tail may describe rows that are now gone; rows the outer
    // transaction appended before the savepoint still need its commit to sign them.
    Database::AuditTail& tail = m_db.auditTail();
    tail = m_level == 0 ? Database::AuditTail{}
                        : Database::AuditTail{false, 0, {}, tail.appended, tail.writer, {}};
    if (m_level == 0) {
        m_db.writtenTables().clear();
        (void)run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)run(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_level));
        (void)run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level));
    }
}

} // namespace td
