#include "trial/ProtocolWriter.h"

#include "audit/AuditedWrite.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace td {

namespace {

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant optionalNumber(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString numbers(const QList<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

template <typename T> const T* byCode(const std::vector<T>& items, const QString& code)
{
    for (const T& t : items)
        if (t.code == code)
            return &t;
    return nullptr;
}

QString instrumentsText(const TimePoint& tp)
{
    QStringList given;
    for (const ScheduledInstrument& si : tp.instruments)
        given << scheduledKey(si);
    return given.join(u' ');
}

QString choicesText(const Covariate& c)
{
    QStringList parts;
    for (const CovariateChoice& ch : c.choices)
        parts << ch.code + QLatin1Char('=') + ch.label.en + QLatin1Char('/') + ch.label.nb;
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<qint64> ProtocolWriter::put(const QString& table, qint64 id, const Values& values)
{
    if (id == 0)
        return AuditedWrite::insert(m_db, m_actor, table, values, {}, m_reason);
    QStringList columns;
    for (const auto& v : values)
        columns << v.first;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                           .arg(columns.join(QStringLiteral(", ")), table),
                       {id});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("Row %1 of %2 has gone.").arg(id).arg(table));
    std::vector<FieldChange> changes;
    for (int i = 0; i < static_cast<int>(values.size()); ++i)
        changes.push_back({values[static_cast<std::size_t>(i)].first, (*q)->value(i),
                           values[static_cast<std::size_t>(i)].second});
    (*q)->finish();
    TD_TRY(AuditedWrite::update(m_db, m_actor, table, id, changes, m_reason,
                                AuditedWrite::Reason::Optional));
    return id;
}

Status ProtocolWriter::insertScheduled(Database& db, qint64 timePointId,
                                       const ScheduledInstrument& si, int position)
{
    TD_TRY(
        db.exec(QStringLiteral("INSERT INTO time_point_instrument (time_point_id, "
                               "instrument_id, rater, position, double_entry, edit_checks) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {timePointId, si.instrumentId, raterKey(si.rater), position, si.doubleEntry ? 1 : 0,
                 si.editChecks.empty() ? QVariant() : QVariant(editChecksJson(si.editChecks))}));
    return {};
}

Status ProtocolWriter::drop(const QString& table, qint64 id, const QString& code)
{
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}));
    return AuditLog::record(m_db, m_actor,
                            {QStringLiteral("removed"),
                             table,
                             QString::number(id),
                             QStringLiteral("code"),
                             code,
                             {},
                             m_reason});
}

