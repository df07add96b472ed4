#pragma once

#include "participant/ParticipantModels.h"
#include "trial/Protocol.h"

#include <map>
#include <vector>

namespace td {

// The eligibility criteria asked of one participant with their answers: the criterion's kind
// and text in the current language, and Yes / No / not answered. An answer that speaks
// against eligibility (an inclusion criterion not met, an exclusion criterion that applies)
// is shown in red.
class CriteriaAnswerModel : public SectionModel
{
    Q_OBJECT

public:
    enum Column { Kind, Criterion, Answer, ColumnCount };

    using SectionModel::SectionModel;
    void setAnswers(std::vector<EligibilityCriterion> criteria, std::map<QString, bool> answers);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return static_cast<int>(m_criteria.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;

private:
    std::vector<EligibilityCriterion> m_criteria;
    std::map<QString, bool> m_answers;
};

// The protocol's covariates with the participant's recorded values; a value the protocol
// requires before randomization and that is not recorded is shown in red.
class CovariateValueModel : public SectionModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, Required, ColumnCount };

    using SectionModel::SectionModel;
    void setValues(std::vector<Covariate> covariates, std::map<QString, QString> values);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return static_cast<int>(m_covariates.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;

private:
    std::vector<Covariate> m_covariates;
    std::map<QString, QString> m_values;
};

} // namespace td
