#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "trial/Protocol.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace td {

class Database;
class ErrorLabel;
class PatientDoseFilter;
class PatientDoseModel;
class SessionListModel;
class VoidedSessionFilter;

// The therapist's session log: their patients with attendance against the planned dose (with a
// search field: the coordinator's list holds every randomized participant), the sessions of the
// selected patient (who gave each and who recorded it), and a one-line form to add a session:
// the date is today, attendance and type keep their last choice. Enter in the date or the
// duration adds it; Enter in a drop-down list only picks the entry (open) or moves on to the
// next field (closed), and never saves. A second session on a date that has one is saved only
// once confirmed. Those who may remove clinical records void a session with a reason; voided
// sessions stay in the list, struck through, unless hidden.
class SessionLogView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    SessionLogView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    QString reload();
    void selectPatient(qint64 participantId);
    // Adds a session for the selected patient from the form; the error, or empty. A date that
    // already has a session asks first (declining adds nothing and says so).
    QString addSession();
    PatientDoseModel* patients() const { return m_patients; }
    SessionListModel* sessions() const { return m_sessions; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* attendanceBox() const { return m_attendance; }
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* durationBox() const { return m_duration; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* patientTable() const { return m_patientTable; }
    // Patients shown after the search (of patients()->rowCount()).
    int shownPatients() const;
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

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

signals:
    // A session was added or voided here: the participant's other views follow.
    void sessionsChanged(qint64 participantId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void searchChanged();
    void updateCount();
    // Asks whether to record another session on a date that has one (the core's message).
    bool confirmSameDate(const QString& message);
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
    PatientDoseFilter* m_patientFilter;
    SessionListModel* m_sessions;
    VoidedSessionFilter* m_sessionFilter;
    QLabel* m_patientsTitle;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_count;
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
    QList<QObject*> m_lists;     // the drop-down lists of attendance and type
    QList<QObject*> m_popups;    // and the popups that hold them
    bool m_popupClosing = false; // a drop-down list closed during the key event being handled
    bool m_filtering = false;    // the search is filtering the patients
};

} // namespace td
