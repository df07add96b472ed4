#include "TestTrial.h"

#include "TestBackend.h"
#include "access/ServerAuditTie.h"
#include "access/UserRepository.h"
#include "audit/AuditRowFormat.h"
#include "audit/AuditTrail.h"
#include "participants/ParticipantRepository.h"
#include "trial/ProtocolRepository.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QT_BEGIN_NAMESPACE
void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace td {
void PrintTo(ErrorCode code, std::ostream* os)
{
    switch (code) {
    case ErrorCode::Database:
        *os << "Database";
        return;
    case ErrorCode::NotFound:
        *os << "NotFound";
        return;
    case ErrorCode::Invalid:
        *os << "Invalid";
        return;
    case ErrorCode::Forbidden:
        *os << "Forbidden";
        return;
    case ErrorCode::Conflict:
        *os << "Conflict";
        return;
    case ErrorCode::AuthenticationFailed:
        *os << "AuthenticationFailed";
        return;
    case ErrorCode::Throttled:
        *os << "Throttled";
        return;
    }
    *os << "ErrorCode(" << static_cast<int>(code) << ')';
}

void PrintTo(ParticipantStatus status, std::ostream* os)
{
    *os << StatusRules::key(status).toStdString();
}

void PrintTo(Role role, std::ostream* os)
{
    *os << Roles::key(role).toStdString();
}
} // namespace td

namespace tdtest {

using namespace td;

std::string str(const QString& s)
{
    return s.toStdString();
}

QVariant sqlValue(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        throw SetupFailure("SQL failed: " + str(sql) + ": " + str(q.lastError().text()));
    return q.value(0);
}

qint64 sqlCount(Database& db, const QString& sql)
{
    return sqlValue(db, sql).toLongLong();
}

QString sqlExec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    // A hand edit, as a tamperer would make it: on a server, not bound by the audit tie that
    // binds the core's own writes in the tests (TestTrial::SetUp).
    if (db.isServer())
        q.exec(QStringLiteral("SET td.hand_edit = 'on'"));
    const bool ok = q.exec(sql);
    const QString text = q.lastError().text();
    if (db.isServer())
        QSqlQuery(db.connection()).exec(QStringLiteral("RESET td.hand_edit"));
    if (ok)
        return {};
    return text.isEmpty() ? QStringLiteral("(error without text)") : text;
}

void allowHandEdits(Database& db, bool allow)
{
    if (db.isServer())
        QSqlQuery(db.connection())
            .exec(allow ? QStringLiteral("SET td.hand_edit = 'on'")
                        : QStringLiteral("RESET td.hand_edit"));
}

QString dropTrigger(Database& db, const QString& trigger, const QString& table)
{
    return sqlExec(db, db.isServer() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, table)
                                     : QStringLiteral("DROP TRIGGER %1").arg(trigger));
}

QString dumpDatabase(Database& db)
{
    QString out;
    QStringList tables;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(db.dialect().tablesQuery()))
            throw SetupFailure("cannot list tables: " + str(q.lastError().text()));
        while (q.next())
            if (!q.value(0).toString().startsWith(QLatin1String("sqlite_")))
                tables << q.value(0).toString();
        tables.sort();
    }
    out += QStringLiteral("user_version=%1\n")
               .arg(sqlValue(db, db.dialect().schemaVersionQuery()).toInt());
    for (const QString& table : tables) {
        // A server's tables have no rowid: their rows are compared in sorted order.
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1%2")
                        .arg(table, db.isServer() ? QString() : QStringLiteral(" ORDER BY rowid"))))
            throw SetupFailure("cannot dump " + str(table) + ": " + str(q.lastError().text()));
        out += QStringLiteral("[%1]\n").arg(table);
        QStringList lines;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QStringList cells;
            for (int i = 0; i < r.count(); ++i)
                cells << (q.isNull(i)
                              ? QStringLiteral("NULL")
                              : QLatin1Char('\'') + q.value(i).toString() + QLatin1Char('\''));
            lines << cells.join(QLatin1Char('|'));
        }
        if (db.isServer())
            lines.sort();
        for (const QString& line : lines)
            out += line + QLatin1Char('\n');
    }
    return out;
}

::testing::AssertionResult sameDump(const QString& before, const QString& after)
{
    if (before == after)
        return ::testing::AssertionSuccess();
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    auto result = ::testing::AssertionFailure() << "the database changed:";
    int shown = 0;
    for (const QString& line : a)
        if (!b.contains(line) && shown++ < 15)
            result << "\n  - " << str(line);
    for (const QString& line : b)
        if (!a.contains(line) && shown++ < 30)
            result << "\n  + " << str(line);
    return result;
}

