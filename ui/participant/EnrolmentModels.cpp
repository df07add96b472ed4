#include "participant/EnrolmentModels.h"

#include "participant/ParticipantFormat.h"

#include <QColor>

namespace td {

namespace {
const QColor against(0xc6, 0x28, 0x28);
const QColor quiet(0x78, 0x78, 0x78);
} // namespace

// ---- CriteriaAnswerModel ----

void CriteriaAnswerModel::setAnswers(std::vector<EligibilityCriterion> criteria,
                                     std::map<QString, bool> answers)
{
    beginResetModel();
    m_criteria = std::move(criteria);
    m_answers = std::move(answers);
    endResetModel();
}

QString CriteriaAnswerModel::header(int column) const
{
    switch (column) {
    case Kind:
        return tr("Kind");
    case Criterion:
        return tr("Criterion");
    case Answer:
        return tr("Applies");
    }
    return {};
}

QVariant CriteriaAnswerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EligibilityCriterion& c = m_criteria[static_cast<std::size_t>(index.row())];
    const auto answer = m_answers.find(c.code);
    const bool answered = answer != m_answers.end();
    const bool speaksAgainst =
        answered && (c.kind == CriterionKind::Inclusion ? !answer->second : answer->second);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return ParticipantFormat::criterionKind(c.kind);
        case Criterion:
            return QString(c.text);
        case Answer:
            return !answered ? tr("Not answered") : answer->second ? tr("Yes") : tr("No");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Answer && speaksAgainst)
            return c.kind == CriterionKind::Inclusion ? tr("This inclusion criterion is not met.")
                                                      : tr("This exclusion criterion applies.");
        if (index.column() == Criterion)
            return c.code;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Answer && (speaksAgainst || !answered))
            return speaksAgainst ? against : quiet;
        break;
    case Qt::UserRole:
        return c.code;
    }
    return {};
}

// ---- CovariateValueModel ----

void CovariateValueModel::setValues(std::vector<Covariate> covariates,
                                    std::map<QString, QString> values)
{
    beginResetModel();
    m_covariates = std::move(covariates);
    m_values = std::move(values);
    endResetModel();
}

QString CovariateValueModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Covariate");
    case Value:
        return tr("Value");
    case Required:
        return tr("Before randomization");
    }
    return {};
}

QVariant CovariateValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Covariate& c = m_covariates[static_cast<std::size_t>(index.row())];
    const auto value = m_values.find(c.code);
    const bool recorded = value != m_values.end() && !value->second.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return QString(c.name);
        case Value:
            return recorded ? ParticipantFormat::covariateValue(c, value->second)
                            : tr("Not recorded");
        case Required:
            return c.requiredForRandomization ? tr("Required") : QString();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Value && !recorded)
            return c.requiredForRandomization ? against : quiet;
        break;
    case Qt::UserRole:
        return c.code;
    }
    return {};
}

} // namespace td
