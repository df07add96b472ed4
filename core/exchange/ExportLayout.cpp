#include "exchange/ExportLayout.h"

#include "instruments/ItemNumber.h"
#include "participants/ParticipantStatus.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace td {

namespace {

ExportVariable var(QString name, QString label, QString type, QString allowed = {})
{
    ExportVariable v;
    v.name = std::move(name);
    v.label = std::move(label);
    v.type = std::move(type);
    v.allowed = std::move(allowed);
    return v;
}

std::vector<const InstrumentDefinition*> definitions(const ExportContext& ctx)
{
    std::vector<const InstrumentDefinition*> out;
    for (const QString& id : ctx.catalog.ids())
        if (const InstrumentDefinition* d = ctx.catalog.find(id))
            out.push_back(d);
    return out;
}

std::vector<std::pair<QString, QString>> bandLabels(const InstrumentDefinition& d)
{
    std::vector<std::pair<QString, QString>> out;
    for (const BandDefinition& b : d.bands)
        out.emplace_back(b.key, b.label.in(ExportLayout::language()));
    return out;
}

} // namespace

QString ExportLayout::language()
{
    return showingNorwegian() ? QStringLiteral("nb") : QStringLiteral("en");
}

QStringList ExportLayout::sexCodes()
{
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
}

int ExportLayout::maxItems(const ExportContext& ctx)
{
    int n = 0;
    for (const InstrumentDefinition* d : definitions(ctx))
        n = std::max(n, static_cast<int>(d->items.size()));
    return n;
}

QStringList ExportLayout::subscaleIds(const ExportContext& ctx)
{
    QStringList out;
    for (const InstrumentDefinition* d : definitions(ctx))
        for (const SubscaleDefinition& s : d->subscales)
            if (!out.contains(s.id))
                out << s.id;
    return out;
}

QString ExportLayout::safeName(const QString& name)
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9_]"));
    QString s = name.toLower();
    s.replace(bad, QStringLiteral("_"));
    if (s.isEmpty() || s.front().isDigit())
        s.prepend(QLatin1Char('v'));
    return s.left(32);
}

QString ExportLayout::scoringText(const InstrumentDefinition& d)
{
    QStringList parts;
    if (d.total == TotalMethod::Sum) {
        QString t = tr("total = sum of the %1 scored items (%2 to %3)")
                        .arg(d.scoredItems())
                        .arg(d.totalMin)
                        .arg(d.totalMax);
        if (d.missing == MissingRule::Prorate)
            t += tr("; with 1 to %1 scored items missing the total is prorated: "
                    "round_half_up(sum x %2 / answered), marked prorated; more missing: not "
                    "scorable (total empty)")
                     .arg(d.maxMissing)
                     .arg(d.scoredItems());
        else
            t += tr("; every scored item is required (no proration): otherwise not scorable");
        parts << t;
    } else {
        parts << tr("no total");
    }
    for (const SubscaleDefinition& s : d.subscales) {
        QStringList items;
        for (const SubscaleItem& i : s.items) {
            QString item = QString::number(i.index + 1);
            if (!i.recode.isEmpty()) {
                QStringList map;
                auto it = d.recodes.find(i.recode);
                if (it != d.recodes.end())
                    for (const auto& [from, to] : it->second)
                        map << QStringLiteral("%1->%2").arg(from).arg(to);
                item +=
                    QStringLiteral(" recoded %1 (%2)").arg(i.recode, map.join(QLatin1Char(' ')));
            }
            items << item;
        }
        parts << tr("%1 = %2 of items %3; at most %4 missing")
                     .arg(s.id, s.mean ? tr("mean") : tr("sum"), items.join(QStringLiteral(", ")))
                     .arg(s.maxMissing);
    }
    if (!d.bands.empty()) {
        QStringList bands;
        for (const BandDefinition& b : d.bands)
            bands << QStringLiteral("%1 %2-%3").arg(b.key).arg(b.min).arg(b.max);
        parts << tr("bands: %1").arg(bands.join(QStringLiteral(", ")));
    }
    for (const FlagDefinition& f : d.flags)
        parts << tr("flag %1 when item %2 > %3")
                     .arg(f.key)
                     .arg(f.itemIndex + 1)
                     .arg(ItemNumber::write(
                         f.above, d.items[static_cast<std::size_t>(f.itemIndex)].decimals));
    QStringList lettered;
    QStringList letters;
    for (const ItemDefinition& item : d.items)
        if (!item.letters.isEmpty()) {
            lettered << item.id;
            letters = item.letters;
        }
    QStringList decimal;
    for (const ItemDefinition& item : d.items)
        if (item.decimals > 0)
            decimal << QStringLiteral("%1 (%2)").arg(item.id).arg(item.decimals);
    if (!decimal.isEmpty())
        parts << tr("items with decimals (places): %1; written with a decimal point")
                     .arg(decimal.join(QStringLiteral(", ")));
    if (!lettered.isEmpty())
        parts << tr("items %1: the digit is the score and the letter (%2) records the direction "
                    "of the change; a digit without a letter (legacy data, other systems' "
                    "exports) is accepted as the score with the direction not recorded")
                     .arg(lettered.join(QStringLiteral(", ")), letters.join(QLatin1Char('/')));
    return parts.join(QStringLiteral("; "));
}

