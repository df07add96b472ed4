#include "trial/ProtocolRules.h"

#include "instruments/InstrumentCatalog.h"
#include "instruments/InstrumentDefinition.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace td {

namespace {

QString at(const QString& path, const char* key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString at(const QString& path, const char* key, std::size_t index)
{
    return QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(index);
}

QString item(const char* list, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

void add(ProtocolProblems& out, const QString& path, const QString& message)
{
    out.push_back({path, message});
}

void checkLabel(const LocalText& label, const QString& path, ProtocolProblems& out)
{
    if (label.isBlank())
        add(out, path,
            ProtocolRules::tr("a text is needed in English and in Norwegian (\"en\" and \"nb\"), "
                              "or one text for both"));
}

// Codes are unique within their list.
template <typename T, typename CodeOf>
void checkUnique(const std::vector<T>& items, const char* list, const char* field, CodeOf codeOf,
                 ProtocolProblems& out)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString code = codeOf(items[i]);
        if (seen.contains(code))
            add(out, at(item(list, i), field),
                ProtocolRules::tr("\"%1\" is used twice; each code in %2 is unique")
                    .arg(code, QLatin1String(list)));
        seen.insert(code);
    }
}

void checkCode(const QString& code, bool upperAllowed, const QString& path, ProtocolProblems& out)
{
    const bool ok = upperAllowed ? ProtocolRules::isUpperCode(code) : ProtocolRules::isCode(code);
    if (ok)
        return;
    if (upperAllowed)
        add(out, path,
            ProtocolRules::tr("\"%1\" is not allowed; a code is 1 to 32 letters A-Z or a-z, "
                              "digits or _")
                .arg(code));
    else
        add(out, path,
            ProtocolRules::tr("\"%1\" is not allowed; a code is 1 to 32 lower-case letters a-z, "
                              "digits or _")
                .arg(code));
}

bool isWhole(double v)
{
    return std::isfinite(v) && std::floor(v) == v;
}

} // namespace

bool ProtocolRules::isCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    return pattern.match(code).hasMatch();
}

bool ProtocolRules::isUpperCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
    return pattern.match(code).hasMatch();
}

QStringList ProtocolRules::comparativeRoles()
{
    return {QStringLiteral("statistician"), QStringLiteral("principal_investigator"),
            QStringLiteral("dmc")};
}

Error ProtocolRules::toError(const ProtocolProblems& problems, int limit)
{
    QStringList lines;
    for (const ProtocolProblem& p : problems) {
        if (lines.size() == limit) {
            lines << tr("... and %n more problem(s).", nullptr,
                        static_cast<int>(problems.size()) - limit);
            break;
        }
        lines << p.text();
    }
    return makeError(ErrorCode::Invalid, lines.join(QLatin1Char('\n')));
}

void ProtocolRules::checkTrial(const Trial& t, ProtocolProblems& out)
{
    checkLabel(t.title, QStringLiteral("trial.title"), out);
    if (t.acronym.trimmed().isEmpty() || t.acronym.size() > 20)
        add(out, QStringLiteral("trial.acronym"), tr("an acronym of 1 to 20 characters is needed"));
    if (t.targetSampleSize < 1 || t.targetSampleSize > 1000000)
        add(out, QStringLiteral("trial.target_sample_size"),
            tr("%1 is not allowed; the target sample size is a whole number from 1 to 1,000,000")
                .arg(t.targetSampleSize));
    if (t.recruitmentStart.isValid() && t.recruitmentEnd.isValid() &&
        t.recruitmentEnd < t.recruitmentStart)
        add(out, QStringLiteral("trial.recruitment_end"),
            tr("%1 is before recruitment_start %2; recruitment ends on or after the day it starts")
                .arg(t.recruitmentEnd.toString(Qt::ISODate),
                     t.recruitmentStart.toString(Qt::ISODate)));
}

void ProtocolRules::checkSite(const Site& s, const QString& path, ProtocolProblems& out)
{
    checkCode(s.code, true, at(path, "code"), out);
    checkLabel(s.name, at(path, "name"), out);
}

