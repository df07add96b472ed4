#pragma once

#include "access/UserRepository.h"
#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace td {

// Assigns the participant's therapist, or reassigns with a reason for the audit trail. Offers
// the active therapists who work at the participant's site (a therapist without sites works
// at every site).
class TherapistDialog : public GuidedDialog
{
    Q_OBJECT

public:
    TherapistDialog(Database& db, const Actor& actor, const Protocol& protocol,
                    const Participant& participant, QWidget* parent = nullptr);
    // The therapists offered for a participant of `siteId`, by display name.
    static std::vector<User> candidates(const std::vector<User>& users, qint64 siteId);
    QComboBox* therapistBox() const { return m_therapist; }
    QLineEdit* reasonEdit() const { return m_reason; }
    // Chooses a therapist by user id (false when not offered).
    bool choose(qint64 userId);

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    void updateFields();
    bool reassigns() const { return m_participant.therapistId != 0; }
    QString nameOf(qint64 userId) const;

    Protocol m_protocol;
    Participant m_participant;
    std::vector<User> m_users;
    QLabel* m_currentLabel;
    QLabel* m_current;
    QLabel* m_therapistLabel;
    QComboBox* m_therapist;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
};

} // namespace td
