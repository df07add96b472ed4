// Saving and printing the whole dashboard: PNG (twice the screen resolution), and PDF and print
// (A4 pages, the cards' rows never split across a page break).

#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardView.h"
#include "exchange/ExportFile.h"

#include <QGridLayout>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <algorithm>
#include <map>

namespace td {

QSize DashboardView::prepareForExport()
{
    if (!m_content->isVisible() || m_content->width() < 200) {
        const int width = exportWidth;
        m_content->resize(width,
                          std::max(200, m_grid->hasHeightForWidth() ? m_grid->heightForWidth(width)
                                                                    : m_grid->sizeHint().height()));
        m_grid->activate();
        m_content->resize(width, m_grid->sizeHint().height());
        m_grid->activate();
    }
    return m_content->size();
}

QString DashboardView::savePng(const QString& path)
{
    const QSize size = prepareForExport();
    constexpr qreal scale = 2; // sharp on high-density screens and in print
    QImage image(size * scale, QImage::Format_ARGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        m_content->render(&painter);
    }
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    if (!image.save(&file.device(), "PNG"))
        return tr("The dashboard could not be saved as %1.").arg(path);
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
}

QString DashboardView::savePdf(const QString& path)
{
    // The save dialog asked before replacing a file; a trial is never replaced (ExportFile).
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    QPdfWriter writer(&file.device());
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setTitle(tr("PI dashboard"));
    writer.setCreator(QStringLiteral("TrialDesk"));
    if (!paintPages(writer))
        return tr("The dashboard could not be saved as %1.").arg(path);
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
}

void DashboardView::print(QPrinter& printer)
{
    // Laid out in screen units (96 per inch), as on screen and in the saved PDF.
    printer.setResolution(96);
    paintPages(printer);
}

bool DashboardView::paintPages(QPagedPaintDevice& device)
{
    const QSize size = prepareForExport();
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const qreal scale = device.width() / static_cast<qreal>(size.width());
    const qreal pageHeight = device.height() / scale; // in dashboard pixels

    // The rows of cards, top to bottom: a row moves to the next page when it does not fit.
    std::map<int, int> rows; // top -> bottom
    for (DashboardCard* card : visibleCards()) {
        const QRect r = card->geometry();
        rows[r.top()] = std::max(rows[r.top()], r.bottom() + 1);
    }
    painter.scale(scale, scale);
    QFont heading = font();
    heading.setBold(true);
    painter.setFont(heading);
    const QString title =
        tr("PI dashboard, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    qreal titleHeight = 28;
    painter.drawText(QRectF(0, 0, size.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    // Pooled figures say so on paper too.
    if (const QString note = pooledNote(); !note.isEmpty()) {
        painter.setFont(font());
        const QRectF noteRect(0, titleHeight, size.width(), pageHeight);
        const QRectF used =
            painter.boundingRect(noteRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        titleHeight += used.height() + 8;
    }
    qreal pageTop = rows.empty() ? 0 : rows.begin()->first - titleHeight;
    bool firstOnPage = true;
    for (const auto& [top, bottom] : rows) {
        if (!firstOnPage && bottom - pageTop > pageHeight) {
            device.newPage();
            pageTop = top;
        }
        firstOnPage = false;
        for (DashboardCard* card : visibleCards())
            if (card->geometry().top() == top)
                card->render(&painter, QPoint(card->x(), static_cast<int>(card->y() - pageTop)));
    }
    return painter.end();
}

} // namespace td
