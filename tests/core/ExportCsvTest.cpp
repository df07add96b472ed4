#include "ExportTestSupport.h"
#include "exchange/CsvWriter.h"
#include "exchange/ExportService.h"

#include <QBuffer>
#include <QFileInfo>
#include <cmath>

using namespace td;
using namespace tdtest;

namespace {

class ExportCsvTest : public ExportTrial
{
protected:
    Result<ExportSummary> run(const Actor& a, const ExportFormat& f, const QString& name,
                              ExportOptions o = {})
    {
        return ExportService(db()).exportTo(a, f, out(name), o);
    }
};

TEST(CsvWriter, QuotesOnlyWhatRfc4180Needs)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(buffer);
        csv.row({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                 QStringLiteral("two\nlines"), QString(), QStringLiteral("æøå")});
    }
    EXPECT_EQ(QString::fromUtf8(buffer.data()),
              QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,æøå\r\n"));
}

TEST_F(ExportCsvTest, LongCsvHasTheDocumentedHeaderAndAKnownRow)
{
    auto r = run(m_pi, *ExportFormats::find(u"csv-long"), QStringLiteral("long.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_EQ(r->rows, 2);
    const QString text = readText(out(QStringLiteral("long.csv")));
    QStringList items;
    for (int i = 1; i <= 21; ++i)
        items << QStringLiteral("item_%1").arg(i);
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("study_id,site,arm,stratum,age,sex,education_years,episode_months,visit,"
                       "session_number,instrument,weeks_since_randomization,date,rater,status,"
                       "missing_reason,out_of_window,") +
        items.join(QLatin1Char(',')) +
        QStringLiteral(",total,band,complete,prorated,flags,rfq_c,rfq_u\r\n")))
        << str(text.left(400));
    const auto csv = parseCsv(text);
    ASSERT_EQ(csv.size(), 3u);
    for (const QStringList& row : csv)
        EXPECT_EQ(row.size(), csv.front().size());
    EXPECT_EQ(cell(csv, 1, QStringLiteral("study_id")), m_scored.studyId);
    EXPECT_EQ(cell(csv, 1, QStringLiteral("site")), QStringLiteral("OSL"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("arm")), QStringLiteral("CBT"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("age")), QStringLiteral("40"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("sex")), QStringLiteral("female"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("visit")), QStringLiteral("baseline"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("instrument")), QStringLiteral("phq9"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("weeks_since_randomization")), QStringLiteral("4.3"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("date")), today().toString(Qt::ISODate));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("rater")), QStringLiteral("coordinator"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("missing_reason")), awkwardReason());
    EXPECT_EQ(cell(csv, 1, QStringLiteral("item_3")), QStringLiteral("3"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("item_10")), QStringLiteral("1"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("item_11")), QString());
    EXPECT_EQ(cell(csv, 1, QStringLiteral("total")), QStringLiteral("13"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("band")), QStringLiteral("moderate"));
    // The not-scorable one: missing items are empty cells, and so is the total.
    EXPECT_EQ(cell(csv, 2, QStringLiteral("item_2")), QString());
    EXPECT_EQ(cell(csv, 2, QStringLiteral("total")), QString());
    EXPECT_EQ(cell(csv, 2, QStringLiteral("arm")), QStringLiteral("PDT"));
    // The awkward reason is quoted once, with its quotes doubled.
    EXPECT_TRUE(text.contains(QStringLiteral(",\"Said \"\"later\"\", then left\nearly; æøå\",")));
}

TEST_F(ExportCsvTest, BlindedExportsCarryNoArmOrTherapist)
{
    ExportOptions blinded;
    blinded.blinded = true;
    // Sessions follow the arm: a blinded data set has no sessions file (DisclosureTest).
    EXPECT_FALSE(
        run(m_statistician, *ExportFormats::find(u"sessions"), QStringLiteral("s.csv"), blinded)
            .ok());
    for (const ExportFormat* f :
         {ExportFormats::find(u"csv-long"), ExportFormats::find(u"csv-wide")}) {
        const QString name = f->key() + QStringLiteral(".csv");
        auto r = run(m_statistician, *f, name, blinded);
        ASSERT_TRUE(r.ok()) << str(r.message());
        EXPECT_FALSE(r->withArms);
        const auto csv = parseCsv(readText(out(name)));
        ASSERT_FALSE(csv.empty());
        EXPECT_FALSE(csv.front().contains(QStringLiteral("arm"))) << str(name);
        EXPECT_FALSE(csv.front().contains(QStringLiteral("therapist"))) << str(name);
        const QString text = readText(out(name));
        EXPECT_FALSE(text.contains(QStringLiteral("CBT")) || text.contains(QStringLiteral("PDT")));
    }
    auto pi = run(m_pi, *ExportFormats::find(u"sessions"), QStringLiteral("pi-sessions.csv"));
    ASSERT_TRUE(pi.ok());
    EXPECT_TRUE(parseCsv(readText(out(QStringLiteral("pi-sessions.csv"))))
                    .front()
                    .contains(QStringLiteral("therapist")));
}

