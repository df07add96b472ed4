#include "outcomes/AssessmentScoring.h"

#include "instruments/ScoreRepository.h"
#include "instruments/ScoringEngine.h"
#include "outcomes/ChangeStatistics.h"
#include "quality/DataQuery.h"
#include "storage/Database.h"

namespace td {

Result<const InstrumentDefinition*> AssessmentScoring::definition(const QString& instrumentId)
{
    if (!m_catalog) {
        auto c = InstrumentCatalog::load(m_db);
        TD_TRY(c);
        m_catalog = std::move(c).value();
    }
    return m_catalog->require(instrumentId);
}

Status AssessmentScoring::validate(const Assessment& a)
{
    auto d = definition(a.instrumentId);
    TD_TRY(d);
    auto values = ScoringEngine::parse(**d, a.items);
    TD_TRY(values);
    if (a.status == AssessmentStatus::Complete)
        TD_TRY(ScoringEngine::checkRequired(**d, *values));
    return {};
}

Result<bool> AssessmentScoring::atBaselineVisit(const Assessment& a)
{
    if (!a.timePointId)
        return false;
    // Time points do not change while assessments are entered; remember their offsets.
    auto known = m_weekOffsets.find(*a.timePointId);
    if (known == m_weekOffsets.end()) {
        auto week = m_db.scalar(QStringLiteral("SELECT week_offset FROM time_point WHERE id = ?"),
                                {*a.timePointId});
        TD_TRY(week);
        known = m_weekOffsets.emplace(*a.timePointId, week->toInt()).first;
    }
    return known->second == 0;
}

Status AssessmentScoring::apply(const Actor& actor, const std::optional<Assessment>& before,
                                const Assessment& after)
{
    m_raised.clear();
    auto d = definition(after.instrumentId);
    TD_TRY(d);
    auto score = ScoringEngine::score(**d, after.items);
    TD_TRY(score);
    std::optional<Score> oldScore;
    if (before) {
        auto stored = ScoreRepository::load(m_db, before->id, before->instrumentId);
        TD_TRY(stored);
        oldScore = *stored;
    }
    // A new assessment has no stored score yet: insert it without looking for one.
    TD_TRY(before ? ScoreRepository::store(m_db, after.id, *score)
                  : ScoreRepository::insert(m_db, after.id, *score));

    // Keep the trial's baseline sums in step (completed, not removed, baseline visit).
    auto counts = [this](const Assessment& a,
                         const std::optional<Score>& s) -> Result<std::optional<double>> {
        if (!s || !s->total || a.removed || a.status != AssessmentStatus::Complete)
            return std::optional<double>();
        auto baseline = atBaselineVisit(a);
        TD_TRY(baseline);
        return *baseline ? s->total : std::optional<double>();
    };
    auto removed = before ? counts(*before, oldScore) : Result<std::optional<double>>(std::nullopt);
    TD_TRY(removed);
    auto added = counts(after, score.value());
    TD_TRY(added);
    TD_TRY(m_norms.updateBaseline(after.instrumentId, *removed, *added));
    if (*removed || *added)
        m_defaults.erase(after.instrumentId); // the trial's baseline SD moved

    if (after.removed || after.status != AssessmentStatus::Complete)
        return {};
    TD_TRY(raiseAlerts(actor, **d, after, *score, !before));
    TD_TRY(DataQueries::raiseByRules(m_db, actor, after, *score, (*d)->total != TotalMethod::None));
    if (m_bulk && score->total) {
        auto atBaseline = atBaselineVisit(after);
        TD_TRY(atBaseline);
        remember(after, *atBaseline, *score->total);
    }
    return {};
}

Result<ChangeInput> AssessmentScoring::changeDefaults(const InstrumentDefinition& d)
{
    if (!m_bulk)
        return m_norms.defaults(d);
    auto known = m_defaults.find(d.id);
    if (known == m_defaults.end()) {
        auto input = m_norms.defaults(d);
        TD_TRY(input);
        known = m_defaults.emplace(d.id, *input).first;
    }
    return known->second;
}

Result<AssessmentScoring::Baseline> AssessmentScoring::findBaseline(const Assessment& a)
{
    const std::pair<qint64, QString> key(a.participantId, a.instrumentId);
    if (m_bulk)
        if (auto known = m_baselines.find(key); known != m_baselines.end())
            return known->second;
    // The baseline visit's score, else the earliest completed one.
    auto q = m_db.exec(
        QStringLiteral("SELECT s.total, a.assessment_date, CASE WHEN t.week_offset = 0 THEN 0 "
                       "ELSE 1 END, a.id FROM assessment a JOIN assessment_score s ON "
                       "s.assessment_id = a.id LEFT JOIN time_point t ON t.id = a.time_point_id "
                       "WHERE a.participant_id = ? AND a.instrument_id = ? AND a.removed = 0 AND "
                       "a.status = 'complete' AND s.total IS NOT NULL AND a.id <> ? ORDER BY "
                       "CASE WHEN t.week_offset = 0 THEN 0 ELSE 1 END, a.assessment_date, a.id "
                       "LIMIT 1"),
        {a.participantId, a.instrumentId, a.id});
    TD_TRY(q);
    Baseline b;
    if ((*q)->next()) {
        b.found = true;
        b.total = (*q)->value(0).toDouble();
        b.date = QDate::fromString((*q)->value(1).toString(), Qt::ISODate);
        b.rank = (*q)->value(2).toInt();
        b.id = (*q)->value(3).toLongLong();
        (*q)->finish();
    }
    if (m_bulk)
        m_baselines.emplace(key, b);
    return b;
}

void AssessmentScoring::remember(const Assessment& a, bool atBaseline, double total)
{
    // Only participants already looked up are kept: the others' next lookup reads this row.
    auto known = m_baselines.find(std::pair<qint64, QString>(a.participantId, a.instrumentId));
    if (known == m_baselines.end())
        return;
    const Baseline candidate{true, atBaseline ? 0 : 1, a.date, a.id, total};
    if (candidate.before(known->second))
        known->second = candidate;
}

Result<bool> AssessmentScoring::alreadyRaised(qint64 assessmentId, const QString& kind)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM alert WHERE assessment_id = ? AND kind = ?"),
        {assessmentId, kind});
    TD_TRY(n);
    return n->toInt() > 0;
}