std::vector<ExportVariable> ExportLayout::longVariables(const ExportContext& ctx)
{
    std::vector<ExportVariable> v = {
        var(QStringLiteral("study_id"), tr("Participant study id"), QStringLiteral("string"))};
    v.push_back(var(QStringLiteral("site"), tr("Site code"), QStringLiteral("string")));
    for (const Site& s : ctx.protocol.sites)
        v.back().valueLabels.emplace_back(s.code, s.name.text());
    if (ctx.disclosure.arms()) {
        v.push_back(var(QStringLiteral("arm"), tr("Allocated arm code"), QStringLiteral("string")));
        for (const Arm& a : ctx.protocol.arms)
            v.back().valueLabels.emplace_back(a.code, a.name.text());
        v.back().missing = tr("empty: not randomized");
    }
    v.push_back(var(QStringLiteral("stratum"), tr("Randomization stratum at allocation"),
                    QStringLiteral("string")));
    v.push_back(
        var(QStringLiteral("age"), tr("Age at baseline (years)"), QStringLiteral("integer")));
    v.push_back(var(QStringLiteral("sex"), tr("Sex"), QStringLiteral("string"),
                    sexCodes().join(QStringLiteral(", "))));
    for (const QString& sex : sexCodes())
        v.back().valueLabels.emplace_back(sex, sex);
    v.push_back(var(QStringLiteral("education_years"), tr("Years of education"),
                    QStringLiteral("integer")));
    v.push_back(var(QStringLiteral("episode_months"), tr("Duration of current episode (months)"),
                    QStringLiteral("integer")));
    v.push_back(var(QStringLiteral("visit"), tr("Scheduled visit code"), QStringLiteral("string")));
    for (const TimePoint& t : ctx.protocol.schedule)
        v.back().valueLabels.emplace_back(t.code, t.label.text());
    v.back().missing = tr("empty: a session-by-session measure (see session_number)");
    v.push_back(var(QStringLiteral("session_number"), tr("Therapy session number"),
                    QStringLiteral("integer")));
    v.push_back(var(QStringLiteral("instrument"), tr("Instrument id"), QStringLiteral("string"),
                    ctx.catalog.ids().join(QStringLiteral(", "))));
    v.push_back(var(QStringLiteral("weeks_since_randomization"),
                    tr("(assessment date - randomization date) in days / 7, one decimal; "
                       "negative before randomization"),
                    QStringLiteral("number")));
    v.back().missing = tr("empty: not randomized");
    v.push_back(
        var(QStringLiteral("date"), tr("Assessment date (ISO 8601)"), QStringLiteral("date")));
    v.push_back(var(QStringLiteral("rater"), tr("User name of the rater or data enterer"),
                    QStringLiteral("string")));
    if (!ctx.disclosure.arms())
        v.back().missing = tr("empty: entered by unblinded staff, who are not named in a blinded "
                              "data set");
    v.push_back(var(QStringLiteral("status"), tr("Assessment status"), QStringLiteral("string"),
                    QStringLiteral("draft, complete")));
    v.push_back(var(QStringLiteral("missing_reason"), tr("Why items or the assessment are missing"),
                    QStringLiteral("string")));
    v.push_back(var(QStringLiteral("out_of_window"),
                    tr("Entered outside its visit's window: the reason confirmed at entry"),
                    QStringLiteral("string")));
    v.back().missing = tr("empty: within the window, or not a visit");
    const auto defs = definitions(ctx);
    for (int k = 1; k <= maxItems(ctx); ++k) {
        QStringList ranges;
        for (const InstrumentDefinition* d : defs)
            if (k <= static_cast<int>(d->items.size())) {
                const ItemDefinition& item = d->items[static_cast<size_t>(k - 1)];
                ranges << QStringLiteral("%1: %2 (%3..%4%5)")
                              .arg(d->id, item.label.in(language()))
                              .arg(ItemNumber::write(item.min, item.decimals),
                                   ItemNumber::write(item.max, item.decimals))
                              .arg(item.decimals > 0
                                       ? tr(", at most %n decimal place(s), written with a "
                                            "decimal point",
                                            nullptr, item.decimals)
                                   : item.letters.isEmpty()
                                       ? QString()
                                       : QStringLiteral(", non-zero with a letter %1, or "
                                                        "without: direction not recorded")
                                             .arg(item.letters.join(QLatin1Char('/'))));
            }
        ExportVariable item =
            var(QStringLiteral("item_%1").arg(k),
                tr("Raw value of item %1 of the row's instrument, as entered").arg(k),
                QStringLiteral("string"), ranges.join(QStringLiteral("; ")));
        item.missing = tr("empty: item not answered, or the instrument has fewer items");
        v.push_back(item);
    }
    v.push_back(var(QStringLiteral("total"), tr("Total score (see the instrument's scoring)"),
                    QStringLiteral("number")));
    v.back().missing = tr("empty: not scorable (too many items missing) or no total");
    v.push_back(
        var(QStringLiteral("band"), tr("Severity band of the total"), QStringLiteral("string")));
    for (const InstrumentDefinition* d : defs)
        for (const auto& b : bandLabels(*d))
            if (std::none_of(v.back().valueLabels.begin(), v.back().valueLabels.end(),
                             [&](const auto& e) { return e.first == b.first; }))
                v.back().valueLabels.push_back(b);
    v.push_back(var(QStringLiteral("complete"), tr("Every scored item answered"),
                    QStringLiteral("integer"), QStringLiteral("0, 1")));
    v.push_back(var(QStringLiteral("prorated"), tr("Total prorated for missing items"),
                    QStringLiteral("integer"), QStringLiteral("0, 1")));
    v.push_back(var(QStringLiteral("flags"), tr("Safety flags raised, separated by ;"),
                    QStringLiteral("string"), QStringLiteral("suicidality")));
    for (const QString& s : subscaleIds(ctx)) {
        v.push_back(var(s, tr("Subscale %1").arg(s), QStringLiteral("number")));
        v.back().missing = tr("empty: not scorable or not part of the row's instrument");
    }
    return v;
}