Status ProtocolWriter::refuseIfUsed(const QString& sql, qint64 id, const QString& path,
                                    const QString& why)
{
    auto n = m_db.scalar(sql, {id});
    TD_TRY(n);
    if (n->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1: %2").arg(path, why.arg(n->toInt())));
    return {};
}

Status ProtocolWriter::write(const Protocol& current, const Protocol& target, int version)
{
    // Session measures refer to arms: they go first and come back last.
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM session_measure")));
    TD_TRY(writeTrial(target));
    TD_TRY(writeSites(current, target));
    TD_TRY(writeInstruments(current, target));
    TD_TRY(writeCovariates(current, target));
    TD_TRY(writeEligibility(current, target, version));
    TD_TRY(writeSchedule(current, target));
    // Factors before arms and after schedule/covariates: a removed factor frees nothing else.
    TD_TRY(writeFactors(current, target));
    TD_TRY(writeArms(current, target));
    TD_TRY(writeSessionMeasures(current, target));
    return {};
}

Status ProtocolWriter::writeTrial(const Protocol& p)
{
    auto id = m_db.scalar(QStringLiteral("SELECT MIN(id) FROM trial"));
    TD_TRY(id);
    const Trial& t = p.trial;
    Values values{{QStringLiteral("title"), t.title.en},
                  {QStringLiteral("title_nb"), t.title.nb},
                  {QStringLiteral("acronym"), t.acronym},
                  {QStringLiteral("target_sample_size"), t.targetSampleSize},
                  {QStringLiteral("recruitment_start"), dateValue(t.recruitmentStart)},
                  {QStringLiteral("recruitment_end"), dateValue(t.recruitmentEnd)},
                  {QStringLiteral("primary_instrument"), p.primaryOutcome.instrumentId},
                  {QStringLiteral("primary_time_point"), p.primaryOutcome.timePoint},
                  {QStringLiteral("comparative_visible_to"),
                   p.comparativeOutcomesVisibleTo.join(QLatin1Char(','))},
                  {QStringLiteral("monitors_see_arms"), p.monitorsSeeArms ? 1 : 0}};
    if (id->isNull())
        values.push_back({QStringLiteral("is_demo"), t.isDemo ? 1 : 0});
    TD_TRY(put(QStringLiteral("trial"), id->isNull() ? 0 : id->toLongLong(), values));
    return {};
}

Status ProtocolWriter::writeSites(const Protocol& current, const Protocol& target)
{
    for (std::size_t i = 0; i < target.sites.size(); ++i) {
        const Site& s = target.sites[i];
        const Site* old = byCode(current.sites, s.code);
        Values values{{QStringLiteral("name"), s.name.en},
                      {QStringLiteral("name_nb"), s.name.nb},
                      {QStringLiteral("position"), static_cast<int>(i + 1)}};
        if (!old)
            values.insert(values.begin(), {QStringLiteral("code"), s.code});
        TD_TRY(put(QStringLiteral("site"), old ? old->id : 0, values));
    }
    for (std::size_t j = 0; j < current.sites.size(); ++j) {
        const Site& s = current.sites[j];
        if (byCode(target.sites, s.code))
            continue;
        TD_TRY(refuseIfUsed(QStringLiteral("SELECT COUNT(*) FROM participant WHERE site_id = ?"),
                            s.id, QStringLiteral("sites[%1]").arg(j),
                            tr("site %1 has %2 participants and cannot be removed").arg(s.code)));
        TD_TRY(drop(QStringLiteral("site"), s.id, s.code));
    }
    return {};
}

Status ProtocolWriter::writeArms(const Protocol& current, const Protocol& target)
{
    for (std::size_t j = 0; j < current.arms.size(); ++j) {
        const Arm& a = current.arms[j];
        if (byCode(target.arms, a.code))
            continue;
        const QString path = QStringLiteral("arms[%1]").arg(j);
        TD_TRY(refuseIfUsed(QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry WHERE "
                                           "arm_id = ?"),
                            a.id, path,
                            tr("arm %1 is in the generated allocation list (%2 entries); the "
                               "statistician's list must be replaced first")
                                .arg(a.code)));
        // A sealed list (an encrypted trial) does not say which arms it holds: any may be.
        TD_TRY(refuseIfUsed(QStringLiteral("SELECT COUNT(*) FROM allocation_list_sealed_entry "
                                           "WHERE CAST(? AS INTEGER) IS NOT NULL"),
                            a.id, path,
                            tr("arm %1 may be in the generated allocation list (sealed, %2 "
                               "entries); the statistician's list must be replaced first")
                                .arg(a.code)));
        TD_TRY(refuseIfUsed(QStringLiteral("SELECT COUNT(*) FROM participant WHERE arm_id = ?"),
                            a.id, path,
                            tr("arm %1 has %2 participants and cannot be removed").arg(a.code)));
        TD_TRY(m_db.exec(QStringLiteral("DELETE FROM arm_session_plan WHERE arm_id = ?"), {a.id}));
        TD_TRY(drop(QStringLiteral("arm"), a.id, a.code));
    }
    for (std::size_t i = 0; i < target.arms.size(); ++i) {
        const Arm& a = target.arms[i];
        const Arm* old = byCode(current.arms, a.code);
        Values values{{QStringLiteral("name"), a.name.en},
                      {QStringLiteral("name_nb"), a.name.nb},
                      {QStringLiteral("ratio_weight"), a.ratioWeight},
                      {QStringLiteral("colour"), a.colour},
                      {QStringLiteral("treatment_weeks"), a.treatmentWeeks},
                      {QStringLiteral("position"), static_cast<int>(i + 1)}};
        if (!old)
            values.insert(values.begin(), {QStringLiteral("code"), a.code});
        auto id = put(QStringLiteral("arm"), old ? old->id : 0, values);
        TD_TRY(id);
        if (old && sessionPlanText(*old) == sessionPlanText(a))
            continue;
        TD_TRY(m_db.exec(QStringLiteral("DELETE FROM arm_session_plan WHERE arm_id = ?"), {*id}));
        for (std::size_t k = 0; k < a.plan.size(); ++k)
            TD_TRY(
                m_db.exec(QStringLiteral("INSERT INTO arm_session_plan (arm_id, phase, kind, "
                                         "session_count, interval_weeks) VALUES (?, ?, ?, ?, ?)"),
                          {*id, static_cast<int>(k + 1), sessionKindKey(a.plan[k].kind),
                           a.plan[k].count, a.plan[k].intervalWeeks}));
        TD_TRY(
            AuditLog::recordChanges(m_db, m_actor, QStringLiteral("arm"), *id,
                                    {{QStringLiteral("session_plan"),
                                      old ? sessionPlanText(*old) : QString(), sessionPlanText(a)}},
                                    m_reason));
    }
    return {};
}

