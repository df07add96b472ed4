#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "quality/DataLocks.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace td {

class Database;
class ErrorLabel;
class SignatureField;

// The principal investigator's database lock (DataLocks): the locks made and lifted, with
// their signatures, and a form that locks the whole trial, a participant or a visit, or lifts
// the selected lock, each with a reason and an electronic signature.
class DataLockView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    DataLockView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

    // Reads the locks again; the error message or "".
    QString reload();
    // The form's act; the core's refusal, or "" when done.
    QString lock();
    QString unlockSelected();

    QComboBox* scopeBox() const { return m_scope; }
    QLineEdit* studyIdEdit() const { return m_studyId; }
    QComboBox* visitBox() const { return m_visit; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QTableWidget* table() const { return m_table; }
    // The open data queries on the data the form would lock (hidden when none), and the box
    // that confirms locking with them.
    QLabel* openQueriesLabel() const { return m_openQueries; }
    QCheckBox* lockWithOpenQueriesBox() const { return m_withOpenQueries; }

signals:
    // The data's lock changed: the views that offer changes follow.
    void locksChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateForm();
    // The target the form names; false (with the refusal) when its study ID names no one.
    bool formTarget(LockTarget& target, QString* refusal = nullptr) const;
    void showOpenQueries();
    QString describe(const DataLockRecord& d) const;

    Database& m_db;
    Actor m_actor;
    std::vector<DataLockRecord> m_locks;
    QLabel* m_intro;
    QLabel* m_state;
    QTableWidget* m_table;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QLabel* m_studyIdLabel;
    QLineEdit* m_studyId;
    QLabel* m_visitLabel;
    QComboBox* m_visit;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    SignatureField* m_signature;
    QLabel* m_openQueries;
    QCheckBox* m_withOpenQueries;
    ErrorLabel* m_error;
    QPushButton* m_lock;
    QPushButton* m_unlock;
};

} // namespace td
