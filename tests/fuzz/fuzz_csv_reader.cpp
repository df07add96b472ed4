// libFuzzer harness for CsvReader: any bytes are read without crashing; records come in
// ascending line order with the header's column count; and whatever was read is read back the
// same after CsvWriter writes it.

#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// A record of one empty field is written as an empty line, which the reader skips.
bool blank(const td::CsvRecord& r)
{
    return r.fields.size() == 1 && r.fields.front().isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    td::CsvReader reader(bytes);
    td::CsvRecord record;
    std::vector<td::CsvRecord> records;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        check(record.line > lastLine);
        check(record.fields.size() == reader.columns());
        lastLine = record.line;
        records.push_back(record);
    }
    qint64 lastProblem = 0;
    for (const td::ImportProblem& p : reader.problems()) {
        check(p.line >= 1 && p.line >= lastProblem);
        lastProblem = p.line;
    }
    check(reader.broken() || td::CsvReader::firstInvalidUtf8Line(bytes) == 0);
    if (reader.broken() || records.empty())
        return 0;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        td::CsvWriter writer(buffer);
        for (const td::CsvRecord& r : records)
            writer.row(r.fields);
    }
    td::CsvReader again(buffer.data());
    std::vector<td::CsvRecord> reread;
    while (again.next(record))
        reread.push_back(record);
    check(again.problems().empty());
    std::vector<QStringList> expected;
    for (const td::CsvRecord& r : records)
        if (!blank(r))
            expected.push_back(r.fields);
    std::vector<QStringList> actual;
    for (const td::CsvRecord& r : reread)
        if (!blank(r))
            actual.push_back(r.fields);
    check(expected == actual);
    return 0;
}