void ProtocolRules::checkArm(const Arm& a, const QString& path, ProtocolProblems& out)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    checkCode(a.code, true, at(path, "code"), out);
    checkLabel(a.name, at(path, "name"), out);
    if (a.ratioWeight < 1 || a.ratioWeight > 20)
        add(out, at(path, "ratio"),
            tr("%1 is not allowed; a ratio is a whole number from 1 to 20").arg(a.ratioWeight));
    if (!colour.match(a.colour).hasMatch())
        add(out, at(path, "colour"),
            tr("\"%1\" is not allowed; a colour is written #rrggbb, e.g. #1f77b4").arg(a.colour));
    if (a.treatmentWeeks < 1 || a.treatmentWeeks > 520)
        add(out, at(path, "treatment_weeks"),
            tr("%1 is not allowed; the treatment lasts 1 to 520 weeks").arg(a.treatmentWeeks));
    int weeks = 0;
    for (std::size_t i = 0; i < a.plan.size(); ++i) {
        const SessionPhase& ph = a.plan[i];
        const QString p = at(path, "sessions", i);
        if (ph.count < 1 || ph.count > 500)
            add(out, at(p, "count"),
                tr("%1 is not allowed; a run of sessions has 1 to 500 sessions").arg(ph.count));
        if (ph.intervalWeeks < 1 || ph.intervalWeeks > 52)
            add(out, at(p, "interval_weeks"),
                tr("%1 is not allowed; sessions are 1 to 52 weeks apart").arg(ph.intervalWeeks));
        weeks += std::max(ph.count, 0) * std::max(ph.intervalWeeks, 0);
    }
    if (a.treatmentWeeks >= 1 && weeks > a.treatmentWeeks)
        add(out, at(path, "treatment_weeks"),
            tr("%1 weeks do not cover the planned sessions, which take %2 weeks; "
               "treatment_weeks covers every planned session")
                .arg(a.treatmentWeeks)
                .arg(weeks));
}

void ProtocolRules::checkCovariate(const Covariate& c, const QString& path, ProtocolProblems& out)
{
    checkCode(c.code, false, at(path, "code"), out);
    checkLabel(c.name, at(path, "name"), out);
    if (!c.isNumeric() && (c.min || c.max))
        add(out, at(path, c.min ? "min" : "max"),
            tr("min and max are allowed only on integer and number covariates"));
    if (c.type == CovariateType::Integer) {
        if (c.min && !isWhole(*c.min))
            add(out, at(path, "min"), tr("an integer covariate has a whole-number minimum"));
        if (c.max && !isWhole(*c.max))
            add(out, at(path, "max"), tr("an integer covariate has a whole-number maximum"));
    }
    if (c.min && c.max && *c.max < *c.min)
        add(out, at(path, "max"),
            tr("%1 is below min %2; max is at least min").arg(*c.max).arg(*c.min));
    if (c.type == CovariateType::Choice) {
        if (c.choices.size() < 2)
            add(out, at(path, "choices"), tr("a choice covariate has at least two choices"));
        for (std::size_t i = 0; i < c.choices.size(); ++i) {
            checkCode(c.choices[i].code, false, at(at(path, "choices", i), "code"), out);
            checkLabel(c.choices[i].label, at(at(path, "choices", i), "label"), out);
        }
        QSet<QString> seen;
        for (std::size_t i = 0; i < c.choices.size(); ++i) {
            if (seen.contains(c.choices[i].code))
                add(out, at(at(path, "choices", i), "code"),
                    tr("\"%1\" is used twice; each choice code is unique").arg(c.choices[i].code));
            seen.insert(c.choices[i].code);
        }
    } else if (!c.choices.empty()) {
        add(out, at(path, "choices"), tr("choices are allowed only on a choice covariate"));
    }
}

void ProtocolRules::checkCriterion(const EligibilityCriterion& c, const QString& path,
                                   ProtocolProblems& out)
{
    checkCode(c.code, false, at(path, "code"), out);
    checkLabel(c.text, at(path, "text"), out);
}

