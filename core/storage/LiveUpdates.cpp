#include "storage/LiveUpdates.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <algorithm>

namespace td {

QString LiveUpdates::areaOf(const QString& table)
{
    static const QHash<QString, QString> areas = {
        {QStringLiteral("participant"), QStringLiteral("participants")},
        {QStringLiteral("eligibility_answer"), QStringLiteral("participants")},
        {QStringLiteral("covariate_value"), QStringLiteral("participants")},
        {QStringLiteral("allocation"), QStringLiteral("randomization")},
        {QStringLiteral("allocation_level"), QStringLiteral("randomization")},
        {QStringLiteral("allocation_list"), QStringLiteral("randomization")},
        {QStringLiteral("allocation_list_entry"), QStringLiteral("randomization")},
        {QStringLiteral("randomization_settings"), QStringLiteral("randomization")},
        {QStringLiteral("randomization_factor"), QStringLiteral("randomization")},
        {QStringLiteral("emergency_unblinding"), QStringLiteral("randomization")},
        {QStringLiteral("arm_guess"), QStringLiteral("randomization")},
        {QStringLiteral("assessment"), QStringLiteral("assessments")},
        {QStringLiteral("assessment_score"), QStringLiteral("assessments")},
        {QStringLiteral("double_entry"), QStringLiteral("assessments")},
        {QStringLiteral("double_entry_resolution"), QStringLiteral("assessments")},
        {QStringLiteral("source_verification"), QStringLiteral("assessments")},
        {QStringLiteral("electronic_signature"), QStringLiteral("assessments")},
        {QStringLiteral("therapy_session"), QStringLiteral("sessions")},
        {QStringLiteral("session_measure"), QStringLiteral("sessions")},
        {QStringLiteral("alert"), QStringLiteral("alerts")},
        {QStringLiteral("data_query"), QStringLiteral("queries")},
        {QStringLiteral("data_query_step"), QStringLiteral("queries")},
        {QStringLiteral("data_lock"), QStringLiteral("locks")},
        {QStringLiteral("users"), QStringLiteral("users")},
        {QStringLiteral("user_site"), QStringLiteral("users")},
        {QStringLiteral("trial"), QStringLiteral("protocol")},
        {QStringLiteral("site"), QStringLiteral("protocol")},
        {QStringLiteral("arm"), QStringLiteral("protocol")},
        {QStringLiteral("arm_session_plan"), QStringLiteral("protocol")},
        {QStringLiteral("strat_factor"), QStringLiteral("protocol")},
        {QStringLiteral("time_point"), QStringLiteral("protocol")},
        {QStringLiteral("time_point_instrument"), QStringLiteral("protocol")},
        {QStringLiteral("instrument_definition"), QStringLiteral("protocol")},
        {QStringLiteral("instrument_norm"), QStringLiteral("protocol")},
        {QStringLiteral("covariate"), QStringLiteral("protocol")},
        {QStringLiteral("covariate_choice"), QStringLiteral("protocol")},
        {QStringLiteral("eligibility_criterion"), QStringLiteral("protocol")},
        {QStringLiteral("protocol_version"), QStringLiteral("protocol")},
        {QStringLiteral("baseline_stat"), QStringLiteral("protocol")},
    };
    return areas.value(table, QStringLiteral("other"));
}

QString LiveUpdates::payloadFor(const QSet<QString>& tables)
{
    // The audit trail and the sign-in bookkeeping change with everything or with nothing the
    // other windows show.
    static const QSet<QString> silent = {QStringLiteral("audit_log"),
                                         QStringLiteral("audit_checkpoint"),
                                         QStringLiteral("login_throttle")};
    QSet<QString> areas;
    for (const QString& table : tables)
        if (!silent.contains(table))
            areas.insert(areaOf(table));
    QStringList sorted(areas.begin(), areas.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted.join(QLatin1Char(','));
}

LiveUpdates::LiveUpdates(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(300);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        QStringList areas(m_pending.begin(), m_pending.end());
        std::sort(areas.begin(), areas.end());
        m_pending.clear();
        if (!areas.isEmpty())
            emit changed(areas);
    });
    if (!m_db.isServer() || m_db.dialect().notifyChanges().isEmpty())
        return;
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver || !driver->subscribeToNotification(QString::fromLatin1(channel)))
        return;
    m_active = true;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source,
                   const QVariant& payload) {
                // The window already shows what it wrote itself.
                if (source == QSqlDriver::SelfSource)
                    return;
                received(name, static_cast<int>(source), payload.toString());
            });
}

LiveUpdates::~LiveUpdates()
{
    if (!m_active)
        return;
    if (QSqlDriver* driver = m_db.connection().driver())
        driver->unsubscribeFromNotification(QString::fromLatin1(channel));
}

void LiveUpdates::received(const QString& name, int, const QString& payload)
{
    if (name != QLatin1String(channel))
        return;
    for (const QString& area : payload.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_pending.insert(area);
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace td
