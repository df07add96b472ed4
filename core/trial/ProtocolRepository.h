#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"
#include "trial/Protocol.h"
#include "trial/ProtocolDiff.h"

#include <QCoreApplication>

namespace td {

class Database;

// Why and from when an amendment applies. Before anyone is randomized a change edits the
// protocol in place (the reason, when given, goes to the audit trail).
struct AmendmentInfo
{
    QDate effectiveDate;
    QString reason;
    // An amendment is approved with the electronic signature of the person making it (their
    // password typed again); not needed before anyone is randomized.
    SignWith signature{};
};

// What a change did: the protocol version it made (the same one when no one was randomized
// yet), whether it was an amendment, and each difference.
struct ProtocolUpdate
{
    int version = 1;
    bool amendment = false;
    std::vector<ProtocolChange> changes;
};

// The reason stored with version 1: English in the database (data are not translated); the
// window shows it through QCoreApplication::translate("ProtocolRepository", ...).
inline constexpr char protocolCreatedReason[] =
    QT_TRANSLATE_NOOP("ProtocolRepository", "Protocol created");
inline constexpr char protocolMigratedReason[] =
    QT_TRANSLATE_NOOP("ProtocolRepository", "Protocol as set up before protocol versions");

// The parts of a protocol that are lists of coded elements (remove and reorder name them).
enum class ProtocolPart { Sites, Arms, Covariates, Eligibility, Stratification, Schedule };

// Reads and changes the protocol. Changes need EditProtocol, are checked by ProtocolRules, and
// are audited in the transaction that makes them. Once a participant is randomized a change is
// an amendment (ProtocolDiff says what an amendment may do) and makes a new protocol version.
class ProtocolRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRepository)

public:
    explicit ProtocolRepository(Database& db) : m_db(db) {}

    Result<Protocol> load(const Actor& actor);
    Result<std::vector<ProtocolVersion>> versions(const Actor& actor);
    // The protocol version in force now (1 for a trial without amendments).
    Result<int> currentVersion();
    Result<int> randomizedCount();
    // The primary outcome (empty when a protocol built element by element names none yet).
    Result<PrimaryOutcome> primaryOutcome();

    // Sets up the whole protocol in a trial file that has none yet.
    Result<Protocol> create(const Actor& actor, const Protocol& protocol);
    // Makes the stored protocol equal `target` (matched by code).
    Result<ProtocolUpdate> update(const Actor& actor, const Protocol& target,
                                  const AmendmentInfo& info = {});
    // What update() would change, and the first refusal, without writing anything.
    Result<ProtocolUpdate> preview(const Actor& actor, const Protocol& target,
                                   const AmendmentInfo& info = {});
    Result<ProtocolUpdate> remove(const Actor& actor, ProtocolPart part, const QString& code,
                                  const AmendmentInfo& info = {});
    // `codes`: every code of the part, in the new order.
    Result<ProtocolUpdate> reorder(const Actor& actor, ProtocolPart part, const QStringList& codes,
                                   const AmendmentInfo& info = {});

    // Building a protocol one element at a time (tests, benchmarks, the fuzzers' fixtures).
    // Each element is checked by its own rules; update() checks the whole.
    Result<Trial> saveTrial(const Actor& actor, const Trial& trial, const QString& reason = {});
    Result<Site> addSite(const Actor& actor, const Site& site);
    Result<Arm> addArm(const Actor& actor, const Arm& arm);
    Result<StratFactor> addStratFactor(const Actor& actor, const StratFactor& factor);
    Result<TimePoint> addTimePoint(const Actor& actor, const TimePoint& point);

private:
    Result<Protocol> loadAll();
    Result<Trial> loadTrial();
    Result<ProtocolUpdate> change(const Actor& actor, const Protocol& target,
                                  const AmendmentInfo& info, bool write);
    Status requireNoAllocation(const QString& what);
    Result<int> nextPosition(const QString& table);
    // A protocol_version row (version 1 at creation, N+1 for an amendment), audited.
    Status insertVersion(const Actor& actor, int version, const QDate& effective,
                         const QString& reason, const QString& changes);
    Database& m_db;
};

} // namespace td
