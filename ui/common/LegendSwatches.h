#pragma once

class QChart;

namespace td {

// Qt Charts draws a legend's colour swatch half as high as the legend's font: with a small
// font the swatches are specks. This gives the legend a font about twice the text's size (so
// the swatches are about as high as a line of text) and sets each entry's text back to its
// size as rich text. Call it after the chart's series are in place (markers made later keep
// Qt's small swatch); calling it again is harmless. The text keeps the size the legend's font
// had at the first call.
void enlargeLegendSwatches(QChart* chart);

} // namespace td
