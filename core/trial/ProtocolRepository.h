#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "trial/Protocol.h"

#include <QCoreApplication>

namespace td {

class Database;

// Reads and sets up the protocol. Changes need EditProtocol and are audited.
class ProtocolRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRepository)

public:
    explicit ProtocolRepository(Database& db) : m_db(db) {}

    Result<Protocol> load(const Actor& actor);
    // Creates the trial record, or updates it when one exists.
    Result<Trial> saveTrial(const Actor& actor, const Trial& trial, const QString& reason = {});
    Result<Site> addSite(const Actor& actor, const Site& site);
    Result<Arm> addArm(const Actor& actor, const Arm& arm);
    Result<StratFactor> addStratFactor(const Actor& actor, const StratFactor& factor);
    Result<TimePoint> addTimePoint(const Actor& actor, const TimePoint& point);

private:
    Result<Trial> loadTrial();
    Status requireNoAllocation(const QString& what);
    Database& m_db;
};

} // namespace td
