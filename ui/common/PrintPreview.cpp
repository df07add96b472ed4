#include "common/PrintPreview.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace td {

void preparePrinter(QPrinter& printer, const QString& documentName)
{
    printer.setResolution(96);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    printer.setDocName(documentName);
    printer.setCreator(QStringLiteral("TrialDesk"));
}

void showPrintPreview(QWidget* parent, const QString& documentName, const PrintPainter& paint)
{
    QPrinter printer(QPrinter::ScreenResolution);
    preparePrinter(printer, documentName);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("td::PrintPreview", "Print preview – %1").arg(documentName));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter* p) { paint(*p); });
    if (parent)
        dialog.resize(parent->window()->size() * 9 / 10);
    dialog.exec();
}

} // namespace td