std::vector<ExportVariable> ExportLayout::wideFixedVariables(const ExportContext& ctx)
{
    std::vector<ExportVariable> v;
    for (const ExportVariable& l : longVariables(ctx))
        if (l.name == QStringLiteral("study_id") || l.name == QStringLiteral("site") ||
            l.name == QStringLiteral("arm") || l.name == QStringLiteral("age") ||
            l.name == QStringLiteral("sex") || l.name == QStringLiteral("education_years") ||
            l.name == QStringLiteral("episode_months"))
            v.push_back(l);
    ExportVariable status =
        var(QStringLiteral("status"), tr("Participant status"), QStringLiteral("string"));
    for (ParticipantStatus s : ctx.disclosure.statuses())
        status.valueLabels.emplace_back(StatusRules::key(s), StatusRules::key(s));
    v.insert(v.begin() + (ctx.disclosure.arms() ? 3 : 2), status);
    v.push_back(var(QStringLiteral("randomized_date"), tr("Date of randomization (ISO 8601)"),
                    QStringLiteral("date")));
    v.push_back(var(QStringLiteral("protocol_screened"),
                    tr("Protocol version in force at screening"), QStringLiteral("integer")));
    v.push_back(var(QStringLiteral("protocol_randomized"),
                    tr("Protocol version in force at randomization"), QStringLiteral("integer")));
    v.back().missing = tr("empty: not randomized");
    if (ctx.disclosure.therapists()) {
        // The clustering variable of psychotherapy trials; not in a blinded data set.
        v.push_back(var(QStringLiteral("therapist"),
                        tr("Therapist, as a code (T and the user's number)"),
                        QStringLiteral("string")));
        v.back().missing = tr("empty: no therapist assigned");
    }
    v.push_back(var(QStringLiteral("stratum"), tr("Randomization stratum at allocation"),
                    QStringLiteral("string")));
    v.back().missing = tr("empty: not randomized");
    return v;
}

