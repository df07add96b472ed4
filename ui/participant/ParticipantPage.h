#pragma once

#include "access/Actor.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/AlertRepository.h"
#include "outcomes/ParticipantOutcomes.h"
#include "participants/Participant.h"
#include "sessions/TherapySession.h"
#include "trial/Protocol.h"

#include <QWidget>
#include <map>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QGridLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace td {

class AlertTableModel;
class AssessmentTableModel;
class CovariateValueModel;
class CriteriaAnswerModel;
class Database;
class EnrolmentPanel;
class ErrorLabel;
class ParticipantActions;
class QueryPanel;
class SessionTableModel;
class TrajectoryChart;
class VisitTableModel;

// One participant on one page: a header (study id, site, status, dates; the arm and the
// therapist only for those who may see arms), the visit timeline against its windows, the
// assessments, the therapy sessions (not for blinded users: sessions reveal the arm, and the
// core withholds them), the safety alerts (acknowledged here by roles that may), and the
// trajectory chart of a chosen instrument, which can be saved as PNG or PDF, and the
// eligibility answers and covariates. The summary prints (ParticipantSummaryPrint). A blinded user
// who may unblind in an emergency gets a button for it while the arm is hidden; once unblinded, the
// page shows the arm under a banner that says so. The steps of the participant's path (eligibility,
// consent, covariates, therapist, randomization, status) sit on a tool bar for the roles that
// may take them.
//
// Everything is read through the core as the signed-in actor, one query per section (see
// load()); the page never decides what a role may see, it shows what the core returns.
class ParticipantPage : public QWidget
{
    Q_OBJECT
    // Which participant the page is about (0 before the first load), for the main window.
    Q_PROPERTY(qint64 participantId READ participantId NOTIFY loaded)

public:
    ParticipantPage(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Loads a participant; an empty string on success, else the translated error (the page
    // is then empty and shows it).
    QString load(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    const std::optional<Participant>& participant() const { return m_participant; }

    // The instrument the chart shows (id), and choosing another one.
    QString chartInstrument() const;
    bool showInstrument(const QString& instrumentId);

    // Parts, for the main window and tests. Models of sections the actor does not get are
    // null (sessions for blinded users, alerts without ViewAlerts).
    VisitTableModel* visitModel() const { return m_visitModel; }
    AssessmentTableModel* assessmentModel() const { return m_assessmentModel; }
    SessionTableModel* sessionModel() const { return m_sessionModel; }
    AlertTableModel* alertModel() const { return m_alertModel; }
    TrajectoryChart* chart() const { return m_chart; }
    QComboBox* instrumentChooser() const { return m_instrument; }
    QTabWidget* sections() const { return m_tabs; }
    QTableView* alertTable() const { return m_alertTable; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    // "Enter assessment": its menu offers the selected visit's instruments not yet complete
    // (null for roles that do not enter assessments).
    QPushButton* enterButton() const { return m_enter; }
    QPushButton* missedVisitButton() const { return m_missed; }
    // "Emergency unblinding…" (null for roles without EmergencyUnblind; hidden unless the
    // participant is randomized and the arm is hidden from this user).
    QPushButton* unblindButton() const { return m_unblind; }
    // The banner "Unblinded for you on …" (hidden unless this user was unblinded).
    QLabel* unblindedBanner() const { return m_unblindedBanner; }
    QTableView* visitTable() const { return m_visitTable; }
    CriteriaAnswerModel* criteriaModel() const;
    CovariateValueModel* covariateModel() const;
    EnrolmentPanel* enrolment() const { return m_enrolment; }
    QueryPanel* queries() const { return m_queries; }
    // The steps for this participant (its actions are empty for roles that take none).
    ParticipantActions* actions() const { return m_actions; }
    QToolBar* stepBar() const { return m_stepBar; }
    // The header's value for a caption ("Consented:", "Therapist:"), for tests.
    QString headerText(const QString& caption) const;
    // The header's facts as shown (caption, plain text), for the printed summary: only the
    // fields this reader sees.
    std::vector<std::pair<QString, QString>> headerFields() const;
    // The unblinding banner's text when it is shown, else empty.
    QString headerBanner() const;
    // The chart's instrument as the chooser names it.
    QString chartTitle() const;
    // "Print summary…": the print preview of the participant's summary.
    QPushButton* printButton() const { return m_print; }

public slots:
    // Reloads the current participant (after an acknowledgement, or when the data changed).
    void refresh();

signals:
    // After a successful load; the window title says which participant this is.
    void loaded(qint64 participantId);
    // The user chose to enter (or resume) an assessment of this participant at a visit.
    void entryRequested(qint64 participantId, qint64 timePointId, const QString& instrumentId);
    // A step of the participant's path was applied from this page (the page has reloaded).
    void participantChanged(qint64 participantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct HeaderField
    {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
    };

    void retranslateUi();
    void clearPage(const QString& message);
    void fillHeader();
    void fillInstrumentChoices(const QString& keep);
    void updateChart();
    void updateAlertActions();
    void updateEntryActions();
    void recordMissedVisit();
    void acknowledgeSelected();
    void emergencyUnblind();
    bool armShown() const;
    void saveChart(bool pdf);
    void printPreview();
    QTableView* makeTable(QAbstractItemModel* model);
    HeaderField addField(int row, int column);
    void fillEnrolment();

    Database& m_db;
    Actor m_actor;
    qint64 m_participantId = 0;
    std::optional<Participant> m_participant;
    Protocol m_protocol;
    InstrumentCatalog m_catalog;
    std::vector<MeasureOutcome> m_outcomes;
    std::vector<TherapySession> m_sessions;
    std::vector<Alert> m_alerts;
    QString m_therapistName;
    std::map<QString, bool> m_answers;

    QLabel* m_title;
    ParticipantActions* m_actions;
    QToolBar* m_stepBar;
    QLabel* m_alertBanner;
    QLabel* m_unblindedBanner;
    QPushButton* m_unblind = nullptr;
    QGridLayout* m_fields;
    HeaderField m_site, m_status, m_screened, m_consented, m_randomized;
    // The arm: for those who see arms, and for those who may be unblinded in an emergency
    // (then shown only once they are). The therapist: only for those who see arms.
    HeaderField m_arm, m_therapist;
    ErrorLabel* m_error;
    QSplitter* m_splitter;
    QTabWidget* m_tabs;
    QueryPanel* m_queries = nullptr; // the participant's data queries
    VisitTableModel* m_visitModel;
    AssessmentTableModel* m_assessmentModel;
    SessionTableModel* m_sessionModel = nullptr;
    AlertTableModel* m_alertModel = nullptr;
    QTableView* m_visitTable;
    QTableView* m_assessmentTable;
    QTableView* m_sessionTable = nullptr;
    QTableView* m_alertTable = nullptr;
    QLabel* m_sessionSummary = nullptr;
    EnrolmentPanel* m_enrolment;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_enter = nullptr;
    QPushButton* m_missed = nullptr;
    qint64 m_missedVisit = 0; // the selected visit, when it can be recorded as missed
    QMenu* m_enterMenu = nullptr;
    QLabel* m_instrumentLabel;
    QComboBox* m_instrument;
    TrajectoryChart* m_chart;
    QPushButton* m_savePng;
    QPushButton* m_savePdf;
    QPushButton* m_print;
    ErrorLabel* m_chartError;
};

} // namespace td
