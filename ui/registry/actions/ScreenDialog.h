#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;

namespace td {

class CovariateInputs;
class CriteriaAnswers;

// Adds a screening log entry: everyone assessed for the trial gets one and a study ID. The
// answers to the protocol's eligibility criteria known at screening and the covariates known
// so far are recorded with it (Screening::screen); eligibility follows from the answers once
// every criterion is answered. Afterwards the dialog shows the study ID and the outcome.
class ScreenDialog : public GuidedDialog
{
    Q_OBJECT

public:
    ScreenDialog(Database& db, const Actor& actor, const Protocol& protocol,
                 QWidget* parent = nullptr);
    qint64 createdId() const { return m_created ? m_created->id : 0; }
    const std::optional<Participant>& created() const { return m_created; }
    QComboBox* siteBox() const { return m_site; }
    QDateEdit* dateEdit() const { return m_date; }
    CriteriaAnswers* criteria() const { return m_criteria; }
    CovariateInputs* covariates() const { return m_covariates; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    QString outcome() const;

    Protocol m_protocol;
    QLabel* m_siteLabel;
    QComboBox* m_site;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QGroupBox* m_criteriaBox;
    CriteriaAnswers* m_criteria;
    QGroupBox* m_covariatesBox;
    CovariateInputs* m_covariates;
    std::optional<Participant> m_created;
};

} // namespace td
