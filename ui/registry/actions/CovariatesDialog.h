#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

class QGroupBox;
class QLabel;
class QLineEdit;

namespace td {

class CovariateInputs;

// Enters or corrects a participant's covariates (CovariateValues::set). The dialog lists what
// changes; correcting a recorded value needs a reason, which goes into the audit trail.
class CovariatesDialog : public GuidedDialog
{
    Q_OBJECT

public:
    CovariatesDialog(Database& db, const Actor& actor, const Protocol& protocol,
                     const Participant& participant, QWidget* parent = nullptr);
    CovariateInputs* inputs() const { return m_inputs; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    struct Change
    {
        const Covariate* covariate;
        QString before; // stored form; empty when none was recorded
        QString after;
    };
    // What confirming would change, each value as core normalizes it; a value core would
    // refuse counts as a change (core then says why).
    std::vector<Change> changes() const;

    Protocol m_protocol;
    Participant m_participant;
    QGroupBox* m_box;
    CovariateInputs* m_inputs;
    QLabel* m_reasonLabel;
    QLabel* m_reasonHint;
    QLineEdit* m_reason;
};

} // namespace td