void ProtocolRules::checkTimePoint(const TimePoint& tp, const QString& path, ProtocolProblems& out)
{
    checkCode(tp.code, false, at(path, "code"), out);
    checkLabel(tp.label, at(path, "name"), out);
    if (tp.weekOffset < -52 || tp.weekOffset > 520)
        add(out, at(path, "week"),
            tr("%1 is not allowed; a visit is -52 to 520 weeks from randomization")
                .arg(tp.weekOffset));
    if (tp.windowDays < 0 || tp.windowDays > 365)
        add(out, at(path, "window_days"),
            tr("%1 is not allowed; a visit window is 0 to 365 days").arg(tp.windowDays));
    if (tp.beforeRandomization && tp.weekOffset > 0)
        add(out, at(path, "before_randomization"),
            tr("only a baseline visit (week 0 or earlier) comes before randomization"));
    if (tp.instruments.empty())
        add(out, at(path, "instruments"), tr("a visit gives at least one instrument"));
    QSet<QString> seen;
    for (std::size_t i = 0; i < tp.instruments.size(); ++i) {
        const QString id = tp.instruments[i].instrumentId;
        if (seen.contains(id))
            add(out, at(at(path, "instruments", i), "id"),
                tr("\"%1\" is given twice at this visit; give each instrument once").arg(id));
        seen.insert(id);
    }
}

void ProtocolRules::checkFactorShape(const StratFactor& f, const QString& path,
                                     ProtocolProblems& out)
{
    checkCode(f.code, false, at(path, "code"), out);
    for (qsizetype i = 1; i < f.cutPoints.size(); ++i)
        if (f.cutPoints[i] <= f.cutPoints[i - 1])
            add(out, at(path, "cut_points", static_cast<std::size_t>(i)),
                tr("%1 does not ascend; cut points ascend, each above the one before")
                    .arg(f.cutPoints[i]));
    if (f.source == StratSource::Site && (!f.variable.isEmpty() || !f.cutPoints.isEmpty()))
        add(out, path, tr("a site factor takes no covariate, instrument or cut points"));
    if (f.source == StratSource::Severity && f.cutPoints.isEmpty())
        add(out, at(path, "cut_points"), tr("a severity factor needs at least one cut point"));
}

