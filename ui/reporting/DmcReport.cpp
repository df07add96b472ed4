#include "reporting/DmcReport.h"

#include "access/UserRepository.h"
#include "dashboard/DashboardStyle.h"
#include "exchange/ExportFile.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/AlertRepository.h"
#include "participants/ParticipantRepository.h"
#include "reporting/ReportAccess.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace td {

namespace {

// ---- Numbers and text ---------------------------------------------------------------------

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString num(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString count(int value)
{
    return QLocale().toString(value);
}

QString dash()
{
    return DmcReport::tr("–");
}

// "39.1 to 52.3": "to" rather than a dash, since a bound may be negative.
QString range(const std::optional<Interval>& ci, int decimals, double scale = 1)
{
    if (!ci)
        return dash();
    //: A 95% confidence interval in a table cell: lower to upper.
    return DmcReport::tr("%1 to %2")
        .arg(num(ci->lower * scale, decimals), num(ci->upper * scale, decimals));
}

QString range(const Interval& ci, int decimals)
{
    return range(std::optional<Interval>(ci), decimals);
}

QString percent(double share)
{
    return DashboardStyle::percent(share, 1);
}

QString language()
{
    return showingNorwegian() ? QStringLiteral("nb") : QStringLiteral("en");
}

// ---- Arms and visits from the protocol ----------------------------------------------------

struct Naming
{
    const Protocol& protocol;

    // The arm's name in the current language (the protocol's), else the figure's.
    QString name(const ArmLabel& arm) const
    {
        if (const Arm* a = protocol.arm(arm.armId))
            return a->name;
        return DashboardStyle::armName(arm);
    }
    QString code(const ArmLabel& arm) const
    {
        if (const Arm* a = protocol.arm(arm.armId))
            return a->code;
        return DashboardStyle::armCode(arm);
    }
    // The arm's name with a swatch of its protocol colour.
    QString armCell(const ArmLabel& arm) const
    {
        const Arm* a = protocol.arm(arm.armId);
        const QString colour =
            a && QColor(a->colour).isValid() ? a->colour : QStringLiteral("#888888");
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
            .arg(colour, esc(name(arm)));
    }
    QString visit(const QString& code) const
    {
        if (const TimePoint* tp = protocol.timePointByCode(code))
            return tp->label;
        return code;
    }
    // The visits of `codes` in the protocol's schedule order (unknown ones last).
    QStringList visitOrder(const QStringList& codes) const
    {
        QStringList out;
        for (const TimePoint& tp : protocol.schedule)
            if (codes.contains(tp.code))
                out << tp.code;
        for (const QString& code : codes)
            if (!out.contains(code))
                out << code;
        return out;
    }
};

// The arms of the figures, in the order the core gives them.
std::vector<ArmLabel> armsOf(const DashboardFigures& f)
{
    std::vector<ArmLabel> arms;
    auto add = [&arms](const ArmLabel& a) {
        if (std::none_of(arms.begin(), arms.end(),
                         [&a](const ArmLabel& b) { return b.armId == a.armId; }))
            arms.push_back(a);
    };
    if (f.armSizes)
        for (const ArmSize& s : *f.armSizes)
            add(s.arm);
    if (f.retention)
        for (const RetentionCell& c : *f.retention)
            add(c.arm);
    if (f.trajectory)
        for (const TrajectoryCell& c : *f.trajectory)
            add(c.arm);
    return arms;
}

// ---- HTML pieces --------------------------------------------------------------------------

const QString tableOpen = QStringLiteral(
    "<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

QString th(const QString& text, const QString& extra = {})
{
    return QStringLiteral("<th%1>%2</th>")
        .arg(extra.isEmpty() ? QString() : QLatin1Char(' ') + extra, text);
}

// A column's share of the table's width.
QString width(int percent)
{
    return QStringLiteral("width=\"%1%\"").arg(percent);
}

// A table's header row: each column's title and its share of the width (together 100, so that
// Qt's table layout never squeezes a column below its words).
QString header(const std::vector<std::pair<QString, int>>& columns)
{
    QString out = QStringLiteral("<thead><tr>");
    for (const auto& [title, percent] : columns)
        out += th(esc(title), width(percent));
    return out + QStringLiteral("</tr></thead>");
}

// Numbers never break across lines ("45,6 %" has a space in Norwegian).
QString cell(const QString& text, bool number = false, const QString& extra = {})
{
    QString attributes = number ? QStringLiteral(" align=\"right\"") : QString();
    if (!extra.isEmpty())
        attributes += QLatin1Char(' ') + extra;
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes,
             number ? QString(text).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")) : text);
}

QString section(int number, const QString& title)
{
    return QStringLiteral("<h2>%1&nbsp;&nbsp;%2</h2>").arg(count(number), esc(title));
}

QString note(const QString& text)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(text));
}

QString missing()
{
    return note(DmcReport::tr("Not available."));
}

// Rows of the same visit share a background; the next visit has the other one.
QString band(int group)
{
    return group % 2 ? QStringLiteral(" bgcolor=\"#f4f6f9\"") : QString();
}

QString armSizes(const DashboardFigures& f, const Naming& naming)
{
    if (!f.armSizes)
        return missing();
    int total = 0;
    for (const ArmSize& s : *f.armSizes)
        total += s.randomized;
    QString out = tableOpen + header({{DmcReport::tr("Arm"), 46},
                                      {DmcReport::tr("Code"), 14},
                                      {DmcReport::tr("Randomized"), 20},
                                      {DmcReport::tr("Share"), 20}});
    for (const ArmSize& s : *f.armSizes)
        out += QStringLiteral("<tr>") + cell(naming.armCell(s.arm)) +
               cell(esc(naming.code(s.arm))) + cell(count(s.randomized), true) +
               cell(total > 0 ? percent(static_cast<double>(s.randomized) / total) : dash(), true) +
               QStringLiteral("</tr>");
    out += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(DmcReport::tr("Total"))) +
           cell({}) + cell(QStringLiteral("<b>%1</b>").arg(count(total)), true) + cell({}) +
           QStringLiteral("</tr></table>");
    return out;
}

