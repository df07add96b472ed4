#include "participant/TrajectoryChart.h"

#include "common/LegendSwatches.h"
#include "exchange/ExportFile.h"
#include "participant/ParticipantFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace td {

namespace {

// Series and axes are found again by name: the export chart is built by the same code.
const QString kScoreLine = QStringLiteral("score");
const QString kScorePoints = QStringLiteral("scorePoints");
const QString kBaseline = QStringLiteral("baseline");
const QString kReliable = QStringLiteral("reliableChange");
const QString kAttended = QStringLiteral("sessionsAttended");
const QString kMissed = QStringLiteral("sessionsMissed");
const QString kAlerts = QStringLiteral("alerts");
const QString kBandPrefix = QStringLiteral("band:");
const QString kTimeAxis = QStringLiteral("timeAxis");
const QString kScoreAxis = QStringLiteral("scoreAxis");

const QColor kScoreColour(0x0d, 0x47, 0xa1);
const QColor kBaselineColour(0x37, 0x47, 0x4f);
const QColor kReliableColour(0x1b, 0x5e, 0x20);
const QColor kAttendedColour(0x54, 0x6e, 0x7a);
const QColor kMissedColour(0xe6, 0x51, 0x00);
const QColor kAlertColour(0xd5, 0x00, 0x00);

// The smallest step from `steps` that gives at most `maxTicks` intervals over `span`.
double tickStep(double span, std::initializer_list<double> steps, int maxTicks)
{
    double last = 1;
    for (double s : steps) {
        last = s;
        if (span / s <= maxTicks)
            return s;
    }
    return last;
}

double weeksFrom(const QDate& origin, const QDate& day)
{
    return origin.isValid() ? origin.daysTo(day) / 7.0 : 0.0;
}

QLineSeries* horizontalLine(QObject* parent, double xMin, double xMax, double y)
{
    auto* s = new QLineSeries(parent);
    s->append(xMin, y);
    s->append(xMax, y);
    return s;
}

bool near(const QPointF& a, const QPointF& b)
{
    return std::fabs(a.x() - b.x()) < 1e-6 && std::fabs(a.y() - b.y()) < 1e-6;
}

} // namespace

TrajectoryChart::TrajectoryChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // Low enough that, at the default window size, the visits under the chart all show.
    setMinimumSize(420, 240);
    chart()->setAnimationOptions(QChart::NoAnimation);
    rebuild();
}

void TrajectoryChart::setInput(Input input)
{
    m_input = std::move(input);
    m_message.clear();
    rebuild();
}

void TrajectoryChart::clear(const QString& message)
{
    m_input.reset();
    m_message = message;
    rebuild();
}

void TrajectoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

template <typename T> T* TrajectoryChart::part(const QString& name) const
{
    for (QAbstractSeries* s : chart()->series())
        if (s->objectName() == name)
            return qobject_cast<T*>(s);
    return nullptr;
}

QList<QAreaSeries*> TrajectoryChart::bandAreas() const
{
    QList<QAreaSeries*> out;
    for (QAbstractSeries* s : chart()->series())
        if (s->objectName().startsWith(kBandPrefix))
            if (auto* area = qobject_cast<QAreaSeries*>(s))
                out << area;
    return out;
}

QLineSeries* TrajectoryChart::scoreLine() const
{
    return part<QLineSeries>(kScoreLine);
}

QScatterSeries* TrajectoryChart::scorePoints() const
{
    return part<QScatterSeries>(kScorePoints);
}

QLineSeries* TrajectoryChart::baselineLine() const
{
    return part<QLineSeries>(kBaseline);
}

QLineSeries* TrajectoryChart::reliableChangeLine() const
{
    return part<QLineSeries>(kReliable);
}

QScatterSeries* TrajectoryChart::attendedSessions() const
{
    return part<QScatterSeries>(kAttended);
}

QScatterSeries* TrajectoryChart::missedSessions() const
{
    return part<QScatterSeries>(kMissed);
}

QScatterSeries* TrajectoryChart::alertPoints() const
{
    return part<QScatterSeries>(kAlerts);
}

QValueAxis* TrajectoryChart::timeAxis() const
{
    for (QAbstractAxis* a : chart()->axes())
        if (a->objectName() == kTimeAxis)
            return qobject_cast<QValueAxis*>(a);
    return nullptr;
}

QValueAxis* TrajectoryChart::scoreAxis() const
{
    for (QAbstractAxis* a : chart()->axes())
        if (a->objectName() == kScoreAxis)
            return qobject_cast<QValueAxis*>(a);
    return nullptr;
}

const TrajectoryPoint* TrajectoryChart::pointAt(const QPointF& point) const
{
    if (!m_input)
        return nullptr;
    for (const TrajectoryPoint& p : m_input->measure.trajectory)
        if (near(QPointF(p.weeks, p.value), point))
            return &p;
    return nullptr;
}

