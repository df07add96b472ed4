#include "randomization/Strata.h"

#include "storage/Database.h"

#include <QStringList>

namespace td {

SeverityProvider baselineItemSum(Database& db)
{
    return [&db](qint64 participantId, const QString& instrumentId) -> std::optional<double> {
        auto q = db.exec(QStringLiteral("SELECT item_values FROM assessment WHERE participant_id "
                                        "= ? AND instrument_id = ? AND status = 'complete' AND "
                                        "removed = 0 ORDER BY assessment_date, id LIMIT 1"),
                         {participantId, instrumentId});
        if (!q.ok() || !(*q)->next())
            return std::nullopt;
        const QString stored = (*q)->value(0).toString();
        (*q)->finish();
        double sum = 0;
        // Items are stored comma-separated (AssessmentRepository::encodeItems).
        for (const QString& item : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = item.toDouble(&ok);
            if (ok)
                sum += v;
        }
        return sum;
    };
}

int Strata::levelOf(const QList<double>& cutPoints, double value)
{
    int level = 0;
    for (double cut : cutPoints)
        if (value >= cut)
            ++level;
    return level;
}

QString Strata::key(const std::vector<FactorLevel>& levels)
{
    if (levels.empty())
        return QStringLiteral("all");
    QStringList parts;
    for (const FactorLevel& l : levels)
        parts << l.code + QLatin1Char('=') + l.label;
    return parts.join(QLatin1Char(';'));
}

std::vector<QString> Strata::allKeys(const std::vector<const StratFactor*>& factors,
                                     const Protocol& protocol)
{
    std::vector<std::vector<FactorLevel>> combos(1);
    for (const StratFactor* f : factors) {
        std::vector<FactorLevel> levels;
        if (f->source == StratSource::Site) {
            for (const Site& s : protocol.sites)
                levels.push_back({f->id, f->code, static_cast<int>(s.id), s.code});
        } else {
            for (int l = 0; l <= f->cutPoints.size(); ++l)
                levels.push_back({f->id, f->code, l, QString::number(l + 1)});
        }
        std::vector<std::vector<FactorLevel>> next;
        for (const auto& combo : combos)
            for (const FactorLevel& level : levels) {
                next.push_back(combo);
                next.back().push_back(level);
            }
        combos = std::move(next);
    }
    std::vector<QString> keys;
    for (const auto& combo : combos)
        keys.push_back(key(combo));
    return keys;
}

std::optional<double> Strata::covariate(const Covariates& c, const QString& variable)
{
    auto value = [](const std::optional<int>& v) {
        return v ? std::optional<double>(*v) : std::nullopt;
    };
    // The protocol's covariates as entered; the fixed columns of trials made before v9.
    if (const auto entered = c.values.find(variable); entered != c.values.end()) {
        bool ok = false;
        const double v = entered->second.toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    if (variable == QStringLiteral("age"))
        return value(c.age);
    if (variable == QStringLiteral("education_years"))
        return value(c.educationYears);
    if (variable == QStringLiteral("episode_months"))
        return value(c.episodeMonths);
    return std::nullopt;
}

Result<std::vector<FactorLevel>> Strata::levelsOf(const Participant& p,
                                                  const std::vector<const StratFactor*>& factors,
                                                  const Protocol& protocol,
                                                  const SeverityProvider& severity)
{
    std::vector<FactorLevel> out;
    for (const StratFactor* f : factors) {
        if (f->source == StratSource::Site) {
            const Site* site = protocol.site(p.siteId);
            if (!site)
                return makeError(ErrorCode::Invalid,
                                 tr("%1 has no known site, which the factor %2 (%3) needs.")
                                     .arg(p.studyId, f->code, f->name));
            out.push_back({f->id, f->code, static_cast<int>(site->id), site->code});
            continue;
        }
        std::optional<double> value;
        if (f->source == StratSource::Covariate) {
            value = covariate(p.covariates, f->variable);
            if (!value)
                return makeError(ErrorCode::Invalid,
                                 tr("%1 cannot be randomized: the stratification factor %2 (%3) "
                                    "needs the baseline covariate \"%4\", which is not recorded. "
                                    "Record it first.")
                                     .arg(p.studyId, f->code, f->name, f->variable));
        } else {
            value = severity ? severity(p.id, f->variable) : std::nullopt;
            if (!value)
                return makeError(ErrorCode::Invalid,
                                 tr("%1 cannot be randomized: the stratification factor %2 (%3) "
                                    "needs a completed baseline %4 assessment, and there is "
                                    "none. Enter it first.")
                                     .arg(p.studyId, f->code, f->name, f->variable));
        }
        const int level = levelOf(f->cutPoints, *value);
        out.push_back({f->id, f->code, level, QString::number(level + 1)});
    }
    return out;
}

} // namespace td