CliResult runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(TD_CLI), args);
    CliResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("trialdesk-cli did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::vector<AuditRow> auditRows(Database& db, qint64 afterId)
{
    // Through the core's reader, so that per-value and compact rows read alike.
    auto entries = AuditTrail::entries(db, {afterId, {}, {}});
    if (!entries.ok())
        throw SetupFailure("cannot read the audit trail: " + str(entries.message()));
    std::vector<AuditRow> rows;
    for (const AuditFieldEntry& e : *entries) {
        AuditRow r;
        r.id = e.rowId;
        r.atUtc = e.atUtc;
        r.username = e.username;
        r.role = e.role;
        r.action = e.action;
        r.entity = e.entity;
        r.entityId = e.entityId;
        r.field = e.field;
        r.oldValue = e.oldValue.isNull() ? QVariant() : QVariant(e.oldValue);
        r.newValue = e.newValue.isNull() ? QVariant() : QVariant(e.newValue);
        r.reason = e.reason;
        rows.push_back(r);
    }
    return rows;
}

qint64 auditEntries(Database& db, const QString& condition)
{
    return sqlCount(db, QStringLiteral("SELECT COUNT(*) FROM (%1) AS e WHERE %2")
                            .arg(AuditRowFormat::entriesSql(db.dialect()), condition));
}

qint64 lastAuditId(Database& db)
{
    return sqlCount(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
}

Result<std::unique_ptr<Database>> openWithClock(const QString& path, std::shared_ptr<Clock> clock)
{
    Database::Options options;
    options.clock = std::move(clock);
    // TD_TEST_ENCRYPTED=1: the fixture's new trial is encrypted at rest (docs/encryption.md),
    // so suites can run on both kinds of file (EncryptedAllocationTest sets it for itself).
    options.encrypt = qEnvironmentVariableIsSet("TD_TEST_ENCRYPTED");
    return Database::open(path, options);
}

QDateTime TestTrial::startTime()
{
    return QDateTime(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);
}

QString TestTrial::passwordOf(const QString& username)
{
    return QStringLiteral("Passord-nr-%1").arg(username.size() * 7919 + username.at(0).unicode());
}

void TestTrial::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    if (onServer())
        m_serverDb = newServerDatabase();
    m_clock = std::make_shared<FixedClock>(startTime());
    auto opened = openWithClock(dbPath(), m_clock);
    ASSERT_TRUE(opened.ok()) << str(opened.message());
    m_db = std::move(opened).value();
    // On a server, the audit tie binds the harness too: every core write path the tests take
    // must leave an audit row naming each clinical row it changes (docs/postgresql.md).
    if (onServer())
        for (const QString& sql : ServerAuditTie::statements({}, ServerAuditTie::Bound::Everyone))
            must(m_db->execDirect(sql), "audit tie");

    // The set-up happens a year before "now", so participants can be screened in the past.
    m_clock->set(startTime().addDays(-365));
    UserRepository users(*m_db);
    m_admin = must(users.bootstrapAdministrator(
                       {QStringLiteral("admin"), QStringLiteral("Trial administrator"),
                        Role::Administrator, passwordOf(QStringLiteral("admin"))}),
                   "bootstrap administrator");
    auto make = [&](const QString& name, Role role) {
        User u = must(users.create(m_admin, {name, name.toUpper(), role, passwordOf(name)}),
                      "create user");
        // Each test user's writes are signed, as after their own sign-in.
        must(users.unlockSigningKey(name, passwordOf(name)), "unlock signing key");
        return Actor{u.id, u.username, u.role};
    };
    m_pi = make(QStringLiteral("pi"), Role::PrincipalInvestigator);
    m_coordinator = make(QStringLiteral("coordinator"), Role::Coordinator);
    m_therapist = make(QStringLiteral("therapist1"), Role::Therapist);
    m_therapist2 = make(QStringLiteral("therapist2"), Role::Therapist);
    m_assessor = make(QStringLiteral("assessor"), Role::BlindedAssessor);
    m_statistician = make(QStringLiteral("statistician"), Role::Statistician);
    m_dmc = make(QStringLiteral("dmc"), Role::Dmc);
    m_monitor = make(QStringLiteral("monitor"), Role::Monitor);

    ProtocolRepository protocol(*m_db);
    Trial trial;
    trial.title = QStringLiteral("Core test trial");
    trial.acronym = QStringLiteral("CTT");
    trial.targetSampleSize = 120;
    trial.recruitmentStart = startTime().date().addDays(-360);
    trial.recruitmentEnd = startTime().date().addDays(360);
    must(protocol.saveTrial(m_admin, trial), "save trial");
    m_siteOsl =
        must(protocol.addSite(m_admin, {0, QStringLiteral("OSL"), QStringLiteral("Oslo")}), "site")
            .id;
    m_siteBrg =
        must(protocol.addSite(m_admin, {0, QStringLiteral("BRG"), QStringLiteral("Bergen")}),
             "site")
            .id;
    m_armCbt = must(protocol.addArm(
                        m_admin, {0,
                                  QStringLiteral("CBT"),
                                  QStringLiteral("Cognitive behavioural therapy"),
                                  1,
                                  QStringLiteral("#1f77b4"),
                                  28,
                                  {{SessionKind::Regular, 16, 1}, {SessionKind::Booster, 3, 4}}}),
                    "arm CBT")
                   .id;
    m_armPdt = must(protocol.addArm(m_admin, {0,
                                              QStringLiteral("PDT"),
                                              QStringLiteral("Psychodynamic psychotherapy"),
                                              1,
                                              QStringLiteral("#d62728"),
                                              28,
                                              {{SessionKind::Regular, 28, 1}}}),
                    "arm PDT")
                   .id;
    m_baseline = must(protocol.addTimePoint(
                          m_admin, {0,
                                    QStringLiteral("baseline"),
                                    QStringLiteral("Baseline"),
                                    0,
                                    // Wide, so tests may rate on any day around their
                                    // participants' randomization (OutOfWindowTest narrows it).
                                    180,
                                    {{QStringLiteral("phq9"), Rater::SelfReport},
                                     {QStringLiteral("hrsd17"), Rater::BlindedClinician}}}),
                      "time point")
                     .id;
    // A whole protocol names its primary outcome (reports default to it).
    Protocol whole = must(protocol.load(m_admin), "load protocol");
    whole.schedule[0].beforeRandomization =
        false; // randomize without baseline; see RandomizationPrerequisitesTest
    whole.primaryOutcome = {QStringLiteral("hrsd17"), QStringLiteral("baseline")};
    must(protocol.update(m_admin, whole), "primary outcome");
    m_protocol = must(protocol.load(m_admin), "load protocol");
    m_clock->set(startTime());
}

void TestTrial::TearDown()
{
    m_db.reset();
}

const Actor& TestTrial::actor(Role role) const
{
    switch (role) {
    case Role::Administrator:
        return m_admin;
    case Role::PrincipalInvestigator:
        return m_pi;
    case Role::Coordinator:
        return m_coordinator;
    case Role::Therapist:
        return m_therapist;
    case Role::BlindedAssessor:
        return m_assessor;
    case Role::Statistician:
        return m_statistician;
    case Role::Dmc:
        return m_dmc;
    case Role::Monitor:
        return m_monitor;
    }
    throw SetupFailure("unknown role");
}

qint64 TestTrial::addVisit(const QString& code, int week, int windowDays,
                           std::vector<ScheduledInstrument> instruments)
{
    return must(ProtocolRepository(*m_db).addTimePoint(
                    m_admin, {0, code, QStringLiteral("Week %1").arg(week), week, windowDays,
                              std::move(instruments)}),
                "add visit")
        .id;
}

Participant TestTrial::screened(qint64 siteId)
{
    ParticipantRepository repo(*m_db);
    return must(repo.screen(m_coordinator, siteId ? siteId : m_siteOsl, today().addDays(-40)),
                "screen");
}

Participant TestTrial::eligible(qint64 siteId)
{
    const Participant p = screened(siteId);
    return must(ParticipantRepository(*m_db).markEligible(m_coordinator, p.id), "mark eligible");
}

Participant TestTrial::consented(qint64 siteId)
{
    const Participant p = eligible(siteId);
    return must(ParticipantRepository(*m_db).recordConsent(m_coordinator, p.id, p.screeningDate),
                "record consent");
}

Participant TestTrial::randomized(qint64 armId, const Actor& therapist, int daysAgo)
{
    const QDateTime now = m_clock->nowUtc();
    m_clock->set(now.addDays(-daysAgo));
    ParticipantRepository repo(*m_db);
    const Participant p = must(repo.screen(m_coordinator, m_siteOsl, m_clock->today()), "screen");
    must(repo.markEligible(m_coordinator, p.id), "mark eligible");
    must(repo.recordConsent(m_coordinator, p.id, m_clock->today()), "record consent");
    must(repo.setCovariates(
             m_coordinator, p.id,
             {40, QStringLiteral("female"), std::optional<int>(14), std::optional<int>(9)}),
         "covariates");
    must(repo.assignTherapist(m_coordinator, p.id, therapist.userId), "assign therapist");
    Participant out = must(repo.recordAllocation(m_coordinator, p.id, armId), "allocation");
    m_clock->set(now);
    return out;
}

} // namespace tdtest
