#pragma once

#include "access/Actor.h"
#include "reporting/Consort.h"

#include <QWidget>
#include <optional>
#include <vector>

class QPainter;

namespace td {

class Database;

// The CONSORT 2010 flow diagram drawn from the core's counts (issue 5 item 7): enrolment,
// allocation, follow-up and analysis, with the recorded reasons. Saved as PNG, PDF or SVG
// (SVG when the build found Qt Svg: canSaveSvg()).
class ConsortView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsortView(QWidget* parent = nullptr);

    // Computes the counts for the signed-in user; the error message, or an empty string.
    // A caller who may not see arms gets the refusal and an empty diagram.
    QString load(Database& db, const Actor& actor, const ConsortRules& rules = {});
    void setCounts(const ConsortCounts& counts);
    const std::optional<ConsortCounts>& counts() const { return m_counts; }

    // The text of every box, top to bottom and left to right (what the diagram says).
    QStringList boxTexts() const;

    // Saving: the error message, or an empty string.
    QString savePng(const QString& path) const;
    QString savePdf(const QString& path) const;
    static bool canSaveSvg();
    QString saveSvg(const QString& path) const;

    // The width the diagram is laid out at for saving and for the size hint.
    static constexpr qreal exportWidth = 960;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

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

    std::optional<ConsortCounts> m_counts;
    QString m_message; // shown instead of the diagram (a refusal, or nothing loaded)
};

} // namespace td
