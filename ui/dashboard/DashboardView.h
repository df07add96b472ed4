#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "dashboard/DashboardStyle.h"
#include "instruments/InstrumentDefinition.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QPushButton;
class QScrollArea;

namespace td {

class AlertsCard;
class ArmSizesCard;
class AttendanceCard;
class BlindingCard;
class ChangeCard;
class DataQualityCard;
class Database;
class DashboardCard;
class EffectSizeCard;
class FunnelCard;
class RecruitmentCard;
class RetentionCard;
class TrajectoryCard;

// The PI dashboard (issue 5 item 6): a scrollable grid of cards with the figures the core's
// Dashboard computes, only those the signed-in user may see (ReportAccess). An instrument
// chooser recomputes the outcome cards; the whole dashboard saves as PNG or PDF and prints. Readers
// who may not compare the arms' outcomes get retention, trajectory and change pooled over all arms,
// with a banner that says so (issue 15 item 4); those who may compare them can also save the
// closed DMC report (DmcReport).
class DashboardView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

    // Computes the figures for the signed-in user: the error message, or an empty string. A
    // role that may see none of the dashboard gets the refusal and no card.
    QString load(Database& db, const Actor& actor);
    // Recomputes for another instrument (what the chooser does): the error message, or empty.
    QString setInstrument(const QString& instrumentId);
    QString instrument() const { return m_instrumentId; }
    // The instrument ids the chooser offers (scheduled by the protocol, with a total score).
    QStringList instruments() const;

    // Saving the whole dashboard: the error message, or an empty string.
    QString savePng(const QString& path);
    QString savePdf(const QString& path);
    // The closed DMC report of the chosen instrument as PDF, recorded in the audit trail: the
    // error message, or an empty string. Refused unless the figures are comparative.
    QString saveDmcReport(const QString& path);
    // The dashboard on the printer's pages (the preview's, a printer's or a PDF): the cards
    // the reader sees, a row of cards never split across pages.
    void print(QPrinter& printer);

    // The cards, for the main window and the tests; hidden ones have no figure.
    std::vector<DashboardCard*> cards() const { return m_cards; }
    std::vector<DashboardCard*> visibleCards() const;
    RecruitmentCard* recruitmentCard() const { return m_recruitment; }
    FunnelCard* funnelCard() const { return m_funnel; }
    ArmSizesCard* armSizesCard() const { return m_armSizes; }
    RetentionCard* retentionCard() const { return m_retention; }
    AttendanceCard* attendanceCard() const { return m_attendance; }
    TrajectoryCard* trajectoryCard() const { return m_trajectory; }
    ChangeCard* changeCard() const { return m_change; }
    EffectSizeCard* effectSizeCard() const { return m_effect; }
    AlertsCard* alertsCard() const { return m_alerts; }
    BlindingCard* blindingCard() const { return m_blinding; }
    // What the dashboard says it leaves out or could not compute.
    QString notes() const;
    // Whether the outcome figures compare the arms (false: pooled, or none at all).
    bool comparative() const { return m_comparative; }
    // The banner over pooled figures (who sees them by arm); empty when not pooled.
    QString pooledNote() const;
    QPushButton* dmcReportButton() const { return m_dmcReport; }
    QPushButton* printButton() const { return m_print; }

    // The width the dashboard is laid out at for saving when it is not on screen.
    static constexpr int exportWidth = 1240;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // The chooser's items from the protocol's scheduled instruments.
    void fillInstruments(const QStringList& scheduled);
    void selectInstrument();
    QString compute();
    void clearCards();
    void relayout();
    void savePngDialog();
    void savePdfDialog();
    void dmcReportDialog();
    void printPreview();
    // Paints the title, the pooled note and the cards on the device's pages.
    bool paintPages(QPagedPaintDevice& device);
    // Lays the content out at its on-screen width, or at exportWidth when not shown.
    QSize prepareForExport();

    Database* m_db = nullptr;
    Actor m_actor;
    DashboardContext m_context;
    struct InstrumentChoice
    {
        QString id;
        QString shortName;
        LocalizedText name;
    };
    std::vector<InstrumentChoice> m_choices; // the chooser's items
    QString m_instrumentId;                  // the protocol's primary outcome once loaded
    QString m_refusal;                       // the whole dashboard is refused
    QStringList m_failures;                  // figures the core could not compute
    bool m_comparative = false;              // outcome figures per arm
    bool m_pooled = false;                   // outcome figures pooled over all arms

    QLabel* m_instrumentLabel;
    QComboBox* m_instrumentBox;
    QPushButton* m_savePng;
    QPushButton* m_savePdf;
    QPushButton* m_dmcReport;
    QPushButton* m_print;
    QLabel* m_pooledBanner;
    QLabel* m_notes;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QGridLayout* m_grid;
    AlertsCard* m_alerts;
    EffectSizeCard* m_effect;
    BlindingCard* m_blinding;
    RecruitmentCard* m_recruitment;
    FunnelCard* m_funnel;
    ArmSizesCard* m_armSizes;
    RetentionCard* m_retention;
    AttendanceCard* m_attendance;
    TrajectoryCard* m_trajectory;
    ChangeCard* m_change;
    DataQualityCard* m_quality;
    std::vector<DashboardCard*> m_cards; // in reading order
};

} // namespace td
