#pragma once

#include "access/Actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace td {

class Database;
class ErrorLabel;
class SignatureField;
class UnblindingTableModel;

// The principal investigator's review of emergency unblindings (EmergencyUnblinding::list and
// acknowledge in core, which check ReviewUnblindings and audit the review): every unblinding,
// newest first, and "Mark as reviewed" for the selected one.
class UnblindingReviewDialog : public QDialog
{
    Q_OBJECT

public:
    UnblindingReviewDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Reads the unblindings again; the error message, or "".
    QString reload();
    // Marks the selected unblinding as reviewed; false (and the core's message shown) when it
    // could not be.
    bool markReviewed();

    UnblindingTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* reviewButton() const { return m_review; }
    ErrorLabel* errorLabel() const { return m_error; }
    SignatureField* signatureField() const { return m_signature; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateActions();
    void select(int row);

    Database& m_db;
    Actor m_actor;
    UnblindingTableModel* m_model;
    QLabel* m_intro;
    QLabel* m_count;
    QTableView* m_table;
    SignatureField* m_signature;
    ErrorLabel* m_error;
    QPushButton* m_review;
    QPushButton* m_close;
    QDialogButtonBox* m_buttons;
};

} // namespace td
