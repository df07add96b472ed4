#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace td {

// Changes a participant's status through ParticipantRepository::changeStatus, the one entry
// for status changes: offers only what the life cycle allows from the current status (the
// steps with a dialog of their own, screening, eligibility, consent and randomization, are
// left to those), asks the reason where one is needed, and for a withdrawal whether the data
// collected so far may still be used.
class StatusDialog : public GuidedDialog
{
    Q_OBJECT

public:
    StatusDialog(Database& db, const Actor& actor, const Participant& participant,
                 QWidget* parent = nullptr);
    // The statuses this dialog offers after `from`, in the life cycle's order.
    static std::vector<ParticipantStatus> offered(ParticipantStatus from);
    // Chooses the new status (false when it is not offered).
    bool choose(ParticipantStatus to);
    ParticipantStatus chosen() const;
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* dataUsableBox() const { return m_dataUsable; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    void updateFields();
    QString consequence(ParticipantStatus to, const QString& reason) const;

    Participant m_participant;
    QLabel* m_currentLabel;
    QLabel* m_current;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_reasonLabel;
    QLabel* m_reasonHint;
    QLineEdit* m_reason;
    QCheckBox* m_dataUsable;
};

} // namespace td
