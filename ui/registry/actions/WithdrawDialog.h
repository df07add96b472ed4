#pragma once

#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace td {

// Records a withdrawal: the reason, and whether the data collected so far may still be used.
class WithdrawDialog : public GuidedDialog
{
    Q_OBJECT

public:
    WithdrawDialog(Database& db, const Actor& actor, const Participant& participant,
                   QWidget* parent = nullptr);
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* dataUsableBox() const { return m_dataUsable; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    QString apply() override;

private:
    Participant m_participant;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QCheckBox* m_dataUsable;
};

} // namespace td