std::vector<WideScore> ExportLayout::wideScores(const ExportContext& ctx)
{
    std::vector<WideScore> out;
    QSet<QString> added;
    auto add = [&](const QString& visit, const InstrumentDefinition* d) {
        if (!d || added.contains(visit + QLatin1Char('|') + d->id))
            return;
        added.insert(visit + QLatin1Char('|') + d->id);
        out.push_back({visit, d->id, QStringLiteral("date")});
        out.push_back({visit, d->id, QStringLiteral("weeks")});
        if (d->total == TotalMethod::Sum) {
            out.push_back({visit, d->id, QStringLiteral("total")});
            if (!d->bands.empty())
                out.push_back({visit, d->id, QStringLiteral("band")});
        }
        for (const SubscaleDefinition& s : d->subscales)
            out.push_back({visit, d->id, s.id});
    };
    for (const TimePoint& t : ctx.protocol.schedule)
        for (const ScheduledInstrument& si : t.instruments)
            add(t.code, ctx.catalog.find(si.instrumentId));
    // Instruments given at a visit that does not schedule them (forms imported from another
    // system, such as REDCap), after the scheduled ones, in schedule and catalog order.
    QSet<QString> given;
    if (auto q = ctx.db.exec(QStringLiteral(
            "SELECT DISTINCT tp.code, a.instrument_id FROM assessment a JOIN time_point tp ON "
            "tp.id = a.time_point_id WHERE a.removed = 0"));
        q.ok())
        while ((*q)->next())
            given.insert((*q)->value(0).toString() + QLatin1Char('|') + (*q)->value(1).toString());
    for (const TimePoint& t : ctx.protocol.schedule)
        for (const QString& id : ctx.catalog.ids())
            if (given.contains(t.code + QLatin1Char('|') + id))
                add(t.code, ctx.catalog.find(id));

    // Session summaries (no visit), only in a data set that may hold sessions: the sessions
    // attended, per phase (regular, booster) when an arm plans boosters; per
    // session-by-session measure the number of ratings, the first, the last and the mean.
    if (ctx.disclosure.sessions()) {
        const QString attended = QStringLiteral("attended");
        out.push_back({QString(), attended, QStringLiteral("all")});
        const bool boosters =
            std::any_of(ctx.protocol.arms.begin(), ctx.protocol.arms.end(),
                        [](const Arm& a) { return a.plannedSessions(SessionKind::Booster) > 0; });
        if (boosters) {
            out.push_back({QString(), attended, QStringLiteral("regular")});
            out.push_back({QString(), attended, QStringLiteral("booster")});
        }
        // The protocol's session measures, then any other instrument given at a session.
        QStringList measures;
        for (const SessionMeasure& m : ctx.protocol.sessionMeasures)
            if (!measures.contains(m.instrumentId) && ctx.catalog.find(m.instrumentId))
                measures << m.instrumentId;
        if (auto q = ctx.db.exec(QStringLiteral("SELECT DISTINCT instrument_id FROM assessment "
                                                "WHERE session_id IS NOT NULL AND removed = 0 "
                                                "ORDER BY instrument_id"));
            q.ok())
            while ((*q)->next()) {
                const QString id = (*q)->value(0).toString();
                if (!measures.contains(id) && ctx.catalog.find(id))
                    measures << id;
            }
        for (const QString& id : measures)
            for (const char* part : {"n", "first", "last", "mean"})
                out.push_back({QString(), id, QString::fromLatin1(part)});
    }
    return out;
}

