#pragma once

#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace td {

// Paints a document on the printer it is given (the preview's, a real printer, or a PDF).
using PrintPainter = std::function<void(QPrinter&)>;

// Sets a printer up the way the views lay out their printouts: 96 units per inch (so that
// screen-sized layouts and fonts keep their proportions), A4, 10 mm margins, and the name the
// print queue shows.
void preparePrinter(QPrinter& printer, const QString& documentName);

// Qt's print preview of a document (modal): the user looks at the pages, chooses a printer
// and prints from it. `paint` is called for the preview and again for the printer.
void showPrintPreview(QWidget* parent, const QString& documentName, const PrintPainter& paint);

} // namespace td
