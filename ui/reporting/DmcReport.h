#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "reporting/Dashboard.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <optional>
#include <vector>

namespace td {

class Database;

// Open safety alerts of one arm, by kind.
struct DmcAlertCount
{
    ArmLabel arm;
    int open = 0;
    int suicidality = 0;
    int deterioration = 0;
    int other = 0;
};

// What the report says beside the figures: who made it and when, of which instrument.
struct DmcReportContext
{
    QString madeBy;     // "Anne Dahl (statistician), Statistician (unblinded)"
    QDateTime madeAt;   // local time
    QString instrument; // "HRSD-17 – Hamilton Rating Scale for Depression"
    // Open safety alerts per arm (empty: the maker may not see alerts, see alertsWithheld).
    std::optional<std::vector<DmcAlertCount>> alertsByArm;
    QString alertsWithheld; // why the alerts are missing
};

// The closed report for the data monitoring committee (issue 15 item 4): the dashboard's
// figures compared between the arms, with 95% confidence intervals, as an A4 PDF. Only those
// who may compare the arms' outcomes (ReportAccess::comparative) can make it, and every report
// made is recorded in the audit trail (Dashboard::recordDmcReport). Texts are in the current
// language, numbers in the current locale.
class DmcReport
{
    Q_DECLARE_TR_FUNCTIONS(DmcReport)

public:
    struct Data
    {
        DashboardFigures figures;
        Protocol protocol;
        DmcReportContext context;
    };

    // The figures of `instrumentId` (empty: the primary outcome), the protocol and the context
    // for `actor`; refused unless the actor may compare the arms.
    static Result<Data> gather(Database& db, const Actor& actor, const QString& instrumentId);

    // The report as an HTML document for QTextDocument (no database).
    static QString html(const DashboardFigures& figures, const Protocol& protocol,
                        const DmcReportContext& context);

    // The document on A4 pages with a "closed" footer and page numbers: the error message, or
    // an empty string.
    static QString writePdf(const QString& html, const QString& path);
    // One page as the PDF shows it, as an image at `dpi` (for looking at it); null when the
    // page does not exist.
    static QImage renderPage(const QString& html, int page, int dpi = 110);
    static int pageCount(const QString& html);

    // gather, html and writePdf, then the audit row. A file whose audit row could not be
    // written is removed again. The error message, or an empty string.
    static QString save(Database& db, const Actor& actor, const QString& instrumentId,
                        const QString& path);
};

} // namespace td