ExportVariable ExportLayout::wideScoreVariable(const ExportContext& ctx, const WideScore& s)
{
    const InstrumentDefinition* d = ctx.catalog.find(s.instrument);
    ExportVariable v;
    if (s.visit.isEmpty()) { // a session summary
        v.type = QStringLiteral("number");
        v.instrument = d ? s.instrument : QString();
        if (s.instrument == QLatin1String("attended")) {
            v.name = s.part == QLatin1String("all") ? QStringLiteral("sessions_attended")
                                                    : QStringLiteral("sessions_attended_") + s.part;
            v.type = QStringLiteral("integer");
            v.label = s.part == QLatin1String("all") ? tr("Therapy sessions attended")
                      : s.part == QLatin1String("booster")
                          ? tr("Therapy sessions attended: booster sessions")
                          : tr("Therapy sessions attended: regular sessions");
            v.missing = tr("0: none attended; not in a blinded data set");
            return v;
        }
        v.name = safeName(QStringLiteral("sessions_%1_%2").arg(s.instrument, s.part));
        const QString name = d ? d->shortName : s.instrument;
        v.label = s.part == QLatin1String("n") ? tr("%1 at therapy sessions: number of scored "
                                                    "ratings")
                                                     .arg(name)
                  : s.part == QLatin1String("first")
                      ? tr("%1 at therapy sessions: first total").arg(name)
                  : s.part == QLatin1String("last")
                      ? tr("%1 at therapy sessions: last total").arg(name)
                      : tr("%1 at therapy sessions: mean of the totals").arg(name);
        if (s.part == QLatin1String("n"))
            v.type = QStringLiteral("integer");
        v.missing = s.part == QLatin1String("n")
                        ? tr("0: no scored rating; not in a blinded data set")
                        : tr("empty: no scored rating; not in a blinded data set");
        return v;
    }
    v.name = safeName(QStringLiteral("%1_%2_%3").arg(s.visit, s.instrument, s.part));
    v.instrument = s.instrument;
    v.visit = s.visit;
    v.scoring = d ? scoringText(*d) : QString();
    const QString name = d ? d->shortName : s.instrument;
    if (s.part == QStringLiteral("date") || s.part == QStringLiteral("weeks")) {
        const bool date = s.part == QStringLiteral("date");
        v.label = date ? tr("%1 date at %2").arg(name, s.visit)
                       : tr("%1 at %2: weeks since randomization").arg(name, s.visit);
        v.type = date ? QStringLiteral("date") : QStringLiteral("number");
        v.scoring.clear();
        v.missing = date ? tr("empty: not assessed") : tr("empty: not assessed or not randomized");
    } else if (s.part == QStringLiteral("band")) {
        v.label = tr("%1 severity band at %2").arg(name, s.visit);
        v.type = QStringLiteral("string");
        if (d)
            v.valueLabels = bandLabels(*d);
        v.missing = tr("empty: not assessed or not scorable");
    } else {
        v.label = s.part == QStringLiteral("total") ? tr("%1 total at %2").arg(name, s.visit)
                                                    : tr("%1 %2 at %3").arg(name, s.part, s.visit);
        v.type = QStringLiteral("number");
        if (d && s.part == QStringLiteral("total"))
            v.allowed = QStringLiteral("%1..%2").arg(d->totalMin).arg(d->totalMax);
        v.missing = tr("empty (CSV), system-missing (SAV, DTA): not assessed; %1 (SAV "
                       "user-missing) or .a (DTA): assessed but not scorable")
                        .arg(wideNotScorable(ctx, s));
    }
    return v;
}

bool ExportLayout::mayBeNotScorable(const WideScore& s)
{
    return !s.visit.isEmpty() && s.part != QLatin1String("date") &&
           s.part != QLatin1String("weeks");
}

