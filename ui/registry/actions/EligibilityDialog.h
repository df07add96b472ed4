#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace td {

// Records the eligibility decision for a screened person: eligible, or not eligible with the
// CONSORT exclusion category and a reason.
class EligibilityDialog : public GuidedDialog
{
    Q_OBJECT

public:
    EligibilityDialog(Database& db, const Actor& actor, const Participant& participant,
                      QWidget* parent = nullptr);
    QRadioButton* eligibleButton() const { return m_eligible; }
    QRadioButton* ineligibleButton() const { return m_ineligible; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    QString apply() override;

private:
    void updateFields();

    Participant m_participant;
    QRadioButton* m_eligible;
    QRadioButton* m_ineligible;
    QLabel* m_categoryLabel;
    QComboBox* m_category;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
};

} // namespace td
