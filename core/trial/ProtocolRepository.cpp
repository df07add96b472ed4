#include "trial/ProtocolRepository.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace td {

namespace {
QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString joinNumbers(const QList<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}
} // namespace

Result<Trial> ProtocolRepository::loadTrial()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, title, acronym, target_sample_size, "
                                      "recruitment_start, recruitment_end, is_demo FROM trial "
                                      "ORDER BY id LIMIT 1"));
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("This database holds no trial yet."));
    QSqlQuery& r = **q;
    Trial t{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toInt(),      toDate(r.value(4)),    toDate(r.value(5)),
            r.value(6).toBool()};
    r.finish();
    return t;
}

Result<Protocol> ProtocolRepository::load(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewProtocol));
    Protocol p;
    auto trial = loadTrial();
    TD_TRY(trial);
    p.trial = *trial;

    auto sites = m_db.exec(QStringLiteral("SELECT id, code, name FROM site ORDER BY id"));
    TD_TRY(sites);
    while ((*sites)->next())
        p.sites.push_back({(*sites)->value(0).toLongLong(), (*sites)->value(1).toString(),
                           (*sites)->value(2).toString()});

    auto arms = m_db.exec(QStringLiteral(
        "SELECT id, code, name, ratio_weight, colour, treatment_weeks FROM arm ORDER BY id"));
    TD_TRY(arms);
    while ((*arms)->next()) {
        QSqlQuery& r = **arms;
        p.arms.push_back({r.value(0).toLongLong(),
                          r.value(1).toString(),
                          r.value(2).toString(),
                          r.value(3).toInt(),
                          r.value(4).toString(),
                          r.value(5).toInt(),
                          {}});
    }
    auto plan = m_db.exec(QStringLiteral("SELECT arm_id, kind, session_count, interval_weeks FROM "
                                         "arm_session_plan ORDER BY arm_id, phase"));
    TD_TRY(plan);
    while ((*plan)->next()) {
        QSqlQuery& r = **plan;
        for (Arm& a : p.arms)
            if (a.id == r.value(0).toLongLong())
                a.plan.push_back({r.value(1).toString() == QStringLiteral("booster")
                                      ? SessionKind::Booster
                                      : SessionKind::Regular,
                                  r.value(2).toInt(), r.value(3).toInt()});
    }

    auto factors = m_db.exec(QStringLiteral(
        "SELECT id, code, name, source, variable, cut_points FROM strat_factor ORDER BY id"));
    TD_TRY(factors);
    while ((*factors)->next()) {
        QSqlQuery& r = **factors;
        StratFactor f{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                      StratSource::Site,       r.value(4).toString(), {}};
        const QString source = r.value(3).toString();
        f.source = source == QStringLiteral("covariate")  ? StratSource::Covariate
                   : source == QStringLiteral("severity") ? StratSource::Severity
                                                          : StratSource::Site;
        const QString cuts = r.value(5).toString();
        if (!cuts.isEmpty())
            for (const QString& c : cuts.split(QLatin1Char(',')))
                f.cutPoints << c.toDouble();
        p.factors.push_back(f);
    }

    auto points = m_db.exec(QStringLiteral("SELECT id, code, label, week_offset, window_days FROM "
                                           "time_point ORDER BY week_offset, id"));
    TD_TRY(points);
    while ((*points)->next()) {
        QSqlQuery& r = **points;
        p.schedule.push_back({r.value(0).toLongLong(),
                              r.value(1).toString(),
                              r.value(2).toString(),
                              r.value(3).toInt(),
                              r.value(4).toInt(),
                              {}});
    }
    auto given = m_db.exec(QStringLiteral("SELECT time_point_id, instrument_id, rater FROM "
                                          "time_point_instrument ORDER BY time_point_id, "
                                          "instrument_id"));
    TD_TRY(given);
    while ((*given)->next()) {
        QSqlQuery& r = **given;
        for (TimePoint& tp : p.schedule)
            if (tp.id == r.value(0).toLongLong())
                tp.instruments.push_back(
                    {r.value(1).toString(), r.value(2).toString() == QStringLiteral("self_report")
                                                ? Rater::SelfReport
                                                : Rater::BlindedClinician});
    }
    return p;
}

