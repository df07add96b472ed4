// Printing the CONSORT diagram: laid out at the saving width and fitted to one page.

#include "reporting/ConsortView.h"

#include <QPainter>
#include <QPrinter>
#include <algorithm>

namespace td {

void ConsortView::print(QPrinter& printer) const
{
    // Laid out in screen units (96 per inch), as on screen and in the saved PDF.
    printer.setResolution(96);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    painter.setFont(font());
    const qreal height = std::max<qreal>(1, layout(painter, exportWidth).height);
    const qreal scale = std::min(printer.width() / exportWidth, printer.height() / height);
    painter.scale(scale, scale);
    if (!m_counts) {
        painter.drawText(QRectF(0, 0, exportWidth, 200), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message.isEmpty() ? tr("No counts loaded yet.") : m_message);
        return;
    }
    render(painter, exportWidth);
}

} // namespace td
