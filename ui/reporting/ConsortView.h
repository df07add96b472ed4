#pragma once

#include "access/Actor.h"
#include "reporting/ConsortReport.h"

#include <QWidget>
#include <optional>
#include <vector>

class QPainter;
class QPrinter;

namespace td {

class Database;

// The CONSORT 2010 flow diagram drawn from the core's counts (issue 5 item 7): enrolment,
// allocation, follow-up and analysis, with the recorded reasons. Saved as PNG, PDF or SVG
// (SVG when the build found Qt Svg: canSaveSvg()), and printed on one page. The core writes
// some texts into the counts (reasons such as "Not started yet"), so a language switch
// computes the counts again for the reader who loaded them.
class ConsortView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsortView(QWidget* parent = nullptr);

    // Computes the counts for the signed-in user; the error message, or an empty string.
    // A caller who may not see arms gets the refusal and an empty diagram.
    QString load(Database& db, const Actor& actor, const ConsortRules& rules = {});
    // Counts from elsewhere (not computed again after a language switch).
    void setCounts(const ConsortCounts& counts);
    const std::optional<ConsortCounts>& counts() const { return m_counts; }

    // The text of every box, top to bottom and left to right (what the diagram says).
    QStringList boxTexts() const;

    // Saving: the error message, or an empty string.
    QString savePng(const QString& path) const;
    QString savePdf(const QString& path) const;
    static bool canSaveSvg();
    QString saveSvg(const QString& path) const;
    // The diagram on one page of the printer (the preview's, a printer's or a PDF).
    void print(QPrinter& printer) const;

    // The width the diagram is laid out at for saving and for the size hint.
    static constexpr qreal exportWidth = 960;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // As tall as the diagram laid out at that width, so that a scroll area scrolls to its end
    // instead of squeezing it into the window.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // After a load or setCounts: the diagram (or the refusal) changed.
    void countsChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Box
    {
        QRectF rect;
        QString text;
        bool heading = false; // a stage label, drawn without a frame
    };
    struct Arrow
    {
        QPointF from;
        QPointF to;
        bool head = true;
    };
    struct Layout
    {
        std::vector<Box> boxes;
        std::vector<Arrow> arrows;
        qreal height = 0;
    };

    void retranslateUi();
    // The diagram laid out for a width, measured with the painter's font and device.
    Layout layout(QPainter& painter, qreal width) const;
    void render(QPainter& painter, qreal width) const;
    qreal preferredHeight(qreal width) const;

    // Who the counts were computed for, to compute them again in another language.
    Database* m_db = nullptr;
    Actor m_actor;
    ConsortRules m_rules;
    std::optional<ConsortCounts> m_counts;
    QString m_message; // shown instead of the diagram (a refusal, or nothing loaded)
};

} // namespace td
