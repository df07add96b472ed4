#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace td {

// Records informed consent (its date and the version of the consent form signed) or that the
// eligible person declined.
class ConsentDialog : public GuidedDialog
{
    Q_OBJECT

public:
    ConsentDialog(Database& db, const Actor& actor, const Participant& participant,
                  QWidget* parent = nullptr);
    QRadioButton* declinedButton() const { return m_declined; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* formVersionEdit() const { return m_formVersion; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    void updateFields();

    Participant m_participant;
    QRadioButton* m_consented;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_formVersionLabel;
    QLineEdit* m_formVersion;
    QRadioButton* m_declined;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
};

} // namespace td
