#pragma once

#include "access/Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// Emergency unblinding of one participant for a blinded user (EmergencyUnblinding in core,
// which checks the permission and the reason and audits it). The dialog says plainly what
// follows; it unblinds only with a reason long enough and an explicit confirmation.
class EmergencyUnblindDialog : public QDialog
{
    Q_OBJECT

public:
    EmergencyUnblindDialog(Database& db, const Actor& actor, qint64 participantId,
                           const QString& studyId, QWidget* parent = nullptr);

    // Unblinds with the reason typed; true on success (the dialog is then accepted), else the
    // core's message is shown and nothing changes.
    bool unblind();
    // The arm the core returned (0 before a successful unblinding).
    qint64 armId() const { return m_armId; }

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPushButton* unblindButton() const;
    QLabel* reasonHint() const { return m_hint; }
    ErrorLabel* errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    Database& m_db;
    Actor m_actor;
    qint64 m_participantId;
    QString m_studyId;
    qint64 m_armId = 0;
    QLabel* m_heading;
    QLabel* m_explanation;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QCheckBox* m_confirm;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
