// Every SAV and DTA written here is read back through ReadStat's own reader: values, variable
// labels and value labels. Where PSPP and R's haven are installed (scripts/install-deps.sh
// installs both, so CI runs them), the files must open there with labels, user-missing codes
// and measurement levels intact.

#include "ExportTestSupport.h"
#include "exchange/ExportService.h"

#include <QProcess>
#include <QStandardPaths>
#include <map>
#include <readstat.h>

using namespace td;
using namespace tdtest;

namespace {

struct ReadBack
{
    std::vector<QString> names;
    std::map<QString, QString> labels;                         // variable -> label
    std::map<QString, QString> labelSets;                      // variable -> label set name
    std::map<QString, std::map<QString, QString>> valueLabels; // set -> value -> label
    std::vector<std::map<QString, QString>> rows;              // variable -> value as text
    std::map<QString, std::vector<double>> missingValues;      // SAV user-missing codes
};

int onVariable(int, readstat_variable_t* v, const char* valLabels, void* ctx)
{
    auto* r = static_cast<ReadBack*>(ctx);
    const QString name = QString::fromUtf8(readstat_variable_get_name(v));
    r->names.push_back(name);
    const char* label = readstat_variable_get_label(v);
    r->labels[name] = label ? QString::fromUtf8(label) : QString();
    if (valLabels)
        r->labelSets[name] = QString::fromUtf8(valLabels);
    for (int i = 0; i < readstat_variable_get_missing_ranges_count(v); ++i)
        r->missingValues[name].push_back(
            readstat_double_value(readstat_variable_get_missing_range_lo(v, i)));
    return READSTAT_HANDLER_OK;
}

QString text(readstat_value_t value)
{
    if (readstat_value_is_tagged_missing(value))
        return QStringLiteral(".%1").arg(QLatin1Char(readstat_value_tag(value)));
    if (readstat_value_is_system_missing(value))
        return QStringLiteral(".");
    switch (readstat_value_type(value)) {
    case READSTAT_TYPE_STRING:
        return QString::fromUtf8(readstat_string_value(value));
    case READSTAT_TYPE_INT8:
    case READSTAT_TYPE_INT16:
    case READSTAT_TYPE_INT32:
        return QString::number(readstat_int32_value(value));
    default:
        return QString::number(readstat_double_value(value), 'g', 15);
    }
}

int onValue(int obs, readstat_variable_t* v, readstat_value_t value, void* ctx)
{
    auto* r = static_cast<ReadBack*>(ctx);
    if (static_cast<size_t>(obs) >= r->rows.size())
        r->rows.resize(static_cast<size_t>(obs) + 1);
    r->rows[static_cast<size_t>(obs)][QString::fromUtf8(readstat_variable_get_name(v))] =
        text(value);
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char* set, readstat_value_t value, const char* label, void* ctx)
{
    static_cast<ReadBack*>(ctx)->valueLabels[QString::fromUtf8(set)][text(value)] =
        QString::fromUtf8(label);
    return READSTAT_HANDLER_OK;
}

ReadBack readBack(const QString& path, bool stata)
{
    ReadBack r;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, onVariable);
    readstat_set_value_handler(parser, onValue);
    readstat_set_value_label_handler(parser, onValueLabel);
    const QByteArray file = path.toLocal8Bit();
    const readstat_error_t rc = stata ? readstat_parse_dta(parser, file.constData(), &r)
                                      : readstat_parse_sav(parser, file.constData(), &r);
    readstat_parser_free(parser);
    EXPECT_EQ(rc, READSTAT_OK) << readstat_error_message(rc);
    return r;
}

// The day a participant was randomized.
QDate randomizedOn(Database& db, qint64 participant)
{
    return QDate::fromString(
        sqlValue(db, QStringLiteral("SELECT substr(randomized_at, 1, 10) FROM participant WHERE "
                                    "id = %1")
                         .arg(participant))
            .toString(),
        Qt::ISODate);
}

class ExportStatFileTest : public ExportTrial, public ::testing::WithParamInterface<bool>
{
protected:
    QDate randomizedOn(qint64 participant) { return ::randomizedOn(db(), participant); }
};

