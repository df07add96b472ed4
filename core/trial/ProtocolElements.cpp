#include "audit/AuditLog.h"
#include "audit/AuditedWrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolRules.h"
#include "trial/ProtocolWriter.h"

// Building a protocol one element at a time: each element is checked by its own rules from
// ProtocolRules and appended at the end of its list.

namespace td {

namespace {
QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString joinNumbers(const QList<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

Status firstProblem(const ProtocolProblems& problems)
{
    if (problems.empty())
        return {};
    return ProtocolRules::toError(problems);
}
} // namespace

Result<Trial> ProtocolRepository::saveTrial(const Actor& actor, const Trial& t,
                                            const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    ProtocolProblems problems;
    ProtocolRules::checkTrial(t, problems);
    TD_TRY(firstProblem(problems));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto existing = loadTrial();
    Trial saved = t;
    const AuditedWrite::Values values{
        {QStringLiteral("title"), t.title.en},
        {QStringLiteral("title_nb"), t.title.nb},
        {QStringLiteral("acronym"), t.acronym},
        {QStringLiteral("target_sample_size"), t.targetSampleSize},
        {QStringLiteral("recruitment_start"), dateValue(t.recruitmentStart)},
        {QStringLiteral("recruitment_end"), dateValue(t.recruitmentEnd)}};
    if (existing.ok()) {
        saved.id = existing->id;
        std::vector<FieldChange> changes{
            {QStringLiteral("title"), existing->title.en, t.title.en},
            {QStringLiteral("title_nb"), existing->title.nb, t.title.nb},
            {QStringLiteral("acronym"), existing->acronym, t.acronym},
            {QStringLiteral("target_sample_size"), existing->targetSampleSize, t.targetSampleSize},
            {QStringLiteral("recruitment_start"), dateValue(existing->recruitmentStart),
             dateValue(t.recruitmentStart)},
            {QStringLiteral("recruitment_end"), dateValue(existing->recruitmentEnd),
             dateValue(t.recruitmentEnd)}};
        TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("trial"), saved.id, changes, reason,
                                    AuditedWrite::Reason::Optional));
    } else {
        AuditedWrite::Values created = values;
        created.push_back({QStringLiteral("is_demo"), t.isDemo ? 1 : 0});
        auto id = AuditedWrite::insert(m_db, actor, QStringLiteral("trial"), created);
        TD_TRY(id);
        saved.id = *id;
        TD_TRY(insertVersion(actor, 1, t.recruitmentStart,
                             QString::fromLatin1(protocolCreatedReason), {}));
    }
    TD_TRY(tx.commit());
    return saved;
}

Result<Site> ProtocolRepository::addSite(const Actor& actor, const Site& site)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    ProtocolProblems problems;
    ProtocolRules::checkSite(site, QStringLiteral("site"), problems);
    TD_TRY(firstProblem(problems));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto dup = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM site WHERE code = ?"), {site.code});
    TD_TRY(dup);
    if (dup->toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("Site code %1 is already in use.").arg(site.code));
    auto position = nextPosition(QStringLiteral("site"));
    TD_TRY(position);
    auto id = AuditedWrite::insert(m_db, actor, QStringLiteral("site"),
                                   {{QStringLiteral("code"), site.code},
                                    {QStringLiteral("name"), site.name.en},
                                    {QStringLiteral("name_nb"), site.name.nb},
                                    {QStringLiteral("position"), *position}});
    TD_TRY(id);
    Site saved = site;
    saved.id = *id;
    TD_TRY(tx.commit());
    return saved;
}

Status ProtocolRepository::requireNoAllocation(const QString& what)
{
    // Arms and strata define the allocation sequence: once someone is allocated, changing them
    // would silently change the design.
    auto n = randomizedCount();
    TD_TRY(n);
    if (*n > 0)
        return makeError(ErrorCode::Conflict,
                         tr("%1 cannot change after the first allocation; %2 participants are "
                            "already randomized.")
                             .arg(what)
                             .arg(*n));
    return {};
}

