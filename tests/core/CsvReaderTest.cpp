#include "exchange/CsvReader.h"

#include "exchange/CsvWriter.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace td;

namespace {

struct Read
{
    std::vector<CsvRecord> records;
    std::vector<ImportProblem> problems;
    bool broken = false;
};

Read read(const QByteArray& data)
{
    CsvReader reader(data);
    Read out;
    CsvRecord r;
    while (reader.next(r))
        out.records.push_back(r);
    out.problems = reader.problems();
    out.broken = reader.broken();
    return out;
}

QStringList fields(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks)
{
    const Read r = read("a,b,c\r\n"
                        "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                        "2,\"two\r\nlines\nand three\",\"\"\r\n"
                        "3,plain,last\r\n");
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.records.size(), 4u);
    EXPECT_EQ(r.records[1].fields, fields({"1", "x, y", "say \"hi\""}));
    EXPECT_EQ(r.records[2].fields, fields({"2", "two\r\nlines\nand three", ""}));
    // Each record knows the physical line where it starts.
    EXPECT_EQ(r.records[0].line, 1);
    EXPECT_EQ(r.records[1].line, 2);
    EXPECT_EQ(r.records[2].line, 3);
    EXPECT_EQ(r.records[3].line, 6);
}

TEST(CsvReader, AcceptsABomLfAndCrLineEndsAndSkipsBlankLines)
{
    const Read r = read("\xEF\xBB\xBFid,name\n1,\xC3\xA6\xC3\xB8\xC3\xA5\r2,x\n\n\r\n3,\n");
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.records.size(), 4u);
    EXPECT_EQ(r.records[0].fields, fields({"id", "name"}));
    EXPECT_EQ(r.records[1].fields, fields({"1", "æøå"}));
    EXPECT_EQ(r.records[2].line, 3);
    EXPECT_EQ(r.records[3].fields, fields({"3", ""}));
    EXPECT_EQ(r.records[3].line, 6);
}

TEST(CsvReader, KeepsAByteOrderMarkThatStartsAFieldInsideTheFile)
{
    // Found by fuzz_csv_reader: only the mark at the very start of the file is an encoding
    // signature; one at the start of a field is that field's text, quoted or not.
    const Read r = read("\xEF\xBB\xBF"
                        "a,b\r\nx,\xEF\xBB\xBF\xEF\xBB\xBF"
                        "id\r\n\"\xEF\xBB\xBF"
                        "q\",y\r\n");
    ASSERT_EQ(r.records.size(), 3u);
    EXPECT_EQ(r.records[0].fields, fields({"a", "b"}));
    EXPECT_EQ(r.records[1].fields[1],
              QString(QChar(0xFEFF)) + QChar(0xFEFF) + QStringLiteral("id"));
    EXPECT_EQ(r.records[2].fields[0], QString(QChar(0xFEFF)) + QStringLiteral("q"));

    // Written first in a file, such a field is quoted, so it does not read back as the mark.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        writer.row({QString(QChar(0xFEFF)) + QStringLiteral("id"), QStringLiteral("x")});
    }
    const Read back = read(buffer.data());
    ASSERT_EQ(back.records.size(), 1u);
    EXPECT_EQ(back.records[0].fields,
              QStringList({QString(QChar(0xFEFF)) + QStringLiteral("id"), QStringLiteral("x")}));
}

TEST(CsvReader, ReadsTheLastRecordWithoutALineEndAndATrailingEmptyField)
{
    const Read r = read("a,b\n1,");
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[1].fields, fields({"1", ""}));
}

TEST(CsvReader, RefusesTextThatIsNotUtf8AtItsLine)
{
    // "ø" in Latin-1 on line 3.
    const Read r = read("a,b\n1,ok\n2,s\xF8k\n");
    EXPECT_TRUE(r.broken);
    EXPECT_TRUE(r.records.empty());
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 3);
    EXPECT_EQ(r.problems[0].reason, QStringLiteral("the file is not UTF-8 text; save it as UTF-8"));
    // Overlong forms and surrogates are not UTF-8 either.
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("a\n\xC0\xAF"), 2);
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("\xED\xA0\x80"), 1);
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("ok \xF0\x9F\x98\x80"), 0);
}

TEST(CsvReader, RefusesAnUnterminatedQuoteAtTheLineWhereTheFieldBegan)
{
    const Read r = read("a,b\n1,x\n2,\"never\nclosed\n3,y\n");
    EXPECT_TRUE(r.broken);
    ASSERT_EQ(r.records.size(), 2u);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 3);
    EXPECT_TRUE(r.problems[0].reason.startsWith(QStringLiteral("broken quoting")));
}

TEST(CsvReader, RefusesStrayQuotes)
{
    for (const QByteArray& text : {QByteArray("a,b\n1,x\"y\n"), QByteArray("a,b\n1,\"x\"y\n")}) {
        const Read r = read(text);
        EXPECT_TRUE(r.broken) << text.constData();
        ASSERT_EQ(r.problems.size(), 1u);
        EXPECT_EQ(r.problems[0].line, 2);
        EXPECT_TRUE(r.problems[0].reason.startsWith(QStringLiteral("broken quoting")));
    }
}

TEST(CsvReader, RefusesRaggedRowsNamingTheLineAndTheExpectedCountAndReadsOn)
{
    const Read r = read("a,b,c\n1,2,3\n1,2\n\"x\ny\",2,3,4\n5,6,7\n");
    EXPECT_FALSE(r.broken);
    ASSERT_EQ(r.records.size(), 3u);
    EXPECT_EQ(r.records[2].line, 6);
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].line, 3);
    EXPECT_EQ(r.problems[0].reason,
              QStringLiteral("the row has 2 columns; expected 3, as in the header"));
    EXPECT_EQ(r.problems[1].line, 4);
    EXPECT_TRUE(r.problems[1].reason.contains(QStringLiteral("4 columns")));
}

TEST(CsvReader, ReadsBackWhatCsvWriterWrites)
{
    const std::vector<QStringList> rows = {
        fields({"plain", "a,b", "say \"hi\"", "two\nlines", "", "æøå"}),
        fields({"\"", ",", "\r\n", " spaced ", "x", "\xF0\x9F\x98\x80"}),
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(buffer);
        for (const QStringList& row : rows)
            csv.row(row);
    }
    const Read r = read(buffer.data());
    ASSERT_TRUE(r.problems.empty());
    ASSERT_EQ(r.records.size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(r.records[i].fields, rows[i]);
    EXPECT_EQ(r.records[1].line, 3);
}

TEST(CsvWriter, WritesUtf8FieldsExactlyAsTheSameText)
{
    QStringList values = fields({"plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", "æøå",
                                 "mid\xEF\xBB\xBF"
                                 "bom",
                                 "\"", "\xF0\x9F\x98\x80"});
    values << QChar(0xFEFF) + QStringLiteral("bom first"); // quoted, or it reads as a file's BOM
    QBuffer asText;
    QBuffer asUtf8;
    asText.open(QIODevice::WriteOnly);
    asUtf8.open(QIODevice::WriteOnly);
    {
        CsvWriter text(asText);
        CsvWriter utf8(asUtf8);
        for (const QString& v : values) {
            text.field(v);
            const QByteArray bytes = v.toUtf8();
            utf8.fieldUtf8(bytes);
        }
        text.endRow();
        utf8.endRow();
    }
    EXPECT_EQ(asUtf8.data(), asText.data());
    const Read r = read(asUtf8.data());
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].fields, values);
}

} // namespace
