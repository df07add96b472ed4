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

// Acknowledges one safety alert with a note saying what was done (AlertRepository; the core
// checks the permission and the note, and audits the acknowledgement).
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
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