Result<Trial> ProtocolRepository::saveTrial(const Actor& actor, const Trial& t,
                                            const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    if (t.title.trimmed().isEmpty() || t.acronym.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The trial needs a title and an acronym."));
    if (t.targetSampleSize < 1 || t.targetSampleSize > 1000000)
        return makeError(ErrorCode::Invalid,
                         tr("Target sample size %1 is not allowed: enter 1 to 1,000,000.")
                             .arg(t.targetSampleSize));
    if (t.recruitmentStart.isValid() && t.recruitmentEnd.isValid() &&
        t.recruitmentEnd < t.recruitmentStart)
        return makeError(ErrorCode::Invalid, tr("Recruitment cannot end before it starts."));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto existing = loadTrial();
    Trial saved = t;
    if (existing.ok()) {
        saved.id = existing->id;
        TD_TRY(m_db.exec(QStringLiteral("UPDATE trial SET title = ?, acronym = ?, "
                                        "target_sample_size = ?, recruitment_start = ?, "
                                        "recruitment_end = ?, is_demo = ? WHERE id = ?"),
                         {t.title, t.acronym, t.targetSampleSize, dateValue(t.recruitmentStart),
                          dateValue(t.recruitmentEnd), t.isDemo ? 1 : 0, saved.id}));
        TD_TRY(AuditLog::recordChanges(
            m_db, actor, QStringLiteral("trial"), saved.id,
            {{QStringLiteral("title"), existing->title, t.title},
             {QStringLiteral("acronym"), existing->acronym, t.acronym},
             {QStringLiteral("target_sample_size"), existing->targetSampleSize, t.targetSampleSize},
             {QStringLiteral("recruitment_start"), dateValue(existing->recruitmentStart),
              dateValue(t.recruitmentStart)},
             {QStringLiteral("recruitment_end"), dateValue(existing->recruitmentEnd),
              dateValue(t.recruitmentEnd)}},
            reason));
    } else {
        auto ins = m_db.exec(QStringLiteral("INSERT INTO trial (title, acronym, "
                                            "target_sample_size, recruitment_start, "
                                            "recruitment_end, is_demo) VALUES (?, ?, ?, ?, ?, ?)"),
                             {t.title, t.acronym, t.targetSampleSize, dateValue(t.recruitmentStart),
                              dateValue(t.recruitmentEnd), t.isDemo ? 1 : 0});
        TD_TRY(ins);
        saved.id = (*ins)->lastInsertId().toLongLong();
        TD_TRY(AuditLog::recordCreated(
            m_db, actor, QStringLiteral("trial"), saved.id,
            {{QStringLiteral("title"), t.title},
             {QStringLiteral("acronym"), t.acronym},
             {QStringLiteral("target_sample_size"), t.targetSampleSize},
             {QStringLiteral("recruitment_start"), dateValue(t.recruitmentStart)},
             {QStringLiteral("recruitment_end"), dateValue(t.recruitmentEnd)},
             {QStringLiteral("is_demo"), t.isDemo ? 1 : 0}}));
    }
    TD_TRY(tx.commit());
    return saved;
}

Result<Site> ProtocolRepository::addSite(const Actor& actor, const Site& site)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z]{2,5}$"));
    if (!codePattern.match(site.code).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("Site code \"%1\" is not allowed: use 2-5 capital letters A-Z (it "
                            "starts every study id, e.g. OSL-007).")
                             .arg(site.code));
    if (site.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The site needs a name."));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto dup = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM site WHERE code = ?"), {site.code});
    TD_TRY(dup);
    if (dup->toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("Site code %1 is already in use.").arg(site.code));
    auto ins = m_db.exec(QStringLiteral("INSERT INTO site (code, name) VALUES (?, ?)"),
                         {site.code, site.name});
    TD_TRY(ins);
    Site saved = site;
    saved.id = (*ins)->lastInsertId().toLongLong();
    TD_TRY(AuditLog::recordCreated(
        m_db, actor, QStringLiteral("site"), saved.id,
        {{QStringLiteral("code"), site.code}, {QStringLiteral("name"), site.name}}));
    TD_TRY(tx.commit());
    return saved;
}

