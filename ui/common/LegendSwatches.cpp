#include "common/LegendSwatches.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>

namespace td {

namespace {
const char* const textSizeProperty = "tdLegendTextPointSize";
const QString textMark = QStringLiteral("<span style=\"font-size:");
} // namespace

void enlargeLegendSwatches(QChart* chart)
{
    QLegend* legend = chart->legend();
    // The size of the entries' text: the legend's font before the first call.
    QVariant stored = legend->property(textSizeProperty);
    if (!stored.isValid()) {
        stored = legend->font().pointSizeF();
        legend->setProperty(textSizeProperty, stored);
    }
    QFont swatchFont = legend->font();
    swatchFont.setPointSizeF(stored.toReal() * 2);
    legend->setFont(swatchFont); // nothing happens when it already has it
    for (QLegendMarker* marker : legend->markers()) {
        const QString label = marker->label();
        if (label.isEmpty() || label.startsWith(textMark))
            continue;
        marker->setLabel(QStringLiteral("%1%2pt\">%3</span>")
                             .arg(textMark)
                             .arg(stored.toReal())
                             .arg(label.toHtmlEscaped()));
    }
}

} // namespace td