QString retention(const DashboardFigures& f, const Naming& naming,
                  const std::vector<ArmLabel>& arms)
{
    if (!f.retention)
        return missing();
    std::map<std::pair<QString, qint64>, const RetentionCell*> cells;
    QStringList codes;
    for (const RetentionCell& c : *f.retention) {
        cells[{c.timePointCode, c.arm.armId}] = &c;
        if (!codes.contains(c.timePointCode))
            codes << c.timePointCode;
    }
    QString out = tableOpen + header({{DmcReport::tr("Visit"), 19},
                                      {DmcReport::tr("Arm"), 38},
                                      {DmcReport::tr("Completed / due"), 15},
                                      {DmcReport::tr("Retained"), 12},
                                      {DmcReport::tr("95% CI"), 16}});
    int group = 0;
    for (const QString& code : naming.visitOrder(codes)) {
        bool first = true;
        for (const ArmLabel& arm : arms) {
            out += QStringLiteral("<tr%1>").arg(band(group));
            if (first)
                out += cell(esc(naming.visit(code)), false,
                            QStringLiteral("rowspan=\"%1\"").arg(arms.size()));
            first = false;
            out += cell(naming.armCell(arm));
            const auto found = cells.find({code, arm.armId});
            if (found == cells.end() || found->second->retained.total == 0) {
                out += cell(dash(), true) + cell(dash(), true) + cell(dash(), true);
            } else {
                const Proportion& p = found->second->retained;
                out += cell(QStringLiteral("%1 / %2").arg(count(p.count), count(p.total)), true) +
                       cell(percent(p.value), true) + cell(range(p.ci95, 1, 100), true);
            }
            out += QStringLiteral("</tr>");
        }
        ++group;
    }
    out += QStringLiteral("</table>");
    out += note(DmcReport::tr("Due: the visit's window has closed, or the participant already "
                              "has the visit. Retained: a completed assessment of the instrument "
                              "at the visit. Wilson 95% confidence intervals."));
    return out;
}