const TherapySession* TrajectoryChart::sessionAt(const QPointF& point) const
{
    if (!m_input)
        return nullptr;
    const TherapySession* best = nullptr;
    double distance = 0;
    for (const TherapySession& s : m_input->sessions) {
        const double d = std::fabs(weeksFrom(m_input->origin, s.date) - point.x());
        if (!best || d < distance) {
            best = &s;
            distance = d;
        }
    }
    return best && distance < 1e-6 ? best : nullptr;
}

QString TrajectoryChart::describeScore(const QPointF& point) const
{
    const TrajectoryPoint* p = pointAt(point);
    if (!p)
        return {};
    const InstrumentDefinition& d = m_input->definition;
    const QString language = ParticipantFormat::language();
    const BandDefinition* band = d.band(p->value);
    QString text =
        tr("%1, %2").arg(ParticipantFormat::date(p->date), ParticipantFormat::weeks(p->weeks)) +
        QLatin1Char('\n') +
        (band ? tr("%1 %2 (%3)")
                    .arg(d.shortName, ParticipantFormat::number(p->value), band->label.in(language))
              : tr("%1 %2").arg(d.shortName, ParticipantFormat::number(p->value)));
    const QStringList kinds = m_input->alerts.values(p->assessmentId);
    for (const QString& kind : kinds)
        text += QLatin1Char('\n') + tr("Safety alert: %1").arg(ParticipantFormat::alertKind(kind));
    return text;
}

QString TrajectoryChart::describeSession(const QPointF& point) const
{
    const TherapySession* s = sessionAt(point);
    if (!s)
        return {};
    return tr("Session %1, %2, %3")
               .arg(s->number)
               .arg(ParticipantFormat::date(s->date),
                    ParticipantFormat::weeks(weeksFrom(m_input->origin, s->date))) +
           QLatin1Char('\n') + ParticipantFormat::attendance(s->attendance);
}

void TrajectoryChart::showTip(const QString& text, bool state)
{
    if (state && !text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, this);
    else
        QToolTip::hideText();
}

QSize TrajectoryChart::minimumSizeHint() const
{
    QSize hint = QChartView::minimumSizeHint();
    const QChart* c = chart();
    if (!c || !c->legend()->isVisible())
        return hint;
    // The entries as Qt lays them out, one under the other (the legend's item group holds
    // one item per marker), plus the legend's, the title's and the chart's margins.
    qreal entries = 0;
    for (const QGraphicsItem* group : c->legend()->childItems())
        for (const QGraphicsItem* entry : group->childItems())
            if (entry->isVisible())
                entries += entry->boundingRect().height();
    const qreal title = c->title().isEmpty() ? 0 : QFontMetricsF(c->titleFont()).height() * 1.5;
    const QMargins m = c->margins();
    hint.setHeight(std::max(hint.height(), qCeil(entries + title + m.top() + m.bottom()) + 40));
    return hint;
}

void TrajectoryChart::rebuild()
{
    // A new chart each time, the old one deleted now with every graphics item it holds. Removing
    // the series and axes from one chart instead left their items in the scene: Qt Charts only
    // hides a removed series' or axis' items and deletes them later (deleteLater), when control
    // gets back to the event loop, so reloads in a row piled them up (issue 21: 135 items and
    // 0.74 MiB more per reload, painting ten times slower after 60).
    QChart* old = chart();
    auto* c = new QChart;
    setChart(c); // takes `old` out of the scene
    delete old;
    if (!populate(c)) {
        c->setTitle(m_message.isEmpty() ? tr("No scores to show yet") : m_message);
        c->legend()->hide();
        return;
    }
    for (QScatterSeries* s : {scorePoints(), alertPoints()})
        if (s)
            connect(s, &QScatterSeries::hovered, this,
                    [this](const QPointF& p, bool state) { showTip(describeScore(p), state); });
    if (QLineSeries* line = scoreLine())
        connect(line, &QLineSeries::hovered, this,
                [this](const QPointF& p, bool state) { showTip(describeScore(p), state); });
    for (QScatterSeries* s : {attendedSessions(), missedSessions()})
        if (s)
            connect(s, &QScatterSeries::hovered, this,
                    [this](const QPointF& p, bool state) { showTip(describeSession(p), state); });
    // The legend's entries decide the height the chart needs, once Qt has laid them out.
    // A minimum, not a hint: the page's splitter keeps the sizes it has for hints. Queued: a
    // view resized while its chart lays itself out does not resize the chart.
    connect(
        c, &QChart::plotAreaChanged, this, [this] { setMinimumHeight(minimumSizeHint().height()); },
        Qt::QueuedConnection);
}