Status AssessmentScoring::raiseAlerts(const Actor& actor, const InstrumentDefinition& d,
                                      const Assessment& a, const Score& score, bool isNew)
{
    // A new assessment has no alerts yet (the lookup scans the alert table: a bulk import
    // adding thousands of alerts would make it quadratic).
    auto raisedBefore = [&](const QString& kind) -> Result<bool> {
        if (isNew)
            return false;
        return alreadyRaised(a.id, kind);
    };
    const QString suicidality = QStringLiteral("suicidality");
    if (score.flags.contains(suicidality)) {
        auto raised = raisedBefore(suicidality);
        TD_TRY(raised);
        if (!*raised) {
            QStringList items;
            for (const FlagDefinition& f : d.flags)
                if (f.key == suicidality)
                    items << QStringLiteral("%1 item %2 = %3")
                                 .arg(d.id, d.items[static_cast<std::size_t>(f.itemIndex)].id,
                                      a.items.value(f.itemIndex));
            auto id = m_alerts.raise(actor, a.participantId, a.id, suicidality,
                                     items.join(QStringLiteral("; ")));
            TD_TRY(id);
            m_raised.push_back(*id);
        }
    }
    if (!score.total)
        return {};
    auto isBaseline = atBaselineVisit(a);
    TD_TRY(isBaseline);
    if (*isBaseline)
        return {};
    auto found = findBaseline(a);
    TD_TRY(found);
    if (!found->found)
        return {};
    const double baseline = found->total;
    const QDate baselineDate = found->date;
    if (a.date < baselineDate)
        return {};
    auto input = changeDefaults(d);
    TD_TRY(input);
    if (!input->sd || !input->reliability)
        return {}; // no norms for this instrument: reliable change is not defined
    ChangeInput in = *input;
    in.baseline = baseline;
    in.followup = *score.total;
    auto change = ChangeStatistics::compute(d, in);
    if (!change.ok() || change->direction != QStringLiteral("deteriorated"))
        return {};
    const QString kind = QStringLiteral("deterioration");
    auto already = raisedBefore(kind);
    TD_TRY(already);
    if (*already)
        return {};
    auto raised = m_alerts.raise(actor, a.participantId, a.id, kind,
                                 QStringLiteral("%1 %2 -> %3 (RCI %4)")
                                     .arg(d.id, jsonNumber(baseline), jsonNumber(*score.total),
                                          QString::number(change->rci, 'f', 2)));
    TD_TRY(raised);
    m_raised.push_back(*raised);
    return {};
}

} // namespace td
