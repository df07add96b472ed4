#pragma once

#include "access/Actor.h"
#include "trial/Protocol.h"

#include <QWidget>

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

// The therapist's session log: their patients with attendance against the planned dose, the
// sessions of the selected patient, and a one-line form to add a session: the date is today,
// attendance and type keep their last choice, and Enter adds it.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void patientChanged();
    void attendanceChanged();
    qint64 selectedPatient() const;

    Database& m_db;
    Actor m_actor;
    Protocol m_protocol;
    PatientDoseModel* m_patients;
    SessionListModel* m_sessions;
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
};

} // namespace td