QString attendance(const DashboardFigures& f, const Naming& naming)
{
    if (!f.attendance)
        return missing();
    QString out = tableOpen + header({{DmcReport::tr("Arm"), 34},
                                      {DmcReport::tr("Planned sessions"), 13},
                                      {DmcReport::tr("n"), 7},
                                      {DmcReport::tr("Mean share attended"), 20},
                                      {DmcReport::tr("SD"), 10},
                                      {DmcReport::tr("95% CI"), 16}});
    for (const ArmAttendance& a : *f.attendance) {
        const MeanEstimate& m = a.proportionOfDose;
        out += QStringLiteral("<tr>") + cell(naming.armCell(a.arm)) + cell(count(a.planned), true) +
               cell(count(m.n), true) + cell(m.n > 0 ? percent(m.mean) : dash(), true) +
               cell(m.n > 1 ? percent(m.sd) : dash(), true) + cell(range(m.ci95, 1, 100), true) +
               QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    out += note(DmcReport::tr("Per randomized participant: attended sessions over the sessions "
                              "the arm plans; mean with a t-based 95% confidence interval."));
    return out;
}

QString trajectory(const DashboardFigures& f, const Naming& naming,
                   const std::vector<ArmLabel>& arms)
{
    if (!f.trajectory)
        return missing();
    std::map<std::pair<QString, qint64>, const TrajectoryCell*> cells;
    std::map<QString, int> weeks;
    QStringList codes;
    for (const TrajectoryCell& c : *f.trajectory) {
        cells[{c.timePointCode, c.arm.armId}] = &c;
        weeks[c.timePointCode] = c.weekOffset;
        if (!codes.contains(c.timePointCode))
            codes << c.timePointCode;
    }
    QString out = tableOpen + header({{DmcReport::tr("Visit"), 19},
                                      {DmcReport::tr("Arm"), 35},
                                      {DmcReport::tr("n"), 7},
                                      {DmcReport::tr("Mean"), 16},
                                      {DmcReport::tr("SD"), 8},
                                      {DmcReport::tr("95% CI"), 15}});
    int group = 0;
    for (const QString& code : naming.visitOrder(codes)) {
        bool first = true;
        for (const ArmLabel& arm : arms) {
            out += QStringLiteral("<tr%1>").arg(band(group));
            if (first) {
                const QString span = QStringLiteral("rowspan=\"%1\"").arg(arms.size());
                // The visit and, under it, its week after randomization.
                out += cell(QStringLiteral("%1<br><span style=\"color:#555555; "
                                           "font-size:8pt;\">%2</span>")
                                .arg(esc(naming.visit(code)),
                                     //: Under a visit in the closed report: weeks since
                                     //: randomization.
                                     esc(DmcReport::tr("week %1").arg(count(weeks[code])))),
                            false, span);
            }
            first = false;
            out += cell(naming.armCell(arm));
            const auto found = cells.find({code, arm.armId});
            if (found == cells.end() || found->second->score.n == 0) {
                out += cell(count(0), true) + cell(dash(), true) + cell(dash(), true) +
                       cell(dash(), true);
            } else {
                const MeanEstimate& m = found->second->score;
                out += cell(count(m.n), true) + cell(num(m.mean, 1), true) +
                       cell(m.n > 1 ? num(m.sd, 1) : dash(), true) + cell(range(m.ci95, 1), true);
            }
            out += QStringLiteral("</tr>");
        }
        ++group;
    }
    out += QStringLiteral("</table>");
    out += note(DmcReport::tr("Observed cases: the completed total scores at each visit, "
                              "without imputation. Means with t-based 95% confidence "
                              "intervals."));
    return out;
}

QString change(const DashboardFigures& f, const Naming& naming)
{
    if (!f.change)
        return missing();
    QString out =
        tableOpen + QStringLiteral("<thead><tr>") +
        th(esc(DmcReport::tr("Change class")), QStringLiteral("rowspan=\"2\" ") + width(18));
    for (const ChangeClasses& c : *f.change)
        out += th(naming.armCell(c.arm) + QStringLiteral(" (n&nbsp;=&nbsp;%1)").arg(count(c.n)),
                  QStringLiteral("colspan=\"3\""));
    out += QStringLiteral("</tr><tr>");
    // The arms share the rest: n / N, % and the interval.
    const int perArm = 82 / std::max<int>(1, static_cast<int>(f.change->size()));
    for (std::size_t i = 0; i < f.change->size(); ++i)
        out +=
            th(esc(DmcReport::tr("n / N")), width(perArm * 34 / 100)) +
            th(esc(DmcReport::tr("%")), width(perArm * 28 / 100)) +
            th(esc(DmcReport::tr("95% CI")), width(perArm - perArm * 34 / 100 - perArm * 28 / 100));
    out += QStringLiteral("</tr></thead>");
    const std::pair<QString, Proportion ChangeClasses::*> classes[] = {
        {DmcReport::tr("Recovered"), &ChangeClasses::recovered},
        {DmcReport::tr("Improved"), &ChangeClasses::improved},
        {DmcReport::tr("Unchanged"), &ChangeClasses::unchanged},
        {DmcReport::tr("Deteriorated"), &ChangeClasses::deteriorated}};
    for (const auto& [label, member] : classes) {
        out += QStringLiteral("<tr>") + cell(esc(label));
        for (const ChangeClasses& c : *f.change) {
            const Proportion& p = c.*member;
            if (p.total == 0)
                out += cell(dash(), true) + cell(dash(), true) + cell(dash(), true);
            else
                out += cell(QStringLiteral("%1 / %2").arg(count(p.count), count(p.total)), true) +
                       cell(percent(p.value), true) + cell(range(p.ci95, 1, 100), true);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    out += note(DmcReport::tr("Baseline to the latest score of participants with both, by the "
                              "reliable change index and the clinical cut-off (Jacobson and "
                              "Truax). Wilson 95% confidence intervals."));
    return out;
}

QString effectSize(const DashboardFigures& f, const Naming& naming)
{
    if (!f.effectSize)
        return missing();
    const ArmComparison& c = *f.effectSize;
    QString out =
        QStringLiteral("<p>%1</p>")
            .arg(
                esc(DmcReport::tr("At the endpoint visit %1.").arg(naming.visit(c.timePointCode))));
    out += tableOpen + header({{DmcReport::tr("Arm"), 36},
                               {DmcReport::tr("n"), 12},
                               {DmcReport::tr("Mean"), 18},
                               {DmcReport::tr("SD"), 14},
                               {DmcReport::tr("95% CI"), 20}});
    for (const auto& [arm, m] : {std::pair{c.arm1, c.score1}, std::pair{c.arm2, c.score2}})
        out += QStringLiteral("<tr>") + cell(naming.armCell(arm)) + cell(count(m.n), true) +
               cell(m.n > 0 ? num(m.mean, 1) : dash(), true) +
               cell(m.n > 1 ? num(m.sd, 1) : dash(), true) + cell(range(m.ci95, 1), true) +
               QStringLiteral("</tr>");
    out += QStringLiteral("</table><p></p>");
    if (!c.effect) {
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(DmcReport::tr("Too few scores at this visit to compare the arms.")));
    } else {
        const EffectSize& e = *c.effect;
        out += tableOpen +
               header({{DmcReport::tr("Cohen's d"), 20},
                       {DmcReport::tr("95% CI of d"), 20},
                       {DmcReport::tr("Hedges' g"), 20},
                       {DmcReport::tr("SE of d"), 20},
                       {DmcReport::tr("Pooled SD"), 20}}) +
               QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(num(e.d, 2)), true) +
               cell(range(e.ci95, 2), true) + cell(num(e.g, 2), true) + cell(num(e.seD, 2), true) +
               cell(num(e.pooledSd, 2), true) + QStringLiteral("</tr></table>");
    }
    //: How to read d: %1 and %2 are arm names.
    out += note(DmcReport::tr("d = %1 minus %2 over the pooled SD; negative: lower scores in %1. "
                              "95% CI: d ± 1.96 SE.")
                    .arg(naming.name(c.arm1), naming.name(c.arm2)));
    return out;
}

QString blinding(const DashboardFigures& f, const Naming& naming)
{
    if (!f.blinding)
        return missing();
    QString out = tableOpen + header({{DmcReport::tr("Arm"), 36},
                                      {DmcReport::tr("Correct"), 10},
                                      {DmcReport::tr("Incorrect"), 11},
                                      {DmcReport::tr("Don't know"), 12},
                                      {DmcReport::tr("n"), 6},
                                      {DmcReport::tr("Index"), 9},
                                      {DmcReport::tr("95% CI"), 16}});
    for (const ArmBlinding& b : *f.blinding) {
        out += QStringLiteral("<tr>") + cell(naming.armCell(b.arm));
        if (!b.index) {
            out +=
                cell(DmcReport::tr("No guesses recorded."), false, QStringLiteral("colspan=\"6\""));
        } else {
            const BlindingIndex& i = *b.index;
            out += cell(count(i.correct), true) + cell(count(i.incorrect), true) +
                   cell(count(i.dontKnow), true) + cell(count(i.n), true) +
                   cell(QStringLiteral("<b>%1</b>").arg(num(i.index, 2)), true) +
                   cell(range(i.ci95, 2), true);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    out += note(DmcReport::tr("Bang's index from the blinded assessors' guesses of the arm, by "
                              "the participants' true arm (\"don't know\" counts in n). 0: no "
                              "sign of unblinding; 1: every guess correct; −1: every guess "
                              "wrong."));
    return out;
}

QString alerts(const DashboardFigures& f, const Naming& naming, const DmcReportContext& context)
{
    if (!context.alertsByArm) {
        QString out;
        if (f.openAlerts)
            out +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(DmcReport::tr("Open safety alerts: %1.").arg(count(*f.openAlerts))));
        return out + note(context.alertsWithheld.isEmpty() ? DmcReport::tr("Not available.")
                                                           : context.alertsWithheld);
    }
    bool other = false;
    for (const DmcAlertCount& a : *context.alertsByArm)
        other = other || a.other > 0;
    std::vector<std::pair<QString, int>> columns{
        {DmcReport::tr("Arm"), other ? 30 : 34},
        {DmcReport::tr("Open alerts"), other ? 16 : 18},
        {DmcReport::tr("Suicidality item"), other ? 18 : 22},
        {DmcReport::tr("Reliable deterioration"), other ? 22 : 26}};
    if (other)
        columns.push_back({DmcReport::tr("Other"), 14});
    QString out = tableOpen + header(columns);
    DmcAlertCount total;
    for (const DmcAlertCount& a : *context.alertsByArm) {
        out += QStringLiteral("<tr>") + cell(naming.armCell(a.arm)) + cell(count(a.open), true) +
               cell(count(a.suicidality), true) + cell(count(a.deterioration), true) +
               (other ? cell(count(a.other), true) : QString()) + QStringLiteral("</tr>");
        total.open += a.open;
        total.suicidality += a.suicidality;
        total.deterioration += a.deterioration;
        total.other += a.other;
    }
    auto bold = [](int n) { return QStringLiteral("<b>%1</b>").arg(count(n)); };
    out += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(DmcReport::tr("Total"))) +
           cell(bold(total.open), true) + cell(bold(total.suicidality), true) +
           cell(bold(total.deterioration), true) +
           (other ? cell(bold(total.other), true) : QString()) + QStringLiteral("</tr></table>");
    out += note(DmcReport::tr("Alerts not yet acknowledged when the report was made, by the "
                              "participant's arm."));
    return out;
}

// ---- Pages --------------------------------------------------------------------------------

// A4 with these margins (mm); the footer sits in the lowest footerMm of the printable area.
constexpr qreal marginLeftMm = 18;
constexpr qreal marginTopMm = 16;
constexpr qreal marginRightMm = 18;
constexpr qreal marginBottomMm = 12;
constexpr qreal footerMm = 9;
// The document is laid out once at this resolution and scaled to the PDF or the image, so both
// break the pages alike (a layout at the PDF's 300 dpi sizes table columns wrongly).
constexpr int layoutDpi = 120;

qreal mm(qreal millimetres)
{
    return millimetres * layoutDpi / 25.4;
}

// The printable area of the page, in layout pixels.
QSizeF printableArea()
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {mm(a4.width() - marginLeftMm - marginRightMm),
            mm(a4.height() - marginTopMm - marginBottomMm)};
}

