#pragma once

#include "exchange/ImportReport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace td {

// One record of a CSV file: its fields and the physical line (1-based) where it starts.
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
};

// Reads RFC 4180 CSV in UTF-8, the counterpart of CsvWriter: comma separators (or another
// delimiter given, e.g. the semicolon or tab of a spreadsheet's CSV: see detectDelimiter); a
// field in double quotes may hold delimiters, doubled quotes and line breaks; CRLF, LF or CR line
// ends; a UTF-8 byte order mark is skipped; blank lines are skipped. The first record fixes the
// column count (the header): a record with another count is refused (a problem naming its line and
// the expected count) and reading goes on. A file that is not UTF-8 or whose quoting is broken
// (a quoted field never closed, text after a closing quote, a quote inside an unquoted field)
// is refused at the line where it goes wrong, and reading stops there. At most
// ImportReport::maxProblems refused records are kept; the others are counted (unlisted()).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // `data` is the whole file and must outlive the reader.
    explicit CsvReader(QByteArrayView data, char delimiter = ',')
        : m_data(data), m_delimiter(delimiter)
    {}

    // The delimiter of the file's first record (its header): whichever of comma, semicolon and
    // tab it holds most often outside quotes; a comma when it holds none.
    static char detectDelimiter(QByteArrayView data);

    // The next record, or false at the end of the data or when reading stopped at a broken
    // file (then broken() is true and problems() says where).
    bool next(CsvRecord& record);
    // Every refused record and, last, what stopped the reading.
    const std::vector<ImportProblem>& problems() const { return m_problems; }
    bool broken() const { return m_broken; }
    // Refused records beyond the first ImportReport::maxProblems.
    qint64 unlisted() const { return m_unlisted; }
    // How many bytes of the data have been read.
    qsizetype position() const { return m_pos; }
    // The column count of the first record (0 before it was read).
    qsizetype columns() const { return m_columns; }

    // The 1-based line of the first byte that is not UTF-8, or 0 when all of `data` is.
    static qint64 firstInvalidUtf8Line(QByteArrayView data);

private:
    bool start();
    bool fail(qint64 line, const QString& reason);
    // Consumes one line end at m_pos (CRLF, LF or CR), counting the line.
    void endLine();
    bool atLineEnd() const;

    QByteArrayView m_data;
    char m_delimiter = ',';
    bool m_loneCrBreaks = true; // a file without line feeds: CR ends lines (classic Mac)
    qint64 m_unlisted = 0;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qsizetype m_columns = 0;
    bool m_started = false;
    bool m_broken = false;
    std::vector<ImportProblem> m_problems;
    QByteArray m_unquoted; // scratch for quoted fields with doubled quotes
};

} // namespace td