TEST_P(ExportStatFileTest, ReadsBackWithLabelsAndMissingCodes)
{
    const bool stata = GetParam();
    const QString path = out(stata ? QStringLiteral("wide.dta") : QStringLiteral("wide.sav"));
    auto r = ExportService(db()).exportTo(
        m_pi, stata ? *ExportFormats::find(u"dta") : *ExportFormats::find(u"sav"), path);
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_EQ(r->rows, 2);
    const ReadBack back = readBack(path, stata);
    ASSERT_EQ(back.rows.size(), 2u);
    ASSERT_GE(back.names.size(), 9u);
    EXPECT_EQ(back.names[0], QStringLiteral("study_id"));
    EXPECT_EQ(back.names[2], QStringLiteral("arm"));
    EXPECT_EQ(back.labels.at(QStringLiteral("site")), QStringLiteral("Site code"));
    EXPECT_EQ(back.labels.at(QStringLiteral("baseline_phq9_total")),
              QStringLiteral("PHQ-9 total at baseline"));

    const auto& first = back.rows[0];
    EXPECT_EQ(first.at(QStringLiteral("study_id")), m_scored.studyId);
    EXPECT_EQ(first.at(QStringLiteral("site")), QStringLiteral("1"));
    EXPECT_EQ(first.at(QStringLiteral("arm")), QStringLiteral("1"));
    EXPECT_EQ(first.at(QStringLiteral("age")), QStringLiteral("40"));
    EXPECT_EQ(first.at(QStringLiteral("baseline_phq9_total")), QStringLiteral("13"));
    EXPECT_EQ(first.at(QStringLiteral("baseline_phq9_band")), QStringLiteral("3"));
    EXPECT_EQ(first.at(QStringLiteral("baseline_hrsd17_total")), QStringLiteral("."));
    // The randomization date as a date of each program: SPSS counts seconds from 1582-10-14,
    // Stata days from 1960-01-01.
    const QDate randomized = randomizedOn(m_scored.id);
    ASSERT_TRUE(randomized.isValid());
    EXPECT_EQ(first.at(QStringLiteral("randomized_date")),
              stata ? QString::number(QDate(1960, 1, 1).daysTo(randomized))
                    : QString::number(QDate(1582, 10, 14).daysTo(randomized) * 86400));
    const auto& second = back.rows[1];
    EXPECT_EQ(second.at(QStringLiteral("arm")), QStringLiteral("2"));
    // Assessed but not scorable: -9 (user-missing) in SPSS, .a in Stata.
    EXPECT_EQ(second.at(QStringLiteral("baseline_phq9_total")),
              stata ? QStringLiteral(".a") : QStringLiteral("-9"));
    if (!stata) {
        EXPECT_EQ(back.missingValues.at(QStringLiteral("baseline_phq9_total")),
                  std::vector<double>{-9.0});
    }

    auto labelsOf = [&](const QString& variable) {
        return back.valueLabels.at(back.labelSets.at(variable));
    };
    EXPECT_EQ(labelsOf(QStringLiteral("site")).at(QStringLiteral("1")), QStringLiteral("Oslo"));
    EXPECT_EQ(labelsOf(QStringLiteral("site")).at(QStringLiteral("2")), QStringLiteral("Bergen"));
    EXPECT_EQ(labelsOf(QStringLiteral("arm")).at(QStringLiteral("1")),
              QStringLiteral("Cognitive behavioural therapy"));
    EXPECT_EQ(labelsOf(QStringLiteral("arm")).at(QStringLiteral("2")),
              QStringLiteral("Psychodynamic psychotherapy"));
    EXPECT_EQ(labelsOf(QStringLiteral("sex")).at(QStringLiteral("1")), QStringLiteral("female"));
    EXPECT_EQ(labelsOf(QStringLiteral("status")).at(QStringLiteral("6")),
              QStringLiteral("randomized"));
    EXPECT_EQ(labelsOf(QStringLiteral("baseline_phq9_band")).at(QStringLiteral("3")),
              QStringLiteral("Moderate"));
}