// A section heading never ends a page: it moves to the next one when less than `keep` of its
// page is left below it.
void keepHeadingsWithTheirTables(QTextDocument& doc, qreal keep)
{
    const qreal page = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        const QRectF r = doc.documentLayout()->blockBoundingRect(block);
        const qreal pageBottom = (std::floor(r.top() / page) + 1) * page;
        if (pageBottom - r.bottom() < keep) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // The layout moves the heading but not always what follows it: lay it all out anew.
            doc.markContentsDirty(0, doc.characterCount());
        }
    }
}

// The report laid out on pages (the printable area less the footer), in layout pixels.
class Pages
{
public:
    explicit Pages(const QString& html) : m_device(1, 1, QImage::Format_RGB32)
    {
        m_device.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
        m_device.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
        m_doc.documentLayout()->setPaintDevice(&m_device);
        QFont font = m_doc.defaultFont();
        font.setPointSizeF(9);
        font.setHintingPreference(QFont::PreferNoHinting); // metrics that scale
        m_doc.setDefaultFont(font);
        m_doc.setDocumentMargin(0);
        m_doc.setHtml(html);
        const QSizeF area = printableArea();
        m_doc.setPageSize(QSizeF(area.width(), area.height() - mm(footerMm)));
        keepHeadingsWithTheirTables(m_doc, mm(30));
    }