bool TrajectoryChart::populate(QChart* chart) const
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, QFont().pointSizeF() + 1));
    chart->setTitleFont(titleFont);
    if (!m_input)
        return false;
    const Input& in = *m_input;
    const InstrumentDefinition& d = in.definition;
    const QString language = ParticipantFormat::language();

    // The time axis covers every score and session, with a week to spare either side.
    double first = 0, last = 0;
    for (const TrajectoryPoint& p : in.measure.trajectory) {
        first = std::min(first, p.weeks);
        last = std::max(last, p.weeks);
    }
    for (const TherapySession& s : in.sessions) {
        first = std::min(first, weeksFrom(in.origin, s.date));
        last = std::max(last, weeksFrom(in.origin, s.date));
    }
    // Room at both ends for the alert rings drawn around the first and last points.
    const double spare = std::max(1.0, (last - first) * 0.03);
    const double xMin = std::floor(first - spare);
    const double xMax = std::max(std::ceil(last + spare), xMin + 8);
    // Sessions sit on a rail below the scale's minimum, clear of the scores.
    const double span = std::max(1.0, d.totalMax - d.totalMin);
    const bool rail = !in.sessions.empty();
    const double railY = d.totalMin - span * 0.045;
    const double yMin = rail ? d.totalMin - span * 0.09 : d.totalMin;

    auto* x = new QValueAxis;
    x->setObjectName(kTimeAxis);
    x->setRange(xMin, xMax);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(tickStep(xMax - xMin, {1, 2, 4, 8, 13, 26, 52, 104}, 12));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(in.fromRandomization ? tr("Weeks since randomization")
                                         : tr("Weeks since the first assessment"));
    auto* y = new QValueAxis;
    y->setObjectName(kScoreAxis);
    y->setRange(yMin, d.totalMax);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(d.totalMin);
    y->setTickInterval(tickStep(span, {1, 2, 5, 10, 20, 25, 50, 100}, 10));
    y->setLabelFormat(QStringLiteral("%.0f"));
    //: Score axis of the participant's chart; %1 is the instrument, e.g. PHQ-9.
    y->setTitleText(tr("%1 total").arg(d.shortName));
    for (QValueAxis* axis : {x, y}) {
        axis->setGridLineColor(QColor(0, 0, 0, 28));
        axis->setMinorGridLineVisible(false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };

    // Severity bands, light green (least severe) to light red, each reaching half-way to
    // the next so there is no white gap between whole-number bands.
    std::vector<BandDefinition> bands = d.bands;
    std::sort(bands.begin(), bands.end(),
              [](const BandDefinition& a, const BandDefinition& b) { return a.min < b.min; });
    const auto n = static_cast<int>(bands.size());
    for (int i = 0; i < n; ++i) {
        const BandDefinition& b = bands[static_cast<std::size_t>(i)];
        const double lower =
            i == 0 ? d.totalMin : (bands[static_cast<std::size_t>(i - 1)].max + b.min) / 2;
        const double upper =
            i == n - 1 ? d.totalMax : (b.max + bands[static_cast<std::size_t>(i + 1)].min) / 2;
        const double rank = n > 1 ? static_cast<double>(i) / (n - 1) : 0.0;
        const double severity = d.direction == Direction::HigherIsWorse ? rank : 1.0 - rank;
        auto* area = new QAreaSeries;
        area->setUpperSeries(horizontalLine(area, xMin, xMax, std::min(upper, d.totalMax)));
        area->setLowerSeries(horizontalLine(area, xMin, xMax, std::max(lower, d.totalMin)));
        area->setObjectName(kBandPrefix + b.key);
        area->setName(b.label.in(language));
        area->setColor(QColor::fromHsvF((1.0 - severity) * 120.0 / 360.0, 0.20, 0.98));
        area->setBorderColor(QColor(0, 0, 0, 0));
        area->setPen(Qt::NoPen);
        attach(area);
    }

    // Reference lines: the baseline and the bound beyond which a change is a reliable
    // improvement (from the core's change statistics with the trial's norms).
    if (in.measure.baseline) {
        const double base = in.measure.baseline->value;
        QLineSeries* line = horizontalLine(nullptr, xMin, xMax, base);
        line->setObjectName(kBaseline);
        line->setName(tr("Baseline %1").arg(ParticipantFormat::number(base)));
        line->setPen(QPen(kBaselineColour, 1.6, Qt::DashLine));
        attach(line);
    }
    if (in.measure.baseline && in.measure.reliableImprovementBound) {
        const double bound = *in.measure.reliableImprovementBound;
        const bool onScale = bound >= d.totalMin && bound <= d.totalMax;
        auto* line = onScale ? horizontalLine(nullptr, xMin, xMax, bound) : new QLineSeries;
        line->setObjectName(kReliable);
        line->setName(onScale ? (d.direction == Direction::HigherIsWorse
                                     ? tr("Reliable improvement below %1")
                                     : tr("Reliable improvement above %1"))
                                    .arg(ParticipantFormat::number(bound))
                              : tr("No reliable improvement possible from this baseline"));
        line->setPen(QPen(kReliableColour, 1.6, Qt::DashDotLine));
        attach(line);
    }

    // The scores.
    auto* scoreLine = new QLineSeries;
    scoreLine->setObjectName(kScoreLine);
    scoreLine->setName(tr("%1 total").arg(d.shortName));
    scoreLine->setPen(QPen(kScoreColour, 2.2));
    auto* points = new QScatterSeries;
    points->setObjectName(kScorePoints);
    points->setName(scoreLine->name());
    points->setMarkerSize(9);
    points->setColor(kScoreColour);
    points->setBorderColor(Qt::white);
    auto* alerts = new QScatterSeries;
    alerts->setObjectName(kAlerts);
    alerts->setName(tr("Safety alert"));
    alerts->setMarkerSize(20);
    alerts->setColor(QColor(kAlertColour.red(), kAlertColour.green(), kAlertColour.blue(), 45));
    alerts->setPen(QPen(kAlertColour, 2.2));
    for (const TrajectoryPoint& p : in.measure.trajectory) {
        scoreLine->append(p.weeks, p.value);
        points->append(p.weeks, p.value);
        if (in.alerts.contains(p.assessmentId))
            alerts->append(p.weeks, p.value);
    }
    attach(scoreLine);
    if (alerts->count() > 0)
        attach(alerts);
    else
        delete alerts;
    attach(points);

    // Sessions along the time axis: filled when attended, hollow and orange when not.
    if (rail) {
        auto* attended = new QScatterSeries;
        attended->setObjectName(kAttended);
        attended->setName(tr("Session attended"));
        attended->setMarkerSize(7);
        attended->setColor(kAttendedColour);
        attended->setBorderColor(kAttendedColour);
        auto* missed = new QScatterSeries;
        missed->setObjectName(kMissed);
        missed->setName(tr("Session not attended"));
        missed->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        missed->setMarkerSize(8);
        missed->setColor(Qt::white);
        missed->setPen(QPen(kMissedColour, 1.8));
        for (const TherapySession& s : in.sessions) {
            if (s.removed)
                continue;
            (ParticipantFormat::attended(s.attendance) ? attended : missed)
                ->append(weeksFrom(in.origin, s.date), railY);
        }
        for (QScatterSeries* s : {attended, missed}) {
            if (s->count() > 0)
                attach(s);
            else
                delete s;
        }
    }

    //: Title of one participant's chart; %1 is the instrument, e.g. PHQ-9.
    chart->setTitle((in.fromRandomization ? tr("%1 over weeks since randomization")
                                          : tr("%1 over weeks since the first assessment"))
                        .arg(d.shortName));
    QLegend* legend = chart->legend();
    legend->show();
    legend->setAlignment(Qt::AlignRight);
    QFont legendFont = legend->font();
    legendFont.setPointSizeF(std::max(7.5, QFont().pointSizeF() - 1));
    legend->setFont(legendFont);
    // One legend entry for the scores (the line), none for the points drawn on it.
    for (QLegendMarker* m : legend->markers(points))
        m->setVisible(false);
    enlargeLegendSwatches(chart);
    return true;
}

