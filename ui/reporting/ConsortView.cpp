#include "reporting/ConsortView.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>

namespace td {

namespace {

constexpr qreal margin = 16;
constexpr qreal padding = 8;
constexpr qreal rowGap = 30;
constexpr qreal columnGap = 24;

QString reasonLines(const std::vector<ReasonCount>& reasons)
{
    QString out;
    for (const ReasonCount& r : reasons)
        out += QStringLiteral("\n      ") + ConsortView::tr("%1 (n=%2)").arg(r.reason).arg(r.count);
    return out;
}

qreal textHeight(QPainter& painter, const QString& text, qreal width)
{
    const QFontMetricsF fm(painter.font(), painter.device());
    return fm.boundingRect(QRectF(0, 0, width - 2 * padding, 1e6), Qt::TextWordWrap, text)
               .height() +
           2 * padding;
}

} // namespace

ConsortView::ConsortView(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslateUi();
}

QString ConsortView::load(Database& db, const Actor& actor, const ConsortRules& rules)
{
    auto counts = ConsortReport(db).compute(actor, rules);
    m_db = &db;
    m_actor = actor;
    m_rules = rules;
    if (!counts.ok()) {
        m_counts.reset();
        m_message = counts.message();
        updateGeometry();
        update();
        emit countsChanged();
        return m_message;
    }
    m_counts = std::move(counts).value();
    m_message.clear();
    updateGeometry();
    update();
    emit countsChanged();
    return {};
}

void ConsortView::setCounts(const ConsortCounts& counts)
{
    m_db = nullptr;
    m_counts = counts;
    m_message.clear();
    updateGeometry();
    update();
    emit countsChanged();
}

void ConsortView::retranslateUi()
{
    // Every box text is built through tr() when the diagram is laid out: repainting is enough.
    setToolTip(tr("CONSORT 2010 flow diagram"));
    setAccessibleName(tr("CONSORT flow diagram"));
    if (!m_counts && m_message.isEmpty())
        setWhatsThis(tr("No counts loaded yet."));
    updateGeometry();
    update();
}

void ConsortView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The reasons and the instrument's and arms' names came from the core in the old
        // language: compute them again.
        if (m_db)
            load(*m_db, m_actor, m_rules);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

ConsortView::Layout ConsortView::layout(QPainter& painter, qreal width) const
{
    Layout out;
    if (!m_counts)
        return out;
    const ConsortCounts& c = *m_counts;
    const qreal inner = width - 2 * margin;
    qreal y = margin;
    auto heading = [&](const QString& text) {
        const qreal h = textHeight(painter, text, inner) - padding;
        out.boxes.push_back({QRectF(margin, y, inner, h), text, true});
        y += h + 4;
    };
    auto box = [&](qreal x, qreal top, qreal w, const QString& text, qreal minHeight = 0) {
        const qreal h = std::max(minHeight, textHeight(painter, text, w));
        out.boxes.push_back({QRectF(x, top, w, h), text, false});
        return out.boxes.back().rect;
    };

    // Enrolment: the main column on the left, the exclusions and the undecided on the right.
    heading(tr("Enrollment"));
    const qreal mainWidth = inner * 0.40;
    const qreal mainCentre = margin + inner * 0.24;
    const qreal sideLeft = margin + inner * 0.52;
    const qreal sideWidth = width - margin - sideLeft;
    const QRectF assessed = box(mainCentre - mainWidth / 2, y, mainWidth,
                                tr("Assessed for eligibility (n=%1)").arg(c.assessed));
    y = assessed.bottom() + rowGap / 2;
    const QRectF excluded =
        box(sideLeft, y, sideWidth,
            tr("Excluded (n=%1)").arg(c.excluded) + QStringLiteral("\n   ") +
                tr("Not meeting inclusion criteria (n=%1)").arg(c.notMeetingInclusion) +
                reasonLines(c.notMeetingInclusionReasons) + QStringLiteral("\n   ") +
                tr("Declined to participate (n=%1)").arg(c.declined) +
                reasonLines(c.declinedReasons) + QStringLiteral("\n   ") +
                tr("Other reasons (n=%1)").arg(c.otherReasons) + reasonLines(c.otherReasonsList));
    out.arrows.push_back({QPointF(mainCentre, excluded.center().y()),
                          QPointF(excluded.left(), excluded.center().y())});
    y = excluded.bottom() + 10;
    const QRectF awaiting =
        box(sideLeft, y, sideWidth,
            tr("Awaiting decision (n=%1)").arg(c.awaitingDecision) + QStringLiteral("\n   ") +
                tr("Eligibility not yet decided (n=%1)").arg(c.awaitingScreening) +
                QStringLiteral("\n   ") +
                tr("Eligible, consent not yet decided (n=%1)").arg(c.awaitingConsent) +
                QStringLiteral("\n   ") +
                tr("Consented, not yet randomized (n=%1)").arg(c.awaitingRandomization));
    out.arrows.push_back({QPointF(mainCentre, awaiting.center().y()),
                          QPointF(awaiting.left(), awaiting.center().y())});
    y = awaiting.bottom() + rowGap / 2;
    const QRectF randomized =
        box(mainCentre - mainWidth / 2, y, mainWidth, tr("Randomized (n=%1)").arg(c.randomized));
    out.arrows.push_back(
        {QPointF(mainCentre, assessed.bottom()), QPointF(mainCentre, randomized.top())});
    y = randomized.bottom();
    if (!c.armsIncluded || c.arms.empty()) {
        out.height = y + margin;
        return out;
    }

    // One column per arm, each stage's boxes as tall as the tallest of the row.
    const auto n = static_cast<qreal>(c.arms.size());
    const qreal columnWidth = (inner - (n - 1) * columnGap) / n;
    std::vector<qreal> centres;
    for (std::size_t i = 0; i < c.arms.size(); ++i)
        centres.push_back(margin + columnWidth / 2 +
                          static_cast<qreal>(i) * (columnWidth + columnGap));
    const qreal branch = y + rowGap / 2;
    out.arrows.push_back({QPointF(mainCentre, y), QPointF(mainCentre, branch), false});
    out.arrows.push_back({QPointF(std::min(centres.front(), mainCentre), branch),
                          QPointF(std::max(centres.back(), mainCentre), branch), false});
    y = branch;

    auto row = [&](const QString& stage, const std::function<QString(const ConsortArm&)>& text,
                   bool arrowsIn) {
        const qreal top = y + (arrowsIn ? rowGap : 6);
        y = top;
        heading(stage);
        qreal tallest = 0;
        std::vector<QString> texts;
        for (const ConsortArm& a : c.arms) {
            texts.push_back(text(a));
            tallest = std::max(tallest, textHeight(painter, texts.back(), columnWidth));
        }
        const qreal boxTop = y;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const QRectF r =
                box(centres[i] - columnWidth / 2, boxTop, columnWidth, texts[i], tallest);
            out.arrows.push_back(
                {QPointF(centres[i], top - (arrowsIn ? rowGap : 6)), QPointF(centres[i], r.top())});
        }
        y = boxTop + tallest;
    };
    row(
        tr("Allocation"),
        [](const ConsortArm& a) {
            return tr("Allocated to %1 (n=%2)").arg(a.name).arg(a.allocated) +
                   QStringLiteral("\n   ") +
                   tr("Received allocated intervention (n=%1)").arg(a.received) +
                   QStringLiteral("\n   ") +
                   tr("Did not receive allocated intervention (n=%1)").arg(a.notReceived) +
                   reasonLines(a.notReceivedReasons);
        },
        false);
    row(
        tr("Follow-up"),
        [](const ConsortArm& a) {
            return tr("Lost to follow-up (n=%1)").arg(a.lostToFollowUp) +
                   reasonLines(a.lostReasons) + QStringLiteral("\n") +
                   tr("Discontinued intervention (n=%1)").arg(a.discontinued) +
                   reasonLines(a.discontinuedReasons);
        },
        true);
    row(
        tr("Analysis"),
        [](const ConsortArm& a) {
            return tr("Analysed (n=%1)").arg(a.analysed) + QStringLiteral("\n   ") +
                   tr("Excluded from analysis (n=%1)").arg(a.excludedFromAnalysis) +
                   reasonLines(a.excludedFromAnalysisReasons);
        },
        true);
    y += 8;
    const QString rule = tr("Analysed: at least %Ln completed post-baseline assessment(s) of %1.",
                            "", c.rules.minPostBaseline)
                             .arg(c.primaryInstrumentName);
    const qreal h = textHeight(painter, rule, inner) - padding;
    out.boxes.push_back({QRectF(margin, y, inner, h), rule, true});
    out.height = y + h + margin;
    return out;
}