    int pageCount() const { return m_doc.pageCount(); }

    // One page at the painter's origin (the printable area's top left), in layout pixels.
    void paint(QPainter& painter, int page)
    {
        const QSizeF area = printableArea();
        const qreal bodyHeight = m_doc.pageSize().height();
        painter.save();
        painter.translate(0, -page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, area.width(), bodyHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        m_doc.documentLayout()->draw(&painter, context);
        painter.restore();

        // The footer: what the paper is, and the page.
        const qreal top = area.height() - mm(footerMm) + mm(3);
        painter.save();
        painter.setPen(QPen(QColor(0x7f, 0x1d, 0x1d), mm(0.3)));
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        // In layout pixels: a point size would be resolved again for the PDF's resolution.
        QFont font = m_doc.defaultFont();
        font.setPixelSize(qRound(8.0 * layoutDpi / 72));
        font.setBold(true);
        painter.setFont(font);
        const QRectF text(0, top + mm(1), area.width(), mm(footerMm - 4));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         DmcReport::tr("CLOSED – for the data monitoring committee only"));
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                         DmcReport::tr("Page %1 of %2")
                             .arg(QLocale().toString(page + 1), QLocale().toString(pageCount())));
        painter.restore();
    }

private:
    QImage m_device; // the layout's resolution; outlives the document's layout
    QTextDocument m_doc;
};

} // namespace