Status ProtocolWriter::writeCovariates(const Protocol& current, const Protocol& target)
{
    for (std::size_t j = 0; j < current.covariates.size(); ++j) {
        const Covariate& c = current.covariates[j];
        if (byCode(target.covariates, c.code))
            continue;
        TD_TRY(m_db.exec(QStringLiteral("DELETE FROM covariate_choice WHERE covariate_id = ?"),
                         {c.id}));
        TD_TRY(drop(QStringLiteral("covariate"), c.id, c.code));
    }
    for (std::size_t i = 0; i < target.covariates.size(); ++i) {
        const Covariate& c = target.covariates[i];
        const Covariate* old = byCode(current.covariates, c.code);
        Values values{{QStringLiteral("name"), c.name.en},
                      {QStringLiteral("name_nb"), c.name.nb},
                      {QStringLiteral("type"), covariateTypeKey(c.type)},
                      {QStringLiteral("min_value"), optionalNumber(c.min)},
                      {QStringLiteral("max_value"), optionalNumber(c.max)},
                      {QStringLiteral("required"), c.requiredForRandomization ? 1 : 0},
                      {QStringLiteral("position"), static_cast<int>(i + 1)}};
        if (!old)
            values.insert(values.begin(), {QStringLiteral("code"), c.code});
        auto id = put(QStringLiteral("covariate"), old ? old->id : 0, values);
        TD_TRY(id);
        if (old && choicesText(*old) == choicesText(c))
            continue;
        TD_TRY(m_db.exec(QStringLiteral("DELETE FROM covariate_choice WHERE covariate_id = ?"),
                         {*id}));
        for (std::size_t k = 0; k < c.choices.size(); ++k)
            TD_TRY(m_db.exec(QStringLiteral("INSERT INTO covariate_choice (covariate_id, code, "
                                            "label, label_nb, position) VALUES (?, ?, ?, ?, ?)"),
                             {*id, c.choices[k].code, c.choices[k].label.en, c.choices[k].label.nb,
                              static_cast<int>(k + 1)}));
        TD_TRY(AuditLog::recordChanges(
            m_db, m_actor, QStringLiteral("covariate"), *id,
            {{QStringLiteral("choices"), old ? choicesText(*old) : QString(), choicesText(c)}},
            m_reason));
    }
    return {};
}

Status ProtocolWriter::writeEligibility(const Protocol& current, const Protocol& target,
                                        int version)
{
    for (const EligibilityCriterion& c : current.eligibility)
        if (!byCode(target.eligibility, c.code))
            TD_TRY(drop(QStringLiteral("eligibility_criterion"), c.id, c.code));
    for (std::size_t i = 0; i < target.eligibility.size(); ++i) {
        const EligibilityCriterion& c = target.eligibility[i];
        const EligibilityCriterion* old = byCode(current.eligibility, c.code);
        Values values{{QStringLiteral("kind"), criterionKindKey(c.kind)},
                      {QStringLiteral("text"), c.text.en},
                      {QStringLiteral("text_nb"), c.text.nb},
                      {QStringLiteral("position"), static_cast<int>(i + 1)}};
        if (!old) {
            values.insert(values.begin(), {QStringLiteral("code"), c.code});
            values.push_back({QStringLiteral("since_version"), version});
        }
        TD_TRY(put(QStringLiteral("eligibility_criterion"), old ? old->id : 0, values));
    }
    return {};
}

