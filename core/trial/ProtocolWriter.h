#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "trial/Protocol.h"

#include <QCoreApplication>

namespace td {

class Database;

// Writes a checked protocol over the one stored (`current`, loaded with its row ids), table by
// table, matching elements by code: changed rows are updated, new ones inserted and dropped ones
// removed, each with its audit rows. A row that stored data refers to is never removed: the
// refusal names it. Runs inside the caller's transaction; ProtocolRepository decides what may
// change at all.
class ProtocolWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolWriter)

public:
    ProtocolWriter(Database& db, const Actor& actor, QString reason)
        : m_db(db), m_actor(actor), m_reason(std::move(reason))
    {}

    // `version`: the protocol version the result is (new eligibility criteria are asked from
    // it on).
    Status write(const Protocol& current, const Protocol& target, int version);
    // The row of one instrument given at a visit (its rater, place, double entry and edit
    // checks); the caller audits the visit's instrument list.
    static Status insertScheduled(Database& db, qint64 timePointId, const ScheduledInstrument& si,
                                  int position);

private:
    using Values = std::vector<std::pair<QString, QVariant>>;
    // Inserts (id 0) or updates the row, auditing what changed; returns its id.
    Result<qint64> put(const QString& table, qint64 id, const Values& values);
    Status drop(const QString& table, qint64 id, const QString& code);
    Status refuseIfUsed(const QString& sql, qint64 id, const QString& path, const QString& why);

    Status writeTrial(const Protocol& target);
    Status writeSites(const Protocol& current, const Protocol& target);
    Status writeArms(const Protocol& current, const Protocol& target);
    Status writeCovariates(const Protocol& current, const Protocol& target);
    Status writeEligibility(const Protocol& current, const Protocol& target, int version);
    Status writeSchedule(const Protocol& current, const Protocol& target);
    Status writeFactors(const Protocol& current, const Protocol& target);
    Status writeSessionMeasures(const Protocol& current, const Protocol& target);
    Status writeInstruments(const Protocol& current, const Protocol& target);

    Database& m_db;
    const Actor& m_actor;
    QString m_reason;
};

} // namespace td