Result<DmcReport::Data> DmcReport::gather(Database& db, const Actor& actor,
                                          const QString& instrumentId)
{
    TD_TRY(ReportAccess::requireComparative(db, actor));
    Dashboard dashboard(db);
    DashboardOptions asked;
    asked.instrumentId = instrumentId;
    auto options = dashboard.withDefaults(asked);
    TD_TRY(options);
    auto figures = dashboard.all(actor, *options);
    TD_TRY(figures);
    auto protocol = ProtocolRepository(db).load(actor);
    TD_TRY(protocol);

    Data data{std::move(figures).value(), std::move(protocol).value(), {}};
    DmcReportContext& c = data.context;
    c.madeAt = db.clock().nowUtc().toLocalTime();
    const QString role = Roles::displayName(actor.role);
    auto user = UserRepository(db).get(actor, actor.username);
    c.madeBy = user.ok() && !user->displayName.isEmpty()
                   //: Who made the report: display name, user name, role.
                   ? tr("%1 (%2), %3").arg(user->displayName, actor.username, role)
                   : tr("%1, %2").arg(actor.username, role);
    c.instrument = options->instrumentId;
    if (auto catalog = InstrumentCatalog::load(db); catalog.ok())
        if (const InstrumentDefinition* def = catalog->find(options->instrumentId))
            c.instrument = tr("%1 – %2").arg(def->shortName, def->name.in(language()));

    // Open safety alerts by the participant's arm, for those who may see alerts.
    if (!actor.can(Permission::ViewAlerts)) {
        c.alertsWithheld = Access::require(actor, Permission::ViewAlerts).message();
        return data;
    }
    auto open = AlertRepository(db).list(actor, true);
    TD_TRY(open);
    std::vector<DmcAlertCount> byArm;
    for (const ArmLabel& arm : armsOf(data.figures))
        byArm.push_back({arm});
    std::map<qint64, std::optional<qint64>> armOf; // participant -> arm
    ParticipantRepository participants(db);
    for (const Alert& a : *open) {
        if (!armOf.contains(a.participantId)) {
            auto p = participants.get(actor, a.participantId);
            TD_TRY(p);
            armOf[a.participantId] = p->armId;
        }
        const std::optional<qint64> arm = armOf[a.participantId];
        auto row = std::find_if(byArm.begin(), byArm.end(), [&arm](const DmcAlertCount& r) {
            return arm && r.arm.armId == *arm;
        });
        if (row == byArm.end())
            continue; // not randomized: no arm to count it in
        ++row->open;
        if (a.kind == QStringLiteral("suicidality"))
            ++row->suicidality;
        else if (a.kind == QStringLiteral("deterioration"))
            ++row->deterioration;
        else
            ++row->other;
    }
    c.alertsByArm = std::move(byArm);
    return data;
}