Status ProtocolRepository::requireNoAllocation(const QString& what)
{
    // Arms and strata define the allocation sequence: once someone is allocated, changing them
    // would silently change the design (a protocol amendment is a new trial version).
    auto n =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE arm_id IS NOT NULL"));
    TD_TRY(n);
    if (n->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("%1 cannot change after the first allocation; %2 participants are "
                            "already randomized.")
                             .arg(what)
                             .arg(n->toInt()));
    return {};
}

Result<Arm> ProtocolRepository::addArm(const Actor& actor, const Arm& arm)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    TD_TRY(requireNoAllocation(tr("The arms")));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z][A-Z0-9]{0,9}$"));
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!codePattern.match(arm.code).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("Arm code \"%1\" is not allowed: use 1-10 capital letters or digits, "
                            "starting with a letter.")
                             .arg(arm.code));
    if (arm.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The arm needs a name."));
    if (arm.ratioWeight < 1 || arm.ratioWeight > 20)
        return makeError(ErrorCode::Invalid,
                         tr("Ratio weight %1 of arm %2 is not allowed: enter a whole number from "
                            "1 to 20.")
                             .arg(arm.ratioWeight)
                             .arg(arm.code));
    if (!colourPattern.match(arm.colour).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("Colour \"%1\" is not allowed: use #rrggbb.").arg(arm.colour));
    if (arm.treatmentWeeks < 1 || arm.treatmentWeeks > 520)
        return makeError(ErrorCode::Invalid,
                         tr("Treatment length %1 weeks is not allowed: enter 1 to 520.")
                             .arg(arm.treatmentWeeks));
    int weeks = 0;
    for (const SessionPhase& ph : arm.plan) {
        if (ph.count < 1 || ph.intervalWeeks < 1)
            return makeError(ErrorCode::Invalid,
                             tr("Every phase of the session plan needs at least one session and "
                                "an interval of at least one week."));
        weeks += ph.count * ph.intervalWeeks;
    }
    if (weeks > arm.treatmentWeeks + 4)
        return makeError(ErrorCode::Invalid,
                         tr("The session plan of arm %1 spans %2 weeks, more than its %3-week "
                            "treatment period.")
                             .arg(arm.code)
                             .arg(weeks)
                             .arg(arm.treatmentWeeks));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto dup = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM arm WHERE code = ?"), {arm.code});
    TD_TRY(dup);
    if (dup->toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("Arm code %1 is already in use.").arg(arm.code));
    auto ins = m_db.exec(QStringLiteral("INSERT INTO arm (code, name, ratio_weight, colour, "
                                        "treatment_weeks) VALUES (?, ?, ?, ?, ?)"),
                         {arm.code, arm.name, arm.ratioWeight, arm.colour, arm.treatmentWeeks});
    TD_TRY(ins);
    Arm saved = arm;
    saved.id = (*ins)->lastInsertId().toLongLong();
    QStringList planText;
    for (std::size_t i = 0; i < arm.plan.size(); ++i) {
        const SessionPhase& ph = arm.plan[i];
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO arm_session_plan (arm_id, phase, kind, "
                                        "session_count, interval_weeks) VALUES (?, ?, ?, ?, ?)"),
                         {saved.id, static_cast<int>(i + 1), sessionKindKey(ph.kind), ph.count,
                          ph.intervalWeeks}));
        planText << QStringLiteral("%1x%2/%3w")
                        .arg(sessionKindKey(ph.kind))
                        .arg(ph.count)
                        .arg(ph.intervalWeeks);
    }
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("arm"), saved.id,
                                   {{QStringLiteral("code"), arm.code},
                                    {QStringLiteral("name"), arm.name},
                                    {QStringLiteral("ratio_weight"), arm.ratioWeight},
                                    {QStringLiteral("colour"), arm.colour},
                                    {QStringLiteral("treatment_weeks"), arm.treatmentWeeks},
                                    {QStringLiteral("session_plan"), planText.join(u' ')}}));
    TD_TRY(tx.commit());
    return saved;
}

