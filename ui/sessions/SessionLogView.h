#pragma once

#include "access/Actor.h"
#include "trial/Protocol.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace td {

class Database;
class ErrorLabel;
class PatientDoseModel;
class SessionListModel;
class VoidedSessionFilter;

// The therapist's session log: their patients with attendance against the planned dose, the
// sessions of the selected patient (who gave each and who recorded it), and a one-line form to
// add a session: the date is today, attendance and type keep their last choice, and Enter adds
// it (not the Enter that picks an entry in an open drop-down list or calendar). Those who may
// remove clinical records void a session with a reason; voided sessions stay in the list,
// struck through, unless hidden.
class SessionLogView : public QWidget
{
    Q_OBJECT

public:
    SessionLogView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    QString reload();
    void selectPatient(qint64 participantId);
    // Adds a session for the selected patient from the form; the error, or empty.
    QString addSession();
    PatientDoseModel* patients() const { return m_patients; }
    SessionListModel* sessions() const { return m_sessions; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* attendanceBox() const { return m_attendance; }
    QComboBox* kindBox() const { return m_kind; }
    QTableView* sessionTable() const { return m_sessionTable; }
    QPushButton* voidButton() const { return m_void; }
    QCheckBox* showVoidedBox() const { return m_showVoided; }
    // The session selected in the list (0 when none), and selecting one.
    qint64 selectedSession() const;
    void selectSession(qint64 sessionId);
    // Voids a session with the reason, as the Void button does after its question; the core's
    // refusal (also shown under the list), or empty.
    QString voidSession(qint64 sessionId, const QString& reason);
    // The refusal shown under the session list, or empty.
    QString listError() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void patientChanged();
    void attendanceChanged();
    void sessionChanged();
    void voidSelected();
    void loadSessions(qint64 participantId);
    void loadUserNames();
    qint64 selectedPatient() const;

    Database& m_db;
    Actor m_actor;
    Protocol m_protocol;
    PatientDoseModel* m_patients;
    SessionListModel* m_sessions;
    VoidedSessionFilter* m_sessionFilter;
    QLabel* m_patientsTitle;
    QTableView* m_patientTable;
    QGroupBox* m_addBox;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_attendanceLabel;
    QComboBox* m_attendance;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_durationLabel;
    QSpinBox* m_duration;
    QPushButton* m_add;
    ErrorLabel* m_error;
    QLabel* m_sessionsTitle;
    QTableView* m_sessionTable;
    QCheckBox* m_showVoided;
    QPushButton* m_void;
    ErrorLabel* m_listError;
};

} // namespace td
