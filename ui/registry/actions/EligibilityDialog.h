#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace td {

class CriteriaAnswers;

// Eligibility of a screened person: the answers to the criteria not answered at screening
// (Screening::answer; eligibility follows once every criterion is answered), or "not eligible
// for other reasons" with a reason (the CONSORT category "other"). A protocol without criteria
// marks the person eligible here instead.
class EligibilityDialog : public GuidedDialog
{
    Q_OBJECT

public:
    EligibilityDialog(Database& db, const Actor& actor, const Protocol& protocol,
                      const Participant& participant, QWidget* parent = nullptr);
    // Answer the criteria (or, without criteria, mark eligible).
    QRadioButton* answerButton() const { return m_answer; }
    QRadioButton* otherButton() const { return m_other; }
    QLineEdit* reasonEdit() const { return m_reason; }
    CriteriaAnswers* criteria() const { return m_criteria; }
    // The participant after the step (its status is the outcome).
    const std::optional<Participant>& outcome() const { return m_outcome; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    void updateFields();
    bool hasCriteria() const;

    Protocol m_protocol;
    Participant m_participant;
    std::map<QString, bool> m_recorded;
    QRadioButton* m_answer;
    QGroupBox* m_criteriaBox;
    CriteriaAnswers* m_criteria;
    QRadioButton* m_other;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    std::optional<Participant> m_outcome;
};

} // namespace td