TEST_F(ExportCsvTest, RolesWithoutExportDataAreRefusedAndNothingIsWritten)
{
    for (const Actor* a : {&m_coordinator, &m_therapist, &m_assessor, &m_admin}) {
        const qint64 lastAudit = lastAuditId(db());
        const QString name = QStringLiteral("refused-%1.csv").arg(a->username);
        auto r = run(*a, *ExportFormats::find(u"csv-long"), name);
        ASSERT_FALSE(r.ok()) << str(a->username);
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
        EXPECT_FALSE(QFileInfo::exists(out(name)));
        EXPECT_EQ(lastAuditId(db()), lastAudit);
    }
}

TEST_F(ExportCsvTest, EveryExportIsAudited)
{
    const qint64 before = lastAuditId(db());
    auto r = run(m_statistician, *ExportFormats::find(u"csv-wide"), QStringLiteral("wide.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("exported"));
    EXPECT_EQ(rows[0].entity, QStringLiteral("export"));
    EXPECT_EQ(rows[0].username, QStringLiteral("statistician"));
    EXPECT_EQ(rows[0].newValue.toString(), QStringLiteral("csv-wide; 2 rows; wide.csv"));
}

TEST_F(ExportCsvTest, WideCsvHasOneRowPerParticipantWithVisitTotals)
{
    auto r = run(m_pi, *ExportFormats::find(u"csv-wide"), QStringLiteral("wide.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    const auto csv = parseCsv(readText(out(QStringLiteral("wide.csv"))));
    ASSERT_EQ(csv.size(), 3u);
    EXPECT_EQ(csv.front().mid(0, 11).join(QLatin1Char(',')),
              QStringLiteral("study_id,site,arm,status,age,sex,education_years,episode_months,"
                             "randomized_date,protocol_screened,protocol_randomized"));
    // The protocol version each participant was screened and randomized under.
    EXPECT_EQ(cell(csv, 1, QStringLiteral("protocol_screened")), QStringLiteral("1"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("protocol_randomized")),
              cell(csv, 1, QStringLiteral("randomized_date")).isEmpty() ? QString()
                                                                        : QStringLiteral("1"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("baseline_phq9_total")), QStringLiteral("13"));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("baseline_phq9_band")), QStringLiteral("moderate"));
    EXPECT_EQ(cell(csv, 2, QStringLiteral("baseline_phq9_total")), QString());
    EXPECT_EQ(cell(csv, 1, QStringLiteral("baseline_hrsd17_total")), QString());
}

TEST_F(ExportCsvTest, WideCsvHasVisitDatesWeeksTherapistAndStratum)
{
    ASSERT_TRUE(
        run(m_statistician, *ExportFormats::find(u"csv-wide"), QStringLiteral("w.csv")).ok());
    const auto csv = parseCsv(readText(out(QStringLiteral("w.csv"))));
    ASSERT_EQ(csv.size(), 3u);
    const qint64 therapist =
        sqlValue(db(), QStringLiteral("SELECT therapist_id FROM participant WHERE study_id = '%1'")
                           .arg(m_scored.studyId))
            .toLongLong();
    EXPECT_EQ(cell(csv, 1, QStringLiteral("therapist")), QStringLiteral("T%1").arg(therapist));
    EXPECT_TRUE(csv.front().contains(QStringLiteral("stratum")));
    EXPECT_EQ(cell(csv, 1, QStringLiteral("baseline_phq9_date")), today().toString(Qt::ISODate));
    const QDate randomized = QDate::fromString(
        sqlValue(db(), QStringLiteral("SELECT substr(randomized_at, 1, 10) FROM participant "
                                      "WHERE study_id = '%1'")
                           .arg(m_scored.studyId))
            .toString(),
        Qt::ISODate);
    EXPECT_EQ(cell(csv, 1, QStringLiteral("baseline_phq9_weeks")),
              QString::number(std::round(randomized.daysTo(today()) / 7.0 * 10) / 10, 'g', 15));
    // Blinded: no therapist, the rest stays.
    ExportOptions blinded;
    blinded.blinded = true;
    ASSERT_TRUE(
        run(m_statistician, *ExportFormats::find(u"csv-wide"), QStringLiteral("b.csv"), blinded)
            .ok());
    const auto b = parseCsv(readText(out(QStringLiteral("b.csv"))));
    EXPECT_FALSE(b.front().contains(QStringLiteral("therapist")));
    EXPECT_TRUE(b.front().contains(QStringLiteral("baseline_phq9_weeks")));
}

TEST_F(ExportCsvTest, CodebookDescribesEveryVariableAndTheScoringChoices)
{
    ASSERT_TRUE(run(m_pi, *ExportFormats::find(u"csv-long"), QStringLiteral("long.csv")).ok());
    ASSERT_TRUE(run(m_pi, *ExportFormats::find(u"csv-wide"), QStringLiteral("wide.csv")).ok());
    ASSERT_TRUE(run(m_pi, *ExportFormats::find(u"codebook"), QStringLiteral("codebook.csv")).ok());
    const auto book = parseCsv(readText(out(QStringLiteral("codebook.csv"))));
    ASSERT_FALSE(book.empty());
    EXPECT_EQ(book.front().join(QLatin1Char(',')),
              QStringLiteral("file,variable,label,type,allowed_values,value_labels,sav_dta_codes,"
                             "missing_codes,instrument,visit,scoring"));
    auto documented = [&](const QString& file, const QString& var) {
        for (const QStringList& row : book)
            if (row.value(0) == file && row.value(1) == var)
                return true;
        return false;
    };
    for (const auto& [file, csvName] :
         {std::pair{QStringLiteral("long"), QStringLiteral("long.csv")},
          std::pair{QStringLiteral("wide"), QStringLiteral("wide.csv")}}) {
        const auto exported = parseCsv(readText(out(csvName)));
        ASSERT_FALSE(exported.empty());
        for (const QString& var : exported.front())
            EXPECT_TRUE(documented(file, var)) << str(file) << " " << str(var);
    }
    QString phq9Scoring;
    for (const QStringList& row : book)
        if (row.value(0) == QStringLiteral("instrument") && row.value(1) == QStringLiteral("phq9"))
            phq9Scoring = row.value(10);
    EXPECT_TRUE(phq9Scoring.contains(QStringLiteral("prorated"))) << str(phq9Scoring);
    EXPECT_TRUE(phq9Scoring.contains(QStringLiteral("round_half_up"))) << str(phq9Scoring);
    EXPECT_TRUE(readText(out(QStringLiteral("codebook.csv"))).contains(QStringLiteral("ISO 8601")));
}

TEST_F(ExportCsvTest, CommandLineExportsWithThePasswordFromTheEnvironment)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("pi")).toUtf8());
    const CliResult ok = runCli({QStringLiteral("export"), QStringLiteral("--db"), dbPath(),
                                 QStringLiteral("--user"), QStringLiteral("pi"),
                                 QStringLiteral("--format"), QStringLiteral("csv-long"),
                                 QStringLiteral("--out"), out(QStringLiteral("cli.csv"))});
    EXPECT_EQ(ok.exitCode, 0) << str(ok.err);
    EXPECT_EQ(parseCsv(readText(out(QStringLiteral("cli.csv")))).size(), 3u);
    const CliResult bad =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), dbPath(),
                QStringLiteral("--user"), QStringLiteral("pi"), QStringLiteral("--format"),
                QStringLiteral("xlsx"), QStringLiteral("--out"), out(QStringLiteral("x.xlsx"))});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("csv-long"))) << str(bad.err);
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const CliResult refused =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), dbPath(),
                QStringLiteral("--user"), QStringLiteral("coordinator"), QStringLiteral("--format"),
                QStringLiteral("sav"), QStringLiteral("--out"), out(QStringLiteral("c.sav"))});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("c.sav"))));
    // The allocation list: the statistician's alone.
    const QStringList allocation = {
        QStringLiteral("export"),     QStringLiteral("--db"),       dbPath(),
        QStringLiteral("--format"),   QStringLiteral("allocation"), QStringLiteral("--out"),
        out(QStringLiteral("a.csv")), QStringLiteral("--user")};
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("pi")).toUtf8());
    const CliResult piRefused = runCli(allocation + QStringList{QStringLiteral("pi")});
    EXPECT_EQ(piRefused.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("a.csv"))));
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("statistician")).toUtf8());
    const CliResult listed = runCli(allocation + QStringList{QStringLiteral("statistician")});
    EXPECT_EQ(listed.exitCode, 0) << str(listed.err);
    EXPECT_TRUE(readText(out(QStringLiteral("a.csv"))).startsWith(QStringLiteral("source,")));
    qunsetenv("TRIALDESK_PASSWORD");
}

} // namespace