QString DmcReport::html(const DashboardFigures& figures, const Protocol& protocol,
                        const DmcReportContext& context)
{
    const Naming naming{protocol};
    const std::vector<ArmLabel> arms = armsOf(figures);
    const QLocale locale;

    QString out = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "body { color: #1a1a1a; }"
        "h1 { font-size: 14pt; margin-top: 10px; margin-bottom: 4px; }"
        "h2 { font-size: 11.5pt; color: #1c2f4d; margin-top: 16px; margin-bottom: 5px; }"
        "table.data { border-collapse: collapse; border-color: #a7b1bd; border-style: solid; }"
        "th { background-color: #e6ebf1; font-weight: bold; text-align: left; }"
        "p.note { color: #555555; font-size: 8pt; margin-top: 3px; }"
        "td.key { color: #555555; padding-right: 12px; }"
        "</style></head><body>");

    // The banner: what this paper is.
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"9\" "
                          "bgcolor=\"#7f1d1d\"><tr><td>"
                          "<span style=\"color:#ffffff; font-size:13pt; font-weight:bold;\">%1"
                          "</span><br><span style=\"color:#fbe3e3; font-size:8.5pt;\">%2</span>"
                          "</td></tr></table>")
               .arg(esc(tr("CLOSED REPORT – for the data monitoring committee only")),
                    esc(tr("It compares the outcomes of the arms. Do not pass it on to the trial "
                           "team, to blinded staff or to anyone outside the committee.")));

    QString title = protocol.trial.title;
    if (!protocol.trial.acronym.isEmpty() && !title.contains(protocol.trial.acronym))
        title = tr("%1 (%2)").arg(title, protocol.trial.acronym);
    out += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    const std::pair<QString, QString> facts[] = {
        {tr("Made on"),
         tr("%1, %2").arg(locale.toString(context.madeAt.date(), QLocale::LongFormat),
                          locale.toString(context.madeAt.time(), QLocale::ShortFormat))},
        {tr("Made by"), context.madeBy},
        {tr("Instrument"), context.instrument},
        {tr("Protocol version"), count(protocol.version)},
    };
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [key, value] : facts)
        out += QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>")
                   .arg(esc(key), esc(value));
    out += QStringLiteral("</table>");

    int n = 0;
    out += section(++n, tr("Arm sizes")) + armSizes(figures, naming);
    out += section(++n, tr("Retention per visit and arm")) + retention(figures, naming, arms);
    out += section(++n, tr("Session attendance per arm")) + attendance(figures, naming);
    out += section(++n, tr("Mean score per visit and arm")) + trajectory(figures, naming, arms);
    out += section(++n, tr("Change from baseline to the latest score")) + change(figures, naming);
    out += section(++n, tr("Effect size at the endpoint")) + effectSize(figures, naming);
    out += section(++n, tr("Blinding index per arm")) + blinding(figures, naming);
    out += section(++n, tr("Open safety alerts")) + alerts(figures, naming, context);
    out += QStringLiteral("</body></html>");
    return out;
}

