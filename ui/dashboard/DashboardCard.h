#pragma once

#include "dashboard/DashboardStyle.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QVBoxLayout;

namespace td {

// One card of the dashboard: a framed panel with a heading and one figure. A card keeps its
// figure and rebuilds every text from it on QEvent::LanguageChange and QEvent::LocaleChange
// (titles, axes, legends, headers, numbers and dates).
class DashboardCard : public QFrame
{
    Q_OBJECT

public:
    // How much of a row of the dashboard's grid the card wants.
    enum class Width { Full, Half, Third };

    explicit DashboardCard(Width width, QWidget* parent = nullptr);

    Width preferredWidth() const { return m_width; }
    // The card's heading (the chart title for a chart card).
    virtual QString heading() const;
    // Forgets the figure and hides the card (a role that may not see it, or a new load).
    virtual void clear() = 0;

protected:
    void changeEvent(QEvent* event) override;
    // Rebuilds the texts (or the whole figure) in the current language and locale.
    virtual void retranslateUi() = 0;

    QVBoxLayout* body() const { return m_body; }
    void setHeading(const QString& text);

private:
    Width m_width;
    QLabel* m_heading;
    QVBoxLayout* m_body;
};

// A card whose figure is one Qt Charts chart; its title is the card's heading.
class ChartCard : public DashboardCard
{
    Q_OBJECT

public:
    explicit ChartCard(Width width, QWidget* parent = nullptr);

    QString heading() const override;
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }

protected:
    void retranslateUi() override { redraw(); }
    void resizeEvent(QResizeEvent* event) override;
    // Builds the chart from the card's figure (also after a language change).
    virtual void rebuild() = 0;
    // rebuild(), then legend swatches a reader can see (enlargeLegendSwatches).
    void redraw();

private:
    void fitTitle();

    QChartView* m_view;
    qreal m_titlePoints = 0; // the title's size before fitTitle() made it smaller
};

} // namespace td