ProtocolProblems ProtocolRules::check(const Protocol& p)
{
    ProtocolProblems out;
    checkTrial(p.trial, out);

    // Instruments: the built-in ones and the protocol's own.
    QSet<QString> known;
    QHash<QString, int> itemCounts; // for the edit checks
    for (const QString& id : InstrumentCatalog::builtIn().ids()) {
        known.insert(id);
        itemCounts.insert(id,
                          static_cast<int>(InstrumentCatalog::builtIn().find(id)->items.size()));
    }
    for (std::size_t i = 0; i < p.instruments.size(); ++i) {
        auto d = InstrumentDefinition::fromJson(p.instruments[i]);
        if (!d.ok()) {
            add(out, item("instruments", i), d.message());
            continue;
        }
        if (known.contains(d->id))
            add(out, at(item("instruments", i), "id"),
                tr("\"%1\" is already an instrument; give the trial's own instrument another id")
                    .arg(d->id));
        known.insert(d->id);
        itemCounts.insert(d->id, static_cast<int>(d->items.size()));
    }
    auto requireInstrument = [&](const QString& id, const QString& path) {
        if (!known.contains(id))
            add(out, path,
                tr("unknown instrument \"%1\"; use a built-in instrument (%2) or define it in "
                   "instruments")
                    .arg(id, InstrumentCatalog::builtIn().ids().join(QStringLiteral(", "))));
    };

    if (p.sites.empty())
        add(out, QStringLiteral("sites"), tr("a trial has at least one site"));
    for (std::size_t i = 0; i < p.sites.size(); ++i)
        checkSite(p.sites[i], item("sites", i), out);
    checkUnique(
        p.sites, "sites", "code", [](const Site& s) { return s.code; }, out);

    if (p.arms.size() < 2)
        add(out, QStringLiteral("arms"),
            tr("%n arm(s) given; a randomized trial has two or more arms", nullptr,
               static_cast<int>(p.arms.size())));
    for (std::size_t i = 0; i < p.arms.size(); ++i)
        checkArm(p.arms[i], item("arms", i), out);
    checkUnique(
        p.arms, "arms", "code", [](const Arm& a) { return a.code; }, out);
    auto requireArms = [&](const QStringList& arms, const QString& path, bool emptyAllowed) {
        if (arms.isEmpty() && !emptyAllowed)
            add(out, path, tr("name at least one arm"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < arms.size(); ++i) {
            const QString ip = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!p.armByCode(arms[i]))
                add(out, ip, tr("unknown arm \"%1\"; the arms are those in arms").arg(arms[i]));
            else if (seen.contains(arms[i]))
                add(out, ip, tr("arm \"%1\" is named twice").arg(arms[i]));
            seen.insert(arms[i]);
        }
    };

    for (std::size_t i = 0; i < p.covariates.size(); ++i)
        checkCovariate(p.covariates[i], item("covariates", i), out);
    checkUnique(
        p.covariates, "covariates", "code", [](const Covariate& c) { return c.code; }, out);

    for (std::size_t i = 0; i < p.eligibility.size(); ++i)
        checkCriterion(p.eligibility[i], item("eligibility", i), out);
    checkUnique(
        p.eligibility, "eligibility", "code", [](const EligibilityCriterion& c) { return c.code; },
        out);

    int baselines = 0;
    for (std::size_t i = 0; i < p.schedule.size(); ++i) {
        const TimePoint& tp = p.schedule[i];
        const QString path = item("schedule", i);
        checkTimePoint(tp, path, out);
        if (tp.beforeRandomization && ++baselines > 1)
            add(out, at(path, "before_randomization"),
                tr("only one visit (the baseline) comes before randomization"));
        if (!tp.arms.isEmpty() || tp.beforeRandomization)
            requireArms(tp.arms, at(path, "arms"), true);
        if (tp.beforeRandomization && !tp.arms.isEmpty())
            add(out, at(path, "arms"),
                tr("the baseline comes before the arm is known, so it cannot be limited to arms"));
        for (std::size_t j = 0; j < tp.instruments.size(); ++j) {
            const ScheduledInstrument& si = tp.instruments[j];
            requireInstrument(si.instrumentId, at(at(path, "instruments", j), "id"));
            for (std::size_t k = 0; k < si.editChecks.size(); ++k) {
                const EditCheck& c = si.editChecks[k];
                const QString cp = at(at(path, "instruments", j), "edit_checks", k);
                const int items = itemCounts.value(si.instrumentId, 0);
                if (items > 0 && (c.item < 1 || c.item > items))
                    add(out, at(cp, "item"),
                        tr("%1 has items 1 to %2; item %3 does not exist")
                            .arg(si.instrumentId)
                            .arg(items)
                            .arg(c.item));
                if (!c.min && !c.max)
                    add(out, cp, tr("an edit check gives min, max or both"));
                else if (c.min && c.max && *c.min > *c.max)
                    add(out, at(cp, "min"), tr("min is above max"));
            }
        }
    }
    checkUnique(
        p.schedule, "schedule", "code", [](const TimePoint& t) { return t.code; }, out);

    for (std::size_t i = 0; i < p.factors.size(); ++i) {
        const StratFactor& f = p.factors[i];
        const QString path = item("stratification", i);
        checkFactorShape(f, path, out);
        if (f.source == StratSource::Covariate) {
            const Covariate* c = p.covariate(f.variable);
            if (!c)
                add(out, at(path, "covariate"),
                    tr("unknown covariate \"%1\"; name a covariate from covariates")
                        .arg(f.variable));
            else if (c->type == CovariateType::Choice && !f.cutPoints.isEmpty())
                add(out, at(path, "cut_points"),
                    tr("a choice covariate is stratified by its choices, without cut points"));
            else if (c->isNumeric() && f.cutPoints.isEmpty())
                add(out, at(path, "cut_points"),
                    tr("a numeric covariate needs at least one cut point"));
            else if (!c->isNumeric() && c->type != CovariateType::Choice)
                add(out, at(path, "covariate"),
                    tr("\"%1\" is a %2 covariate; stratify by a numeric or choice covariate")
                        .arg(c->code, covariateTypeKey(c->type)));
            else if (!c->requiredForRandomization)
                add(out, at(path, "covariate"),
                    tr("\"%1\" is not required_for_randomization; a stratification covariate "
                       "must be known before randomization")
                        .arg(c->code));
        } else if (f.source == StratSource::Severity) {
            requireInstrument(f.variable, at(path, "instrument"));
            const TimePoint* tp = p.timePointByCode(f.timePoint);
            if (!tp)
                add(out, at(path, "time_point"),
                    tr("unknown time point \"%1\"; name a visit from schedule").arg(f.timePoint));
            else if (!tp->beforeRandomization)
                add(out, at(path, "time_point"),
                    tr("\"%1\" is not before randomization; severity is cut at the baseline")
                        .arg(f.timePoint));
            else if (std::none_of(tp->instruments.begin(), tp->instruments.end(),
                                  [&](const ScheduledInstrument& s) {
                                      return s.instrumentId == f.variable;
                                  }))
                add(out, at(path, "instrument"),
                    tr("\"%1\" is not given at \"%2\"; schedule it there to stratify by it")
                        .arg(f.variable, f.timePoint));
        }
    }
    checkUnique(
        p.factors, "stratification", "code", [](const StratFactor& f) { return f.code; }, out);

    QSet<QString> measured;
    for (std::size_t i = 0; i < p.sessionMeasures.size(); ++i) {
        const SessionMeasure& m = p.sessionMeasures[i];
        const QString path = item("session_measures", i);
        requireInstrument(m.instrumentId, at(path, "id"));
        if (measured.contains(m.instrumentId))
            add(out, at(path, "id"),
                tr("\"%1\" is listed twice; list each session measure once with all its arms")
                    .arg(m.instrumentId));
        measured.insert(m.instrumentId);
        requireArms(m.arms, at(path, "arms"), false);
    }

    const PrimaryOutcome& po = p.primaryOutcome;
    const TimePoint* tp = p.timePointByCode(po.timePoint);
    if (po.instrumentId.isEmpty())
        add(out, QStringLiteral("primary_outcome.instrument"), tr("name the primary instrument"));
    else if (!tp)
        add(out, QStringLiteral("primary_outcome.time_point"),
            tr("unknown time point \"%1\"; name a visit from schedule").arg(po.timePoint));
    else if (std::none_of(
                 tp->instruments.begin(), tp->instruments.end(),
                 [&](const ScheduledInstrument& s) { return s.instrumentId == po.instrumentId; }))
        add(out, QStringLiteral("primary_outcome.instrument"),
            tr("\"%1\" is not given at \"%2\"; the primary outcome is scheduled there")
                .arg(po.instrumentId, po.timePoint));
    else if (!tp->arms.isEmpty())
        for (const Arm& a : p.arms)
            if (!tp->isForArm(a.code)) {
                add(out, QStringLiteral("primary_outcome.time_point"),
                    tr("\"%1\" is not a visit of arm %2; the primary outcome is measured in "
                       "every arm")
                        .arg(po.timePoint, a.code));
                break;
            }

    const QStringList allowed = comparativeRoles();
    for (qsizetype i = 0; i < p.comparativeOutcomesVisibleTo.size(); ++i) {
        const QString& role = p.comparativeOutcomesVisibleTo[i];
        const QString path = QStringLiteral("comparative_outcomes_visible_to[%1]").arg(i);
        if (!allowed.contains(role))
            add(out, path,
                tr("\"%1\" is not allowed; choose from %2")
                    .arg(role, allowed.join(QStringLiteral(", "))));
        else if (p.comparativeOutcomesVisibleTo.indexOf(role) != i)
            add(out, path, tr("\"%1\" is named twice").arg(role));
    }
    return out;
}

} // namespace td