double ExportLayout::wideNotScorable(const ExportContext& ctx, const WideScore& s)
{
    const InstrumentDefinition* d = ctx.catalog.find(s.instrument);
    double lowest = 0;
    if (d && s.part == QStringLiteral("total"))
        lowest = std::min(lowest, d->totalMin);
    else if (d && s.part != QStringLiteral("band"))
        for (const ItemDefinition& item : d->items) // a subscale's sum or mean of items
            lowest = std::min(lowest, item.number(item.min) * static_cast<double>(d->items.size()));
    return notScorableBelow(lowest);
}

std::vector<ExportVariable> ExportLayout::sessionVariables(const ExportContext& ctx)
{
    std::vector<ExportVariable> v;
    for (const ExportVariable& l : longVariables(ctx))
        if (l.name == QStringLiteral("study_id") || l.name == QStringLiteral("site") ||
            l.name == QStringLiteral("arm"))
            v.push_back(l);
    if (ctx.disclosure.arms())
        v.push_back(var(QStringLiteral("therapist"), tr("User name of the therapist"),
                        QStringLiteral("string")));
    v.push_back(
        var(QStringLiteral("session_number"), tr("Session number"), QStringLiteral("integer")));
    v.push_back(var(QStringLiteral("kind"), tr("Session kind"), QStringLiteral("string"),
                    QStringLiteral("regular, booster")));
    v.push_back(var(QStringLiteral("date"), tr("Session date (ISO 8601)"), QStringLiteral("date")));
    v.push_back(var(QStringLiteral("attendance"), tr("Attendance"), QStringLiteral("string"),
                    QStringLiteral("attended, cancelled_patient, cancelled_clinic, "
                                   "did_not_attend")));
    v.push_back(var(QStringLiteral("duration_minutes"), tr("Duration in minutes"),
                    QStringLiteral("integer")));
    v.back().missing = tr("empty: not recorded");
    return v;
}

std::vector<ExportVariable> ExportLayout::allocationVariables(const ExportContext& ctx)
{
    std::vector<ExportVariable> v;
    v.push_back(var(QStringLiteral("source"), tr("Where the allocation comes from"),
                    QStringLiteral("string"), QStringLiteral("list, minimization")));
    v.push_back(var(QStringLiteral("list_id"), tr("Allocation list"), QStringLiteral("integer")));
    v.back().missing = tr("empty: minimization");
    v.push_back(
        var(QStringLiteral("stratum"), tr("Randomization stratum"), QStringLiteral("string")));
    v.push_back(var(QStringLiteral("position"), tr("Position in the stratum's sequence"),
                    QStringLiteral("integer")));
    v.back().missing = tr("empty: minimization");
    v.push_back(var(QStringLiteral("block"), tr("Block number within the stratum"),
                    QStringLiteral("integer")));
    v.back().missing = tr("empty: minimization");
    v.push_back(
        var(QStringLiteral("block_length"), tr("Length of the block"), QStringLiteral("integer")));
    v.back().missing = tr("empty: minimization");
    const std::vector<ExportVariable> base = longVariables(ctx);
    auto copy = [&](const char* name) {
        for (const ExportVariable& l : base)
            if (l.name == QLatin1String(name))
                v.push_back(l);
    };
    copy("arm");
    for (const char* name : {"study_id", "site"}) {
        copy(name);
        v.back().missing = tr("empty: list entry not used yet");
    }
    v.push_back(var(QStringLiteral("sequence"), tr("Order of allocation in the trial"),
                    QStringLiteral("integer")));
    v.back().missing = tr("empty: list entry not used yet");
    v.push_back(var(QStringLiteral("allocated_at"), tr("Time of allocation (UTC, ISO 8601)"),
                    QStringLiteral("string")));
    v.back().missing = tr("empty: list entry not used yet");
    v.push_back(var(QStringLiteral("allocated_by"), tr("User name of who randomized"),
                    QStringLiteral("string")));
    v.back().missing = tr("empty: list entry not used yet");
    return v;
}

} // namespace td