void ConsortView::render(QPainter& painter, qreal width) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout(painter, width);
    const QPen framePen(QColor(0x33, 0x33, 0x33), 1.2);
    for (const Box& b : l.boxes) {
        if (b.heading) {
            QFont bold = painter.font();
            bold.setBold(true);
            painter.save();
            painter.setFont(bold);
            painter.setPen(QColor(0x1f, 0x4e, 0x79));
            painter.drawText(b.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.text);
            painter.restore();
            continue;
        }
        painter.setPen(framePen);
        painter.setBrush(QColor(0xf7, 0xf9, 0xfc));
        painter.drawRect(b.rect);
        painter.setPen(Qt::black);
        painter.drawText(b.rect.adjusted(padding, padding, -padding, -padding),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.text);
    }
    painter.setPen(framePen);
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    for (const Arrow& a : l.arrows) {
        painter.drawLine(a.from, a.to);
        if (!a.head)
            continue;
        const QPointF d = a.to - a.from;
        const qreal length = std::hypot(d.x(), d.y());
        if (length < 1)
            continue;
        const QPointF u = d / length;
        const QPointF normal(-u.y(), u.x());
        QPainterPath head;
        head.moveTo(a.to);
        head.lineTo(a.to - u * 8 + normal * 4);
        head.lineTo(a.to - u * 8 - normal * 4);
        head.closeSubpath();
        painter.drawPath(head);
    }
}

qreal ConsortView::preferredHeight(qreal width) const
{
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter painter(&scratch);
    painter.setFont(font());
    return std::max<qreal>(200, layout(painter, width).height);
}

QStringList ConsortView::boxTexts() const
{
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter painter(&scratch);
    painter.setFont(font());
    QStringList out;
    for (const Box& b : layout(painter, exportWidth).boxes)
        out << b.text;
    if (!m_counts && !m_message.isEmpty())
        out << m_message;
    return out;
}

QSize ConsortView::sizeHint() const
{
    return {static_cast<int>(exportWidth),
            static_cast<int>(std::ceil(preferredHeight(exportWidth)))};
}

QSize ConsortView::minimumSizeHint() const
{
    return {480, 200};
}

int ConsortView::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(preferredHeight(width)));
}

void ConsortView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setFont(font());
    painter.fillRect(rect(), Qt::white);
    if (!m_counts) {
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message.isEmpty() ? tr("No counts loaded yet.") : m_message);
        return;
    }
    render(painter, width());
}

} // namespace td