TEST_P(ExportStatFileTest, BlindedFileHasNoArm)
{
    const bool stata = GetParam();
    const QString path = out(stata ? QStringLiteral("b.dta") : QStringLiteral("b.sav"));
    ExportOptions blinded;
    blinded.blinded = true;
    auto r = ExportService(db()).exportTo(
        m_statistician, stata ? *ExportFormats::find(u"dta") : *ExportFormats::find(u"sav"), path,
        blinded);
    ASSERT_TRUE(r.ok()) << str(r.message());
    const ReadBack back = readBack(path, stata);
    EXPECT_EQ(std::count(back.names.begin(), back.names.end(), QStringLiteral("arm")), 0);
    EXPECT_EQ(back.rows.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(SavAndDta, ExportStatFileTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& p) {
                             return std::string(p.param ? "Dta" : "Sav");
                         });

// Runs `program` with `args`; its standard output, or a failure with its error output.
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        ADD_FAILURE() << str(program) << " did not finish";
        return {};
    }
    EXPECT_EQ(p.exitCode(), 0) << str(program) << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool writeText(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

TEST_F(ExportTrial, SavOpensInPsppWithLabelsMissingCodesAndMeasurementLevels)
{
    const QString pspp = QStandardPaths::findExecutable(QStringLiteral("pspp"));
    const QString convert = QStandardPaths::findExecutable(QStringLiteral("pspp-convert"));
    if (pspp.isEmpty() || convert.isEmpty())
        GTEST_SKIP() << "PSPP is not installed (scripts/install-deps.sh installs it)";
    const QString sav = out(QStringLiteral("wide.sav"));
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"sav"), sav).ok());

    const QString syntax = out(QStringLiteral("dictionary.sps"));
    ASSERT_TRUE(writeText(syntax, QStringLiteral("GET FILE='%1'.\nDISPLAY DICTIONARY /VARIABLES="
                                                 "site arm status baseline_phq9_total "
                                                 "baseline_phq9_band.\n")
                                      .arg(sav)));
    const QString dictionary = out(QStringLiteral("dictionary.csv"));
    run(pspp, {QStringLiteral("-O"), QStringLiteral("format=csv"), QStringLiteral("-o"), dictionary,
               syntax});
    const QStringList lines = readText(dictionary).split(QLatin1Char('\n'));
    auto hasLine = [&](const QString& start) {
        for (const QString& l : lines)
            if (l.startsWith(start))
                return true;
        return false;
    };
    // The Variables table: name, position, label, measurement level, ..., missing values.
    auto variable = [&](const QString& name) {
        for (const QString& l : lines) {
            const QStringList f = l.trimmed().split(QLatin1Char(','));
            if (f.size() == 10 && f[0] == name)
                return QStringList{f[2], f[3], f[9]};
        }
        return QStringList{QStringLiteral("<not listed>")};
    };
    const QString none;
    EXPECT_EQ(variable(QStringLiteral("arm")),
              (QStringList{QStringLiteral("Allocated arm code"), QStringLiteral("Nominal"), none}))
        << str(lines.join(QLatin1Char('\n')));
    EXPECT_EQ(variable(QStringLiteral("status")),
              (QStringList{QStringLiteral("Participant status"), QStringLiteral("Nominal"), none}));
    EXPECT_EQ(variable(QStringLiteral("baseline_phq9_total")),
              (QStringList{QStringLiteral("PHQ-9 total at baseline"), QStringLiteral("Scale"),
                           QStringLiteral("-9")}));
    EXPECT_EQ(variable(QStringLiteral("baseline_phq9_band")),
              (QStringList{QStringLiteral("PHQ-9 severity band at baseline"),
                           QStringLiteral("Ordinal"), QStringLiteral("-9")}));
    // Value labels: variable label, value, label.
    EXPECT_TRUE(hasLine(QStringLiteral("Site code,1,Oslo")));
    EXPECT_TRUE(hasLine(QStringLiteral("Allocated arm code,1,Cognitive behavioural therapy")));
    EXPECT_TRUE(hasLine(QStringLiteral(",2,Psychodynamic psychotherapy")));
    EXPECT_TRUE(hasLine(QStringLiteral(",6,randomized")));
    EXPECT_TRUE(hasLine(QStringLiteral("PHQ-9 severity band at baseline,-9[a],not scorable")));
    EXPECT_TRUE(hasLine(QStringLiteral(",3,Moderate")));

    // And the data.
    const QString csv = out(QStringLiteral("from-pspp.csv"));
    run(convert, {sav, csv});
    const auto rows = parseCsv(readText(csv)
                                   .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                   .replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].value(0), QStringLiteral("study_id"));
    EXPECT_EQ(rows[1].value(0).trimmed(), m_scored.studyId);
}

