#include "outcomes/NormRepository.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <cmath>

namespace td {

namespace {
std::optional<double> opt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
QVariant var(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

// The norm row's seven columns (sd_source to functional_sd) from `r`, when it has them.
InstrumentNorms normsFrom(const QSqlQuery& r)
{
    InstrumentNorms n;
    if (r.value(0).isNull())
        return n;
    n.sdSource = r.value(0).toString() == QStringLiteral("trial_baseline")
                     ? InstrumentNorms::SdSource::TrialBaseline
                     : InstrumentNorms::SdSource::Published;
    n.sd = opt(r.value(1));
    n.reliability = opt(r.value(2));
    if (!r.value(3).isNull() && !r.value(4).isNull() && !r.value(5).isNull() &&
        !r.value(6).isNull())
        n.norms = ClinicalNorms{r.value(3).toDouble(), r.value(4).toDouble(), r.value(5).toDouble(),
                                r.value(6).toDouble()};
    return n;
}

// The SD of the trial's baselines from their count, sum and sum of squares (columns `first` on).
std::optional<double> baselineSdFrom(const QSqlQuery& r, int first)
{
    if (r.value(first).isNull())
        return std::nullopt;
    const double n = r.value(first).toDouble();
    const double sum = r.value(first + 1).toDouble();
    const double sumSq = r.value(first + 2).toDouble();
    if (n < NormRepository::minimumBaselines)
        return std::nullopt;
    const double var = (sumSq - sum * sum / n) / (n - 1);
    return std::optional<double>(var > 0 ? std::sqrt(var) : 0.0);
}

constexpr auto normColumns = "sd_source, sd, reliability, clinical_mean, clinical_sd, "
                             "functional_mean, functional_sd";
} // namespace

Result<InstrumentNorms> NormRepository::get(const QString& instrumentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM instrument_norm WHERE instrument_id = ?")
                           .arg(QLatin1String(normColumns)),
                       {instrumentId});
    TD_TRY(q);
    InstrumentNorms n;
    if ((*q)->next())
        n = normsFrom(**q);
    (*q)->finish();
    return n;
}

Status NormRepository::set(const Actor& actor, const QString& instrumentId,
                           const InstrumentNorms& n)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    if ((n.sd && !(*n.sd > 0)) || (n.reliability && !(*n.reliability > 0 && *n.reliability < 1)))
        return makeError(ErrorCode::Invalid,
                         tr("The SD must be above 0 and the reliability between 0 and 1."));
    if (n.norms && !(n.norms->clinicalSd > 0 && n.norms->functionalSd > 0))
        return makeError(ErrorCode::Invalid,
                         tr("The clinical and functional standard deviations must be above 0."));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const QString source = n.sdSource == InstrumentNorms::SdSource::TrialBaseline
                               ? QStringLiteral("trial_baseline")
                               : QStringLiteral("published");
    const QVariantList values = {source,
                                 var(n.sd),
                                 var(n.reliability),
                                 n.norms ? QVariant(n.norms->clinicalMean) : QVariant(),
                                 n.norms ? QVariant(n.norms->clinicalSd) : QVariant(),
                                 n.norms ? QVariant(n.norms->functionalMean) : QVariant(),
                                 n.norms ? QVariant(n.norms->functionalSd) : QVariant(),
                                 instrumentId};
    auto upd = m_db.exec(QStringLiteral("UPDATE instrument_norm SET sd_source = ?, sd = ?, "
                                        "reliability = ?, clinical_mean = ?, clinical_sd = ?, "
                                        "functional_mean = ?, functional_sd = ? WHERE "
                                        "instrument_id = ?"),
                         values);
    TD_TRY(upd);
    if ((*upd)->numRowsAffected() == 0)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO instrument_norm (sd_source, sd, reliability, "
                                        "clinical_mean, clinical_sd, functional_mean, "
                                        "functional_sd, instrument_id) VALUES (?, ?, ?, ?, ?, ?, "
                                        "?, ?)"),
                         values));
    QStringList text;
    for (const QVariant& v : values.mid(0, 7))
        text << AuditLog::valueText(v);
    TD_TRY(AuditLog::record(m_db, actor,
                            {QStringLiteral("changed"),
                             QStringLiteral("instrument_norm"),
                             instrumentId,
                             QStringLiteral("norms"),
                             {},
                             text.join(u';'),
                             {}}));
    return tx.commit();
}

Result<std::optional<double>> NormRepository::trialBaselineSd(const QString& instrumentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT n, total_sum, total_sum_sq FROM baseline_stat WHERE "
                                      "instrument_id = ?"),
                       {instrumentId});
    TD_TRY(q);
    std::optional<double> sd;
    if ((*q)->next())
        sd = baselineSdFrom(**q, 0);
    (*q)->finish();
    return sd;
}

Status NormRepository::updateBaseline(const QString& instrumentId, std::optional<double> removed,
                                      std::optional<double> added)
{
    if (!removed && !added)
        return {};
    const double dn = (added ? 1.0 : 0.0) - (removed ? 1.0 : 0.0);
    const double ds = added.value_or(0) - removed.value_or(0);
    const double dsq =
        added.value_or(0) * added.value_or(0) - removed.value_or(0) * removed.value_or(0);
    auto upd =
        m_db.write(QStringLiteral("UPDATE baseline_stat SET n = n + ?, total_sum = total_sum "
                                  "+ ?, total_sum_sq = total_sum_sq + ? WHERE instrument_id "
                                  "= ?"),
                   {dn, ds, dsq, instrumentId});
    TD_TRY(upd);
    if (upd->rows == 0)
        TD_TRY(m_db.write(QStringLiteral("INSERT INTO baseline_stat (instrument_id, n, total_sum, "
                                         "total_sum_sq) VALUES (?, ?, ?, ?)"),
                          {instrumentId, dn, ds, dsq}));
    return {};
}

Result<ChangeInput> NormRepository::defaults(const InstrumentDefinition& d)
{
    // The norms and the trial's baselines in one read (each save's alerts ask: on a server every
    // read is a round trip inside the writers' lock).
    auto q = m_db.exec(QStringLiteral("SELECT %1, b.n, b.total_sum, b.total_sum_sq FROM (SELECT "
                                      "CAST(? AS TEXT) AS id) i LEFT JOIN instrument_norm ON "
                                      "instrument_norm.instrument_id = i.id LEFT JOIN "
                                      "baseline_stat b ON b.instrument_id = i.id")
                           .arg(QLatin1String(normColumns)),
                       {d.id});
    TD_TRY(q);
    InstrumentNorms n;
    std::optional<double> baselineSd;
    if ((*q)->next()) {
        n = normsFrom(**q);
        baselineSd = baselineSdFrom(**q, 7);
    }
    (*q)->finish();
    ChangeInput in;
    in.reliability = n.reliability ? n.reliability : d.change.reliability;
    in.norms = n.norms;
    // The trial's own baseline SD by default (docs/science.md); the published norm until the trial
    // has enough baselines, or when the trial chose the published norm.
    if (n.sdSource == InstrumentNorms::SdSource::TrialBaseline)
        in.sd = baselineSd && *baselineSd > 0 ? baselineSd : d.change.sd;
    else
        in.sd = n.sd ? n.sd : d.change.sd;
    return in;
}

} // namespace td
