#pragma once

#include "trial/Protocol.h"

#include <QDialog>
#include <optional>
#include <vector>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace td {

class DialogButtons;

// After a blinded rating: the assessor's guess of the participant's arm, one of the trial's
// arms (their names are in the public protocol) or "Don't know". Nothing here shows the
// participant's arm.
class ArmGuessDialog : public QDialog
{
    Q_OBJECT

public:
    ArmGuessDialog(const std::vector<Arm>& arms, QWidget* parent = nullptr);
    // The chosen arm; empty for "Don't know" (only meaningful once a choice is made).
    std::optional<qint64> guess() const;
    bool hasChoice() const;
    // For tests: picks an arm by code, or "Don't know" for an empty code, and presses Record.
    void answer(const QString& armCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::vector<Arm> m_arms;
    QLabel* m_question;
    QLabel* m_note;
    QButtonGroup* m_group;
    std::vector<QRadioButton*> m_armButtons;
    QRadioButton* m_dontKnow;
    DialogButtons* m_buttons;
};

} // namespace td
