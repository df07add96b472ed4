// Saving the CONSORT diagram: PNG (twice the screen resolution), PDF (fitted to an A4 page) and
// SVG (when the build found Qt Svg).

#include "exchange/ExportFile.h"
#include "reporting/ConsortView.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

#ifdef TD_HAVE_SVG
#include <QSvgGenerator>
#endif

namespace td {

QString ConsortView::savePng(const QString& path) const
{
    const qreal height = preferredHeight(exportWidth);
    constexpr qreal scale = 2; // sharp on high-density screens and in print
    QImage image(QSize(static_cast<int>(exportWidth * scale), static_cast<int>(height * scale)),
                 QImage::Format_ARGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(font());
        render(painter, exportWidth);
    }
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    if (!image.save(&file.device(), "PNG"))
        return tr("The diagram could not be saved as %1.").arg(path);
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
}

QString ConsortView::savePdf(const QString& path) const
{
    // The save dialog asked before replacing a file; a trial is never replaced (ExportFile).
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    QPdfWriter writer(&file.device());
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setTitle(tr("CONSORT flow diagram"));
    writer.setCreator(QStringLiteral("TrialDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The diagram could not be saved as %1.").arg(path);
    painter.setFont(font());
    const qreal height = layout(painter, exportWidth).height;
    const qreal scale = std::min(writer.width() / exportWidth, writer.height() / height);
    painter.scale(scale, scale);
    render(painter, exportWidth);
    painter.end();
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
}

bool ConsortView::canSaveSvg()
{
#ifdef TD_HAVE_SVG
    return true;
#else
    return false;
#endif
}

QString ConsortView::saveSvg(const QString& path) const
{
#ifdef TD_HAVE_SVG
    const qreal height = preferredHeight(exportWidth);
    // The save dialog asked before replacing a file; a trial is never replaced (ExportFile).
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    QSvgGenerator generator;
    generator.setOutputDevice(&file.device());
    generator.setSize(QSize(static_cast<int>(exportWidth), static_cast<int>(height)));
    generator.setViewBox(QRectF(0, 0, exportWidth, height));
    generator.setTitle(tr("CONSORT flow diagram"));
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("The diagram could not be saved as %1.").arg(path);
    painter.setFont(font());
    painter.fillRect(QRectF(0, 0, exportWidth, height), Qt::white);
    render(painter, exportWidth);
    painter.end();
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
#else
    Q_UNUSED(path);
    return tr("This build cannot save SVG (Qt Svg was not found); save as PDF or PNG.");
#endif
}

} // namespace td