int DmcReport::pageCount(const QString& html)
{
    return Pages(html).pageCount();
}

QImage DmcReport::renderPage(const QString& html, int page, int dpi)
{
    Pages pages(html);
    if (page < 0 || page >= pages.pageCount())
        return {};
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const qreal scale = static_cast<qreal>(dpi) / layoutDpi;
    QImage image(qRound(mm(a4.width()) * scale), qRound(mm(a4.height()) * scale),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(mm(marginLeftMm), mm(marginTopMm));
    pages.paint(painter, page);
    return image;
}

QString DmcReport::writePdf(const QString& html, const QString& path)
{
    // The save dialog asked before replacing a file; a trial is never replaced (ExportFile).
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    constexpr int dpi = 300;
    QPdfWriter writer(&file.device());
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(marginLeftMm, marginTopMm, marginRightMm, marginBottomMm),
                          QPageLayout::Millimeter);
    writer.setTitle(tr("Closed DMC report"));
    writer.setCreator(QStringLiteral("TrialDesk"));
    Pages pages(html);
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The closed DMC report could not be saved as %1.").arg(path);
    painter.scale(static_cast<qreal>(dpi) / layoutDpi, static_cast<qreal>(dpi) / layoutDpi);
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        pages.paint(painter, page);
    }
    if (!painter.end())
        return tr("The closed DMC report could not be saved as %1.").arg(path);
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
}

QString DmcReport::save(Database& db, const Actor& actor, const QString& instrumentId,
                        const QString& path)
{
    auto data = gather(db, actor, instrumentId);
    if (!data.ok())
        return data.message();
    // A trial open read-only cannot record the report: nothing is written.
    if (db.readOnly())
        return tr("The report was not saved, because making it could not be recorded in the "
                  "audit trail: %1")
            .arg(db.readOnlyNote());
    if (const QString error = writePdf(html(data->figures, data->protocol, data->context), path);
        !error.isEmpty())
        return error;
    // No closed report without its audit row.
    if (auto recorded = Dashboard(db).recordDmcReport(actor, path); !recorded.ok()) {
        QFile::remove(path);
        return tr("The report was not saved, because making it could not be recorded in the "
                  "audit trail: %1")
            .arg(recorded.message());
    }
    return {};
}

} // namespace td
