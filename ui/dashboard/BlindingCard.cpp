#include "dashboard/BlindingCard.h"

namespace td {

BlindingCard::BlindingCard(QWidget* parent) : TileCard(parent)
{
    retranslateUi();
}

void BlindingCard::setFigure(const std::vector<ArmBlinding>& arms)
{
    m_figure = arms;
    retranslateUi();
    show();
}

void BlindingCard::clear()
{
    m_figure.reset();
    retranslateUi();
    hide();
}

void BlindingCard::retranslateUi()
{
    setHeading(tr("Blinding index (Bang)"));
    if (!m_figure) {
        setValue({});
        setDetail({});
        return;
    }
    QStringList values;
    QStringList lines;
    for (const ArmBlinding& b : *m_figure) {
        if (!b.index) {
            values << tr("%1 –").arg(b.arm.code);
            lines << tr("%1: no guesses recorded.").arg(b.arm.code);
            continue;
        }
        const BlindingIndex& i = *b.index;
        values << tr("%1 %2").arg(b.arm.code, DashboardStyle::number(i.index, 2));
        //: Blinding index of one arm: code, interval, guesses.
        lines << tr("%1: 95% CI %2 to %3; %4 correct, %5 incorrect, %6 don't know (n = %7)")
                     .arg(b.arm.code, DashboardStyle::number(i.ci95.lower, 2),
                          DashboardStyle::number(i.ci95.upper, 2), DashboardStyle::count(i.correct),
                          DashboardStyle::count(i.incorrect), DashboardStyle::count(i.dontKnow),
                          DashboardStyle::count(i.n));
    }
    setValue(values.join(QStringLiteral("   ")));
    lines << tr("0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.");
    setDetail(lines.join(QLatin1Char('\n')));
}

} // namespace td
