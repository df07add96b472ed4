#pragma once

class QTableView;

namespace td {

// Column widths that follow the text. A table sized to its contents in one language keeps those
// widths after a switch unless told ("Task" becomes "Oppgave", and the header reads "ppgav").

// Sizes the columns to their contents and headers; with `widenUpTo` > 0 the table also asks
// for the width that shows every column (at most `widenUpTo` pixels), so that a splitter or a
// layout gives it that room instead of cutting the last columns.
void fitColumns(QTableView* table, int widenUpTo = 0);

// Fits the columns again (as fitColumns) after every language switch. The view still fits them
// itself after loading new rows.
void refitOnLanguageChange(QTableView* table, int widenUpTo = 0);

} // namespace td
