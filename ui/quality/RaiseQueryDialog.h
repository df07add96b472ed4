#pragma once

#include "access/Actor.h"
#include "quality/DataQuery.h"
#include "trial/Protocol.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// Raises a data query on one participant's visit: the form (instrument), the item or the
// whole form, and the question. On an instrument a blinded assessor rates, the dialog says
// that the assessor will read the text.
class RaiseQueryDialog : public QDialog
{
    Q_OBJECT

public:
    RaiseQueryDialog(Database& db, const Actor& actor, qint64 participantId,
                     QWidget* parent = nullptr);

    QComboBox* visitBox() const { return m_visit; }
    QComboBox* instrumentBox() const { return m_instrument; }
    QSpinBox* itemBox() const { return m_item; }
    QPlainTextEdit* textEdit() const { return m_text; }
    // Raises it; the core's refusal, or "" when done (the dialog then accepts).
    QString raiseQuery();
    qint64 raisedId() const { return m_raised; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillInstruments();
    void updateNote();

    Database& m_db;
    Actor m_actor;
    qint64 m_participantId;
    Protocol m_protocol;
    qint64 m_raised = 0;
    QLabel* m_visitLabel;
    QComboBox* m_visit;
    QLabel* m_instrumentLabel;
    QComboBox* m_instrument;
    QLabel* m_itemLabel;
    QSpinBox* m_item;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QLabel* m_blindedNote;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
