#include "protocol/ProtocolTexts.h"

#include <QLocale>

namespace td {

QString ProtocolTexts::raterName(Rater rater)
{
    switch (rater) {
    case Rater::SelfReport:
        return tr("Self-report");
    case Rater::Clinician:
        return tr("Clinician");
    case Rater::BlindedClinician:
        return tr("Blinded clinician");
    }
    return {};
}

ProtocolTexts::Choices ProtocolTexts::raters()
{
    Choices out;
    for (Rater r : {Rater::SelfReport, Rater::Clinician, Rater::BlindedClinician})
        out.append({raterKey(r), raterName(r)});
    return out;
}

QString ProtocolTexts::sessionKindName(SessionKind kind)
{
    return kind == SessionKind::Booster ? tr("Booster sessions") : tr("Regular sessions");
}

ProtocolTexts::Choices ProtocolTexts::sessionKinds()
{
    return {{sessionKindKey(SessionKind::Regular), sessionKindName(SessionKind::Regular)},
            {sessionKindKey(SessionKind::Booster), sessionKindName(SessionKind::Booster)}};
}

QString ProtocolTexts::covariateTypeName(CovariateType type)
{
    switch (type) {
    case CovariateType::Integer:
        return tr("Whole number");
    case CovariateType::Number:
        return tr("Decimal number");
    case CovariateType::Choice:
        return tr("Choice");
    case CovariateType::Date:
        return tr("Date");
    case CovariateType::Text:
        return tr("Free text");
    }
    return {};
}

ProtocolTexts::Choices ProtocolTexts::covariateTypes()
{
    Choices out;
    for (CovariateType t : {CovariateType::Integer, CovariateType::Number, CovariateType::Choice,
                            CovariateType::Date, CovariateType::Text})
        out.append({covariateTypeKey(t), covariateTypeName(t)});
    return out;
}

QString ProtocolTexts::criterionKindName(CriterionKind kind)
{
    return kind == CriterionKind::Exclusion ? tr("Exclusion") : tr("Inclusion");
}

ProtocolTexts::Choices ProtocolTexts::criterionKinds()
{
    return {
        {criterionKindKey(CriterionKind::Inclusion), criterionKindName(CriterionKind::Inclusion)},
        {criterionKindKey(CriterionKind::Exclusion), criterionKindName(CriterionKind::Exclusion)}};
}

QString ProtocolTexts::stratSourceName(StratSource source)
{
    switch (source) {
    case StratSource::Site:
        return tr("Site");
    case StratSource::Covariate:
        return tr("Covariate");
    case StratSource::Severity:
        return tr("Severity");
    }
    return {};
}

ProtocolTexts::Choices ProtocolTexts::stratSources()
{
    Choices out;
    for (StratSource s : {StratSource::Site, StratSource::Covariate, StratSource::Severity})
        out.append({stratSourceKey(s), stratSourceName(s)});
    return out;
}

std::optional<StratSource> ProtocolTexts::stratSourceFromKey(const QString& key)
{
    for (StratSource s : {StratSource::Site, StratSource::Covariate, StratSource::Severity})
        if (stratSourceKey(s) == key)
            return s;
    return std::nullopt;
}

QString ProtocolTexts::comparativeRoleName(const QString& role)
{
    if (role == QStringLiteral("statistician"))
        return tr("Statistician");
    if (role == QStringLiteral("principal_investigator"))
        return tr("Principal investigator");
    if (role == QStringLiteral("dmc"))
        return tr("Data monitoring committee (DMC)");
    return role;
}

QString ProtocolTexts::armsText(const QStringList& arms)
{
    return arms.isEmpty() ? tr("every arm") : QLocale().createSeparatedList(arms);
}

QString ProtocolTexts::sessionPlanText(const Arm& arm)
{
    if (arm.plan.empty())
        return tr("no planned sessions");
    QStringList parts;
    for (const SessionPhase& p : arm.plan)
        parts << (p.kind == SessionKind::Booster ? tr("%Ln booster session(s)", nullptr, p.count)
                                                 : tr("%Ln regular session(s)", nullptr, p.count)) +
                     QLatin1Char(' ') + tr("every %Ln week(s)", nullptr, p.intervalWeeks);
    return parts.join(QStringLiteral(", "));
}

} // namespace td