Status ProtocolWriter::writeSchedule(const Protocol& current, const Protocol& target)
{
    for (std::size_t j = 0; j < current.schedule.size(); ++j) {
        const TimePoint& tp = current.schedule[j];
        if (byCode(target.schedule, tp.code))
            continue;
        TD_TRY(
            refuseIfUsed(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE time_point_id = ?"),
                         tp.id, QStringLiteral("schedule[%1]").arg(j),
                         tr("visit %1 has %2 assessments and cannot be removed").arg(tp.code)));
        TD_TRY(m_db.exec(
            QStringLiteral("DELETE FROM time_point_instrument WHERE time_point_id = ?"), {tp.id}));
        TD_TRY(drop(QStringLiteral("time_point"), tp.id, tp.code));
    }
    for (std::size_t i = 0; i < target.schedule.size(); ++i) {
        const TimePoint& tp = target.schedule[i];
        const TimePoint* old = byCode(current.schedule, tp.code);
        Values values{{QStringLiteral("label"), tp.label.en},
                      {QStringLiteral("label_nb"), tp.label.nb},
                      {QStringLiteral("week_offset"), tp.weekOffset},
                      {QStringLiteral("window_days"), tp.windowDays},
                      {QStringLiteral("before_randomization"), tp.beforeRandomization ? 1 : 0},
                      {QStringLiteral("arms"),
                       tp.arms.isEmpty() ? QVariant() : QVariant(tp.arms.join(QLatin1Char(',')))},
                      {QStringLiteral("position"), static_cast<int>(i + 1)}};
        if (!old)
            values.insert(values.begin(), {QStringLiteral("code"), tp.code});
        auto id = put(QStringLiteral("time_point"), old ? old->id : 0, values);
        TD_TRY(id);
        if (old && instrumentsText(*old) == instrumentsText(tp))
            continue;
        if (old) {
            auto used = m_db.exec(QStringLiteral("SELECT DISTINCT instrument_id FROM assessment "
                                                 "WHERE time_point_id = ?"),
                                  {*id});
            TD_TRY(used);
            while ((*used)->next()) {
                const QString inst = (*used)->value(0).toString();
                if (std::none_of(
                        tp.instruments.begin(), tp.instruments.end(),
                        [&](const ScheduledInstrument& s) { return s.instrumentId == inst; }))
                    return makeError(ErrorCode::Conflict,
                                     tr("schedule[%1].instruments: %2 has assessments at visit "
                                        "%3 and cannot be taken off it")
                                         .arg(i)
                                         .arg(inst, tp.code));
            }
        }
        TD_TRY(m_db.exec(
            QStringLiteral("DELETE FROM time_point_instrument WHERE time_point_id = ?"), {*id}));
        for (std::size_t k = 0; k < tp.instruments.size(); ++k)
            TD_TRY(insertScheduled(m_db, *id, tp.instruments[k], static_cast<int>(k + 1)));
        TD_TRY(AuditLog::recordChanges(
            m_db, m_actor, QStringLiteral("time_point"), *id,
            {{QStringLiteral("instruments"), old ? instrumentsText(*old) : QString(),
              instrumentsText(tp)}},
            m_reason));
    }
    return {};
}

Status ProtocolWriter::writeFactors(const Protocol& current, const Protocol& target)
{
    for (std::size_t j = 0; j < current.factors.size(); ++j) {
        const StratFactor& f = current.factors[j];
        if (byCode(target.factors, f.code))
            continue;
        TD_TRY(refuseIfUsed(
            QStringLiteral("SELECT COUNT(*) FROM randomization_factor WHERE factor_id = ?"), f.id,
            QStringLiteral("stratification[%1]").arg(j),
            tr("the statistician's randomization setup uses factor %1 (%2); it must be taken out "
               "there first")
                .arg(f.code)));
        TD_TRY(drop(QStringLiteral("strat_factor"), f.id, f.code));
    }
    for (std::size_t i = 0; i < target.factors.size(); ++i) {
        const StratFactor& f = target.factors[i];
        const StratFactor* old = byCode(current.factors, f.code);
        Values values{
            {QStringLiteral("name"), f.name.isEmpty() ? f.code : f.name},
            {QStringLiteral("source"), stratSourceKey(f.source)},
            {QStringLiteral("variable"), f.variable.isEmpty() ? QVariant() : f.variable},
            {QStringLiteral("cut_points"), numbers(f.cutPoints)},
            {QStringLiteral("time_point"), f.timePoint.isEmpty() ? QVariant() : f.timePoint},
            {QStringLiteral("position"), static_cast<int>(i + 1)}};
        if (!old)
            values.insert(values.begin(), {QStringLiteral("code"), f.code});
        TD_TRY(put(QStringLiteral("strat_factor"), old ? old->id : 0, values));
    }
    return {};
}