Result<Arm> ProtocolRepository::addArm(const Actor& actor, const Arm& arm)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    TD_TRY(requireNoAllocation(tr("The arms")));
    ProtocolProblems problems;
    ProtocolRules::checkArm(arm, QStringLiteral("arm"), problems);
    TD_TRY(firstProblem(problems));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto dup = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM arm WHERE code = ?"), {arm.code});
    TD_TRY(dup);
    if (dup->toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("Arm code %1 is already in use.").arg(arm.code));
    auto position = nextPosition(QStringLiteral("arm"));
    TD_TRY(position);
    auto id = AuditedWrite::insert(m_db, actor, QStringLiteral("arm"),
                                   {{QStringLiteral("code"), arm.code},
                                    {QStringLiteral("name"), arm.name.en},
                                    {QStringLiteral("name_nb"), arm.name.nb},
                                    {QStringLiteral("ratio_weight"), arm.ratioWeight},
                                    {QStringLiteral("colour"), arm.colour},
                                    {QStringLiteral("treatment_weeks"), arm.treatmentWeeks},
                                    {QStringLiteral("position"), *position}});
    TD_TRY(id);
    Arm saved = arm;
    saved.id = *id;
    for (std::size_t i = 0; i < arm.plan.size(); ++i) {
        const SessionPhase& ph = arm.plan[i];
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO arm_session_plan (arm_id, phase, kind, "
                                        "session_count, interval_weeks) VALUES (?, ?, ?, ?, ?)"),
                         {saved.id, static_cast<int>(i + 1), sessionKindKey(ph.kind), ph.count,
                          ph.intervalWeeks}));
    }
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("arm"), saved.id,
                                   {{QStringLiteral("session_plan"), sessionPlanText(arm)}}));
    TD_TRY(tx.commit());
    return saved;
}

Result<StratFactor> ProtocolRepository::addStratFactor(const Actor& actor, const StratFactor& f)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    TD_TRY(requireNoAllocation(tr("The stratification factors")));
    ProtocolProblems problems;
    ProtocolRules::checkFactorShape(f, QStringLiteral("stratification"), problems);
    if (f.source == StratSource::Covariate && (f.variable.isEmpty() || f.cutPoints.isEmpty()))
        problems.push_back({QStringLiteral("stratification.covariate"),
                            tr("a covariate factor names a covariate and its cut points")});
    TD_TRY(firstProblem(problems));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto position = nextPosition(QStringLiteral("strat_factor"));
    TD_TRY(position);
    const QString timePoint = f.source == StratSource::Severity && f.timePoint.isEmpty()
                                  ? QStringLiteral("baseline")
                                  : f.timePoint;
    auto id = AuditedWrite::insert(
        m_db, actor, QStringLiteral("strat_factor"),
        {{QStringLiteral("code"), f.code},
         {QStringLiteral("name"), f.name.isEmpty() ? f.code : f.name},
         {QStringLiteral("source"), stratSourceKey(f.source)},
         {QStringLiteral("variable"), f.variable.isEmpty() ? QVariant() : f.variable},
         {QStringLiteral("cut_points"), joinNumbers(f.cutPoints)},
         {QStringLiteral("time_point"), timePoint.isEmpty() ? QVariant() : timePoint},
         {QStringLiteral("position"), *position}});
    TD_TRY(id);
    StratFactor saved = f;
    saved.id = *id;
    saved.timePoint = timePoint;
    TD_TRY(tx.commit());
    return saved;
}

Result<TimePoint> ProtocolRepository::addTimePoint(const Actor& actor, const TimePoint& tp)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    ProtocolProblems problems;
    ProtocolRules::checkTimePoint(tp, QStringLiteral("schedule"), problems);
    TD_TRY(firstProblem(problems));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto position = nextPosition(QStringLiteral("time_point"));
    TD_TRY(position);
    auto id = AuditedWrite::insert(
        m_db, actor, QStringLiteral("time_point"),
        {{QStringLiteral("code"), tp.code},
         {QStringLiteral("label"), tp.label.en},
         {QStringLiteral("label_nb"), tp.label.nb},
         {QStringLiteral("week_offset"), tp.weekOffset},
         {QStringLiteral("window_days"), tp.windowDays},
         {QStringLiteral("before_randomization"), tp.beforeRandomization ? 1 : 0},
         {QStringLiteral("arms"),
          tp.arms.isEmpty() ? QVariant() : QVariant(tp.arms.join(QLatin1Char(',')))},
         {QStringLiteral("position"), *position}});
    TD_TRY(id);
    TimePoint saved = tp;
    saved.id = *id;
    QStringList given;
    for (std::size_t i = 0; i < tp.instruments.size(); ++i) {
        const ScheduledInstrument& si = tp.instruments[i];
        TD_TRY(ProtocolWriter::insertScheduled(m_db, saved.id, si, static_cast<int>(i + 1)));
        given << scheduledKey(si);
    }
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("time_point"), saved.id,
                                   {{QStringLiteral("instruments"), given.join(u' ')}}));
    TD_TRY(tx.commit());
    return saved;
}

} // namespace td
