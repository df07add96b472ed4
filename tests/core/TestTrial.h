#pragma once

// Shared set-up for the core tests: a fresh trial database in a temporary directory, on a fixed
// clock, with one user of every role and a two-site, two-arm protocol.

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "participants/Participant.h"
#include "storage/Database.h"
#include "trial/Protocol.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

// Readable gtest output for Qt strings and the core's error codes.
QT_BEGIN_NAMESPACE
void PrintTo(const QString& s, std::ostream* os);
QT_END_NAMESPACE

namespace td {
void PrintTo(ErrorCode code, std::ostream* os);
void PrintTo(ParticipantStatus status, std::ostream* os);
void PrintTo(Role role, std::ostream* os);
} // namespace td

namespace tdtest {

std::string str(const QString& s);

// A failed core call in test set-up: the test stops with the core's message.
class SetupFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

template <typename T> T must(td::Result<T> r, const char* what)
{
    if (!r.ok())
        throw SetupFailure(std::string(what) + ": " + str(r.message()));
    return std::move(r).value();
}

inline void must(const td::Status& s, const char* what)
{
    if (!s.ok())
        throw SetupFailure(std::string(what) + ": " + str(s.message()));
}

// One audited value (a per-value row, or one value of a compact row: id is the row's).
struct AuditRow
{
    qint64 id = 0;
    QString atUtc;
    QString username;
    QString role;
    QString action;
    QString entity;
    QString entityId;
    QString field;
    QVariant oldValue; // null when the column is NULL
    QVariant newValue;
    QString reason;
};

// Raw SQL helpers on a database's own connection (bypassing the core on purpose).
QVariant sqlValue(td::Database& db, const QString& sql);
qint64 sqlCount(td::Database& db, const QString& sql);
// Runs a statement; returns the driver's error text, or an empty string on success.
QString sqlExec(td::Database& db, const QString& sql);
// On a server, lets the connection's writes pass the audit tie until called with false: for
// maintenance the tables' owner runs without an actor (ScoreRepository::rescoreAll).
void allowHandEdits(td::Database& db, bool allow);
// Drops a trigger of `table` (tests that tamper with an append-only table), in the dialect's
// words; the driver's error text, or an empty string.
QString dropTrigger(td::Database& db, const QString& trigger, const QString& table);
// Every row of every table (and the schema version), as text: equal dumps mean nothing was
// written.
QString dumpDatabase(td::Database& db);
std::vector<AuditRow> auditRows(td::Database& db, qint64 afterId = 0);
// How many audit entries (per value, whatever their rows' format) satisfy `condition`, SQL on
// the entry's columns (action, entity, entity_id, field, old_value, new_value, reason, ...).
qint64 auditEntries(td::Database& db, const QString& condition);
qint64 lastAuditId(td::Database& db);
// Every row of every table as text, compared: on failure, the lines only in one of them.
::testing::AssertionResult sameDump(const QString& before, const QString& after);

struct CliResult
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};
// Runs trialdesk-cli with the arguments and waits for it.
CliResult runCli(const QStringList& args);

// Opens (and migrates) a database file on the given clock.
td::Result<std::unique_ptr<td::Database>> openWithClock(const QString& path,
                                                        std::shared_ptr<td::Clock> clock);

class TestTrial : public ::testing::Test
{
protected:
    // "Now" for every test, unless a test moves the clock.
    static QDateTime startTime();

    void SetUp() override;
    void TearDown() override;

    // The trial's file, or its database on the test server (TestBackend.h).
    QString dbPath() const
    {
        return m_serverDb.isEmpty() ? m_dir.filePath(QStringLiteral("trial.sqlite")) : m_serverDb;
    }
    td::Database& db() { return *m_db; }
    td::FixedClock& clock() { return *m_clock; }
    QDate today() const { return m_clock->today(); }

    const td::Actor& actor(td::Role role) const;
    // Who sees outcomes compared between arms (the protocol's comparative_outcomes_visible_to;
    // the fixture's default: the statistician).
    void letCompare(const QStringList& roleKeys)
    {
        must(m_db->exec(QStringLiteral("UPDATE trial SET comparative_visible_to = ?"),
                        {roleKeys.join(QLatin1Char(','))}),
             "comparative roles");
    }
    static QString passwordOf(const QString& username);
    // The electronic signature of a test user: their password typed again.
    static td::SignWith signedBy(const td::Actor& actor)
    {
        return td::SignWith{passwordOf(actor.username)};
    }

    // Participants, through the repositories as the coordinator.
    // A further visit of the protocol (the fixture has only the baseline); its id.
    qint64 addVisit(const QString& code, int week, int windowDays,
                    std::vector<td::ScheduledInstrument> instruments);
    td::Participant screened(qint64 siteId = 0);
    td::Participant eligible(qint64 siteId = 0);
    td::Participant consented(qint64 siteId = 0);
    // Consented, covariates set, the therapist assigned, and allocated to `armId`, all
    // `daysAgo` days before now (the clock returns to now afterwards).
    td::Participant randomized(qint64 armId, const td::Actor& therapist, int daysAgo = 30);
    td::Participant randomized(qint64 armId) { return randomized(armId, m_therapist); }

    QTemporaryDir m_dir;
    QString m_serverDb;
    std::shared_ptr<td::FixedClock> m_clock;
    std::unique_ptr<td::Database> m_db;

    td::Actor m_admin;
    td::Actor m_pi;
    td::Actor m_coordinator;
    td::Actor m_therapist;  // "therapist1"
    td::Actor m_therapist2; // another therapist, for the own-participants rule
    td::Actor m_assessor;
    td::Actor m_statistician;
    td::Actor m_dmc;
    td::Actor m_monitor; // source data verification; blinded (the fixture's setting)

    td::Protocol m_protocol;
    qint64 m_siteOsl = 0;
    qint64 m_siteBrg = 0;
    qint64 m_armCbt = 0; // 16 regular + 3 booster sessions
    qint64 m_armPdt = 0; // 28 regular sessions
    qint64 m_baseline = 0;
};

} // namespace tdtest
