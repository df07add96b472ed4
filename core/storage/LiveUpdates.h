#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace td {

class Database;

// Changes other clients commit to the same trial database, as they happen (docs/postgresql.md).
// On PostgreSQL a write transaction's commit sends a NOTIFY on the channel `trialdesk` of the
// trial's database, its payload the areas it changed (payloadFor). LiveUpdates listens on the
// trial's connection (QSqlDriver::subscribeToNotification), gathers what arrives for a moment
// and then emits changed() once with every area named. A file has no other clients that could
// tell it anything: there active() is false and changed() never comes.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr auto channel = "trialdesk";

    // The area a table belongs to: "participants" (screening, consent, status), "randomization"
    // (allocations, the list, unblinding), "assessments" (and scores, double entry, source
    // verification), "sessions", "alerts", "queries" (data queries), "locks", "protocol",
    // "users", or "other".
    static QString areaOf(const QString& table);
    // The payload for a transaction that changed `tables`: their areas, sorted, comma separated
    // (empty when only the audit trail changed).
    static QString payloadFor(const QSet<QString>& tables);

    explicit LiveUpdates(Database& db, QObject* parent = nullptr);
    ~LiveUpdates() override;

    // Listening: a server database whose driver took the subscription.
    bool active() const { return m_active; }
    // How long notifications are gathered before changed() (default 300 ms).
    void setGatherInterval(int milliseconds) { m_gather.setInterval(milliseconds); }

signals:
    // Other clients committed changes to these areas (never this connection's own writes).
    void changed(const QStringList& areas);

private:
    void received(const QString& name, int source, const QString& payload);

    Database& m_db;
    bool m_active = false;
    QSet<QString> m_pending;
    QTimer m_gather;
};

} // namespace td
