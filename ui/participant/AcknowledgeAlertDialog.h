#pragma once

#include "access/Actor.h"
#include "outcomes/AlertRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;
class SignatureField;

// Acknowledges one safety alert with a note saying what was done, signed electronically as a
// review (AlertRepository; the core checks the permission, the note and the password, and
// audits the acknowledgement with its signature).
class AcknowledgeAlertDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgeAlertDialog(Database& db, const Actor& actor, const Alert& alert,
                           QWidget* parent = nullptr);
    // Acknowledges with `note`; true on success (the dialog is then accepted), else the
    // core's message is shown and the dialog stays open.
    bool acknowledge(const QString& note);
    QPlainTextEdit* noteEdit() const { return m_note; }
    QCheckBox* shareBox() const { return m_share; }
    SignatureField* signatureField() const { return m_signature; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    Alert m_alert;
    QLabel* m_summary;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QLabel* m_audience;
    QCheckBox* m_share;
    SignatureField* m_signature;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