void TrajectoryChart::renderExport(QPainter& painter, const QRectF& target) const
{
    QGraphicsScene scene;
    auto* exported = new QChart;
    scene.addItem(exported);
    const QSizeF size = exportSize();
    exported->setGeometry(QRectF(QPointF(0, 0), size));
    populate(exported);
    // Lay the chart out now (axes, legend, plot area) rather than on the next event loop pass.
    if (QGraphicsLayout* layout = exported->layout())
        layout->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, target, QRectF(QPointF(0, 0), size), Qt::KeepAspectRatio);
}

bool TrajectoryChart::savePng(const QString& path) const
{
    if (!m_input)
        return false;
    constexpr qreal scale = 2; // sharp on high-density screens and in print
    const QSize size = exportSize();
    QImage image(size * scale, QImage::Format_ARGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderExport(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    return file.open().ok() && image.save(&file.device(), "PNG") && file.commit().ok();
}

bool TrajectoryChart::savePdf(const QString& path) const
{
    if (!m_input)
        return false;
    // The save dialog asked before replacing a file; a trial is never replaced (ExportFile).
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return false;
    QPdfWriter writer(&file.device());
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(chart()->title());
    writer.setCreator(QStringLiteral("TrialDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = exportSize();
    const qreal scale = std::min(writer.width() / size.width(), writer.height() / size.height());
    renderExport(painter, QRectF(QPointF(0, 0), size * scale));
    return painter.end() && file.commit().ok();
}

} // namespace td
