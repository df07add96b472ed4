#include "dashboard/EffectSizeCard.h"

namespace td {

EffectSizeCard::EffectSizeCard(QWidget* parent) : TileCard(parent)
{
    retranslateUi();
}

void EffectSizeCard::setFigure(const ArmComparison& comparison, const DashboardContext& context)
{
    m_figure = comparison;
    m_context = context;
    m_message.clear();
    retranslateUi();
    show();
}

void EffectSizeCard::setMessage(const QString& message)
{
    m_figure.reset();
    m_message = message;
    retranslateUi();
    show();
}

void EffectSizeCard::clear()
{
    m_figure.reset();
    m_context = {};
    m_message.clear();
    retranslateUi();
    hide();
}

void EffectSizeCard::retranslateUi()
{
    if (!m_figure) {
        setHeading(tr("Effect size at the endpoint"));
        setValue(m_message.isEmpty() ? QString() : tr("–"));
        setDetail(m_message);
        return;
    }
    const ArmComparison& c = *m_figure;
    const auto visit = m_context.visitLabels.find(c.timePointCode);
    //: Effect size heading: instrument and the endpoint visit.
    setHeading(tr("Effect size, %1 at %2")
                   .arg(m_context.instrumentName, visit == m_context.visitLabels.end()
                                                      ? c.timePointCode
                                                      : visit->second.text()));
    auto arm = [](const ArmLabel& a, const MeanEstimate& m) {
        //: One arm at the endpoint: code, mean, SD, n.
        return tr("%1: mean %2 (SD %3, n = %4)")
            .arg(a.code, DashboardStyle::number(m.mean, 1), DashboardStyle::number(m.sd, 1),
                 DashboardStyle::count(m.n));
    };
    QStringList lines;
    if (c.effect) {
        setValue(tr("d = %1").arg(DashboardStyle::number(c.effect->d, 2)));
        lines << tr("95% CI %1 to %2; Hedges' g = %3")
                     .arg(DashboardStyle::number(c.effect->ci95.lower, 2),
                          DashboardStyle::number(c.effect->ci95.upper, 2),
                          DashboardStyle::number(c.effect->g, 2));
    } else {
        setValue(tr("d = –"));
        lines << tr("Too few scores at this visit to compare the arms.");
    }
    lines << arm(c.arm1, c.score1) << arm(c.arm2, c.score2);
    //: How to read d: %1 and %2 are arm codes.
    lines << tr("d = %1 − %2 over the pooled SD; negative: lower scores in %1.")
                 .arg(c.arm1.code, c.arm2.code);
    setDetail(lines.join(QLatin1Char('\n')));
}

} // namespace td