Result<StratFactor> ProtocolRepository::addStratFactor(const Actor& actor, const StratFactor& f)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    TD_TRY(requireNoAllocation(tr("The stratification factors")));
    // Codes name strata ("site=OSL;severity=2"), so they may not contain separators.
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!codePattern.match(f.code).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("Stratification factor code \"%1\" is not allowed: use 1-32 lower-case "
                            "letters, digits or '_', starting with a letter.")
                             .arg(f.code));
    if (f.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("The stratification factor needs a code and a name."));
    if (f.source != StratSource::Site && (f.variable.isEmpty() || f.cutPoints.isEmpty()))
        return makeError(ErrorCode::Invalid,
                         tr("Stratification factor %1 needs a variable and at least one cut "
                            "point.")
                             .arg(f.code));
    for (qsizetype i = 1; i < f.cutPoints.size(); ++i)
        if (f.cutPoints[i] <= f.cutPoints[i - 1])
            return makeError(ErrorCode::Invalid,
                             tr("The cut points of %1 must increase.").arg(f.code));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto ins =
        m_db.exec(QStringLiteral("INSERT INTO strat_factor (code, name, source, variable, "
                                 "cut_points) VALUES (?, ?, ?, ?, ?)"),
                  {f.code, f.name, stratSourceKey(f.source), f.variable, joinNumbers(f.cutPoints)});
    TD_TRY(ins);
    StratFactor saved = f;
    saved.id = (*ins)->lastInsertId().toLongLong();
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("strat_factor"), saved.id,
                                   {{QStringLiteral("code"), f.code},
                                    {QStringLiteral("name"), f.name},
                                    {QStringLiteral("source"), stratSourceKey(f.source)},
                                    {QStringLiteral("variable"), f.variable},
                                    {QStringLiteral("cut_points"), joinNumbers(f.cutPoints)}}));
    TD_TRY(tx.commit());
    return saved;
}

Result<TimePoint> ProtocolRepository::addTimePoint(const Actor& actor, const TimePoint& tp)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    if (tp.code.trimmed().isEmpty() || tp.label.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The time point needs a code and a label."));
    if (tp.weekOffset < -52 || tp.weekOffset > 520)
        return makeError(ErrorCode::Invalid,
                         tr("Week offset %1 is not allowed: enter -52 to 520 weeks from "
                            "randomization.")
                             .arg(tp.weekOffset));
    if (tp.windowDays < 0 || tp.windowDays > 365)
        return makeError(
            ErrorCode::Invalid,
            tr("Visit window %1 days is not allowed: enter 0 to 365.").arg(tp.windowDays));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto ins = m_db.exec(QStringLiteral("INSERT INTO time_point (code, label, week_offset, "
                                        "window_days) VALUES (?, ?, ?, ?)"),
                         {tp.code, tp.label, tp.weekOffset, tp.windowDays});
    TD_TRY(ins);
    TimePoint saved = tp;
    saved.id = (*ins)->lastInsertId().toLongLong();
    QStringList given;
    for (const ScheduledInstrument& si : tp.instruments) {
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO time_point_instrument (time_point_id, "
                                        "instrument_id, rater) VALUES (?, ?, ?)"),
                         {saved.id, si.instrumentId, raterKey(si.rater)}));
        given << si.instrumentId + QLatin1Char(':') + raterKey(si.rater);
    }
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("time_point"), saved.id,
                                   {{QStringLiteral("code"), tp.code},
                                    {QStringLiteral("label"), tp.label},
                                    {QStringLiteral("week_offset"), tp.weekOffset},
                                    {QStringLiteral("window_days"), tp.windowDays},
                                    {QStringLiteral("instruments"), given.join(u' ')}}));
    TD_TRY(tx.commit());
    return saved;
}

} // namespace td
