#include "participant/ParticipantSummaryPrint.h"

#include "participant/ParticipantModels.h"
#include "participant/ParticipantPage.h"
#include "participant/TrajectoryChart.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>

namespace td {

namespace {

const QUrl chartUrl(QStringLiteral("chart"));
constexpr int chartWidth = 640; // of the page's 718 (A4 less 10 mm margins at 96 per inch)

// A model as an HTML table: its column headers and the text of every cell, as the page's
// table shows them.
QString tableHtml(const QAbstractItemModel& model)
{
    QString out =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                       "style=\"border-collapse: collapse; border-color: #999999;\"><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        out += QStringLiteral("<th align=\"left\" bgcolor=\"#eef1f5\">%1</th>")
                   .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c)
            out += QStringLiteral("<td>%1</td>")
                       .arg(model.data(model.index(r, c))
                                .toString()
                                .toHtmlEscaped()
                                .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString section(const QString& heading, const QString& body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(heading.toHtmlEscaped(), body);
}

} // namespace

QString ParticipantSummaryPrint::title() const
{
    const auto& p = m_page.participant();
    return p ? tr("Participant %1").arg(p->studyId) : tr("Participant");
}

QString ParticipantSummaryPrint::html() const
{
    QString out = QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped());
    // The header's facts, as the page shows them (the arm only where the page shows it).
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [caption, value] : m_page.headerFields())
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                   .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    out += QStringLiteral("</table>");
    if (const QString banner = m_page.headerBanner(); !banner.isEmpty())
        out += QStringLiteral("<p><b>%1</b></p>").arg(banner.toHtmlEscaped());
    out += QStringLiteral("<p style=\"color:#505050\">%1</p>")
               .arg(tr("Printed on %1.")
                        .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                        .toHtmlEscaped());

    if (m_page.chart()->input())
        out += section(tr("Chart: %1").arg(m_page.chartTitle()),
                       QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td><img "
                                      "src=\"%1\" width=\"%2\" height=\"%3\"></td></tr></table>")
                           .arg(chartUrl.toString())
                           .arg(chartWidth)
                           .arg(chartWidth * TrajectoryChart::exportSize().height() /
                                TrajectoryChart::exportSize().width()));
    out += section(tr("Visits"), tableHtml(*m_page.visitModel()));
    out += section(tr("Assessments and scores"), tableHtml(*m_page.assessmentModel()));
    if (const SessionTableModel* sessions = m_page.sessionModel())
        out += section(tr("Therapy sessions"), tableHtml(*sessions));
    if (const AlertTableModel* alerts = m_page.alertModel())
        out += section(tr("Safety alerts"), alerts->rowCount() > 0
                                                ? tableHtml(*alerts)
                                                : tr("No safety alerts.").toHtmlEscaped());
    return out;
}

void ParticipantSummaryPrint::fill(QTextDocument& document) const
{
    if (m_page.chart()->input()) {
        constexpr qreal scale = 2; // sharp in print
        const QSize size = TrajectoryChart::exportSize();
        QImage image(size * scale, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            m_page.chart()->renderExport(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        document.addResource(QTextDocument::ImageResource, chartUrl, image);
    }
    document.setHtml(html());
}

void ParticipantSummaryPrint::print(QPrinter& printer) const
{
    // Laid out in screen units (96 per inch), as the other printouts.
    printer.setResolution(96);
    QTextDocument document;
    document.setDefaultFont(m_page.font());
    // Laid out on the printer's page here: an unpaginated document is printed from a copy,
    // which does not find the chart's image among its resources.
    document.setPageSize(printer.pageRect(QPrinter::DevicePixel).size());
    fill(document);
    document.print(&printer);
}

} // namespace td