TEST_F(ExportTrial, SavAndDtaOpenInRHavenWithLabelsAndMissingCodes)
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty())
        GTEST_SKIP() << "R is not installed (scripts/install-deps.sh installs r-cran-haven)";
    const QString sav = out(QStringLiteral("wide.sav"));
    const QString dta = out(QStringLiteral("wide.dta"));
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"sav"), sav).ok());
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"dta"), dta).ok());
    // One "key=value" line per fact, for both files.
    const QString script = out(QStringLiteral("haven.R"));
    ASSERT_TRUE(writeText(script, QStringLiteral(R"(suppressMessages(library(haven))
args <- commandArgs(trailingOnly = TRUE)
show <- function(prefix, d) {
  cat(prefix, "rows=", nrow(d), "\n", sep = "")
  cat(prefix, "study_id=", paste(d$study_id, collapse = ";"), "\n", sep = "")
  cat(prefix, "total_label=", attr(d$baseline_phq9_total, "label"), "\n", sep = "")
  arms <- attr(d$arm, "labels")
  cat(prefix, "arm_labels=", paste(names(arms), arms, sep = ":", collapse = ";"), "\n", sep = "")
  cat(prefix, "arm=", paste(as.character(as_factor(d$arm)), collapse = ";"), "\n", sep = "")
  bands <- attr(d$baseline_phq9_band, "labels")
  cat(prefix, "moderate=", bands[["Moderate"]], "\n", sep = "")
  cat(prefix, "total=", paste(format(unclass(d$baseline_phq9_total)), collapse = ";"), "\n",
      sep = "")
  cat(prefix, "randomized=", class(d$randomized_date)[1], ":", format(d$randomized_date[1]),
      "\n", sep = "")
}
sav <- read_sav(args[1], user_na = TRUE)
show("sav.", sav)
cat("sav.na_values=", paste(attr(sav$baseline_phq9_total, "na_values"), collapse = ";"), "\n",
    sep = "")
dta <- read_dta(args[2])
show("dta.", dta)
cat("dta.tagged_a=", sum(is_tagged_na(dta$baseline_phq9_total, "a")), "\n", sep = "")
)")));
    QProcess probe;
    probe.start(rscript, {QStringLiteral("-e"), QStringLiteral("library(haven)")});
    probe.waitForFinished(60000);
    if (probe.exitCode() != 0)
        GTEST_SKIP() << "R's haven is not installed (scripts/install-deps.sh installs it)";

    std::map<QString, QString> facts;
    for (const QString& line : run(rscript, {script, sav, dta}).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            facts[line.left(eq)] = line.mid(eq + 1).trimmed();
    }
    for (const QString& f : {QStringLiteral("sav."), QStringLiteral("dta.")}) {
        SCOPED_TRACE(str(f));
        EXPECT_EQ(facts[f + QStringLiteral("rows")], QStringLiteral("2"));
        EXPECT_TRUE(facts[f + QStringLiteral("study_id")].startsWith(m_scored.studyId));
        EXPECT_EQ(facts[f + QStringLiteral("total_label")],
                  QStringLiteral("PHQ-9 total at baseline"));
        EXPECT_EQ(facts[f + QStringLiteral("arm_labels")],
                  QStringLiteral("Cognitive behavioural therapy:1;Psychodynamic psychotherapy:2"));
        EXPECT_EQ(facts[f + QStringLiteral("arm")],
                  QStringLiteral("Cognitive behavioural therapy;Psychodynamic psychotherapy"));
        EXPECT_EQ(facts[f + QStringLiteral("moderate")], QStringLiteral("3"));
        EXPECT_EQ(facts[f + QStringLiteral("randomized")],
                  QStringLiteral("Date:") + randomizedOn(db(), m_scored.id).toString(Qt::ISODate));
    }
    // Not scorable: the user-missing -9 in SPSS, Stata's .a (which R shows as NA).
    EXPECT_EQ(facts[QStringLiteral("sav.total")], QStringLiteral("13;-9"));
    EXPECT_EQ(facts[QStringLiteral("sav.na_values")], QStringLiteral("-9"));
    EXPECT_EQ(facts[QStringLiteral("dta.total")], QStringLiteral("13;NA"));
    EXPECT_EQ(facts[QStringLiteral("dta.tagged_a")], QStringLiteral("1"));
}

} // namespace
