#pragma once

#include "instruments/InstrumentDefinition.h"
#include "outcomes/ParticipantOutcomes.h"
#include "sessions/TherapySession.h"

#include <QChartView>
#include <QMultiHash>
#include <optional>
#include <vector>

class QAreaSeries;
class QChart;
class QLineSeries;
class QPainter;
class QScatterSeries;
class QValueAxis;

namespace td {

// One participant's scores on one instrument over weeks since randomization (Qt Charts): the
// instrument's severity bands as shaded background, the baseline and the reliable-improvement
// bound as reference lines, therapy sessions as marks along the time axis (attended and not
// attended look different), points that raised a safety alert ringed, and a tooltip with the
// date, week, score and band on hover. Saved as PNG or (vector) PDF at a fixed size, so a
// saved chart does not depend on the window.
//
// Everything shown comes from the core: the trajectory, bands, direction and the reliable
// change (ParticipantOutcomes, ChangeStatistics with the trial's NormRepository defaults).
class TrajectoryChart : public QChartView
{
    Q_OBJECT

public:
    struct Input
    {
        InstrumentDefinition definition;
        MeasureOutcome measure; // the instrument's total
        // Day 0 of the time axis (the randomization date; sessions are placed from it) and
        // whether it is the randomization (else the first assessment, as ParticipantOutcomes).
        QDate origin;
        bool fromRandomization = true;
        std::vector<TherapySession> sessions; // empty for callers who may not see arms
        // Assessment id -> alert kinds (suicidality, deterioration) raised by it.
        QMultiHash<qint64, QString> alerts;
    };

    explicit TrajectoryChart(QWidget* parent = nullptr);
    // Tall enough for every legend entry: Qt lays the right-hand legend out in one column and
    // cuts the entries that do not fit.
    QSize minimumSizeHint() const override;

    void setInput(Input input);
    // No chart: an empty plot with `message` as its title.
    void clear(const QString& message = {});
    const std::optional<Input>& input() const { return m_input; }

    // False (nothing written) when there is nothing to save or the file cannot be written.
    bool savePng(const QString& path) const;
    bool savePdf(const QString& path) const;
    static QSize exportSize() { return {1100, 620}; }
    // Paints the chart as saved (exportSize(), independent of the window) into `target`.
    void renderExport(QPainter& painter, const QRectF& target) const;

    // The parts of the shown chart (empty / null when it has none).
    QList<QAreaSeries*> bandAreas() const;
    QLineSeries* scoreLine() const;
    QScatterSeries* scorePoints() const;
    QLineSeries* baselineLine() const;
    QLineSeries* reliableChangeLine() const;
    QScatterSeries* attendedSessions() const;
    QScatterSeries* missedSessions() const;
    QScatterSeries* alertPoints() const;
    QValueAxis* timeAxis() const;
    QValueAxis* scoreAxis() const;
    // What hovering a point says: date, week, score and band (and any alert); empty when no
    // score is at that point.
    QString describeScore(const QPointF& point) const;
    QString describeSession(const QPointF& point) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    // Builds every series and axis of the current input on `chart` (the view's, or an export
    // chart's); returns false when there is no input.
    bool populate(QChart* chart) const;
    template <typename T> T* part(const QString& name) const;
    const TrajectoryPoint* pointAt(const QPointF& point) const;
    const TherapySession* sessionAt(const QPointF& point) const;
    void showTip(const QString& text, bool state);

    std::optional<Input> m_input;
    QString m_message;
};

} // namespace td