Status ProtocolWriter::writeSessionMeasures(const Protocol& current, const Protocol& target)
{
    auto textOf = [](const Protocol& p) {
        QStringList text;
        for (const SessionMeasure& m : p.sessionMeasures)
            text << m.instrumentId + QLatin1Char(':') + m.arms.join(QLatin1Char(','));
        return text.join(u' ');
    };
    for (std::size_t i = 0; i < target.sessionMeasures.size(); ++i) {
        const SessionMeasure& m = target.sessionMeasures[i];
        for (const QString& code : m.arms) {
            auto arm = m_db.scalar(QStringLiteral("SELECT id FROM arm WHERE code = ?"), {code});
            TD_TRY(arm);
            TD_TRY(m_db.exec(QStringLiteral("INSERT INTO session_measure (instrument_id, arm_id, "
                                            "position) VALUES (?, ?, ?)"),
                             {m.instrumentId, *arm, static_cast<int>(i + 1)}));
        }
    }
    if (textOf(current) == textOf(target))
        return {};
    auto trial = m_db.scalar(QStringLiteral("SELECT MIN(id) FROM trial"));
    TD_TRY(trial);
    TD_TRY(AuditLog::recordChanges(
        m_db, m_actor, QStringLiteral("trial"), trial->toLongLong(),
        {{QStringLiteral("session_measures"), textOf(current), textOf(target)}}, m_reason));
    return {};
}

Status ProtocolWriter::writeInstruments(const Protocol& current, const Protocol& target)
{
    auto idOf = [](const QJsonObject& o) { return o.value(QStringLiteral("id")).toString(); };
    for (const QJsonObject& def : target.instruments) {
        const QString id = idOf(def);
        const QString json = QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact));
        auto old = std::find_if(current.instruments.begin(), current.instruments.end(),
                                [&](const QJsonObject& o) { return idOf(o) == id; });
        if (old != current.instruments.end() && *old == def)
            continue;
        if (old != current.instruments.end()) {
            auto n = m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM assessment WHERE instrument_id = ?"), {id});
            TD_TRY(n);
            if (n->toInt() > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("instruments: %1 has %2 assessments, so its definition "
                                    "cannot change; add a new instrument with another id")
                                     .arg(id)
                                     .arg(n->toInt()));
            TD_TRY(m_db.exec(QStringLiteral("UPDATE instrument_definition SET definition = ? "
                                            "WHERE instrument_id = ?"),
                             {json, id}));
        } else {
            TD_TRY(m_db.exec(QStringLiteral("INSERT INTO instrument_definition (instrument_id, "
                                            "definition, created_at) VALUES (?, ?, ?)"),
                             {id, json, m_db.clock().nowUtc().toString(Qt::ISODate)}));
        }
        TD_TRY(AuditLog::record(m_db, m_actor,
                                {old == current.instruments.end() ? QStringLiteral("created")
                                                                  : QStringLiteral("changed"),
                                 QStringLiteral("instrument_definition"),
                                 id,
                                 QStringLiteral("definition"),
                                 {},
                                 json,
                                 m_reason}));
    }
    for (const QJsonObject& def : current.instruments) {
        const QString id = idOf(def);
        if (std::any_of(target.instruments.begin(), target.instruments.end(),
                        [&](const QJsonObject& o) { return idOf(o) == id; }))
            continue;
        auto n = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM assessment WHERE instrument_id = ?"), {id});
        TD_TRY(n);
        if (n->toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             tr("instruments: %1 has %2 assessments and cannot be removed")
                                 .arg(id)
                                 .arg(n->toInt()));
        TD_TRY(m_db.exec(
            QStringLiteral("DELETE FROM instrument_definition WHERE instrument_id = ?"), {id}));
        TD_TRY(AuditLog::record(m_db, m_actor,
                                {QStringLiteral("removed"),
                                 QStringLiteral("instrument_definition"),
                                 id,
                                 QStringLiteral("definition"),
                                 {},
                                 {},
                                 m_reason}));
    }
    return {};
}

} // namespace td
