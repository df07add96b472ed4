// The long SPSS and Stata files with items (sav-long, dta-long): one row per participant x
// visit x instrument, items as phq9_1 ..., value labels that are names, the "not scorable"
// code below the scale, and the R script and Stata do-file written beside them. They must open
// in PSPP and in R's haven with their labels, and the R script must load a file a model
// formula can use (these parts skip with a message where PSPP or R is missing; CI has both).

#include "ExportTestSupport.h"
#include "exchange/ExportService.h"
#include "exchange/RedcapDictionaryImport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <iostream>
#include <map>

using namespace td;
using namespace tdtest;

namespace {

QString run(const QString& program, const QStringList& args, const QString& folder = {})
{
    QProcess p;
    if (!folder.isEmpty())
        p.setWorkingDirectory(folder);
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

std::map<QString, QString> facts(const QString& output)
{
    std::map<QString, QString> out;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            out[line.left(eq)] = line.mid(eq + 1).trimmed();
    }
    return out;
}

// The export trial (two baseline PHQ-9s, one not scorable) and a week-8 PHQ-9 of the scored
// participant, so a model has a slope to fit.
class LongStatFileTest : public ExportTrial
{
protected:
    void SetUp() override
    {
        ExportTrial::SetUp();
        if (HasFatalFailure())
            return;
        const qint64 w8 =
            addVisit(QStringLiteral("w8"), 8, 60, {{QStringLiteral("phq9"), Rater::SelfReport}});
        Assessment a;
        a.participantId = m_scored.id;
        a.timePointId = w8;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today();
        a.items = QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")};
        a.status = AssessmentStatus::Complete;
        must(AssessmentRepository(db()).save(m_coordinator, a), "w8");
    }

    QString exportLong(bool stata, bool blinded = false)
    {
        const QString path = out(stata ? QStringLiteral("long.dta") : QStringLiteral("long.sav"));
        ExportOptions options;
        options.blinded = blinded;
        auto r = ExportService(db()).exportTo(
            m_statistician, *ExportFormats::find(stata ? u"dta-long" : u"sav-long"), path, options);
        EXPECT_TRUE(r.ok()) << str(r.message());
        if (r.ok()) {
            EXPECT_EQ(r->rows, 3);
        }
        return path;
    }
};

TEST_F(LongStatFileTest, TheScriptsAreWrittenBesideTheFileAndNeverOverAnother)
{
    exportLong(false);
    EXPECT_TRUE(QFileInfo::exists(out(QStringLiteral("read_trialdesk_long_sav.R"))));
    EXPECT_TRUE(QFileInfo::exists(out(QStringLiteral("read_trialdesk_long_sav.do"))));
    const QString script = readText(out(QStringLiteral("read_trialdesk_long_sav.R")));
    EXPECT_TRUE(script.contains(QStringLiteral("read_sav(trialdesk_file, user_na = TRUE)")));
    EXPECT_TRUE(readText(out(QStringLiteral("read_trialdesk_long_sav.do")))
                    .contains(QStringLiteral("import spss using \"long.sav\", clear")));
    // A second export to the same name is refused (the file and its scripts exist) ...
    auto again = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"sav-long"),
                                              out(QStringLiteral("long.sav")));
    EXPECT_FALSE(again.ok());
    // ... and a Stata file of another name gets scripts of its own.
    auto dta = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"dta-long"),
                                            out(QStringLiteral("long.dta")));
    ASSERT_TRUE(dta.ok()) << str(dta.message());
    EXPECT_TRUE(readText(out(QStringLiteral("read_trialdesk_long_dta.do")))
                    .contains(QStringLiteral("use \"long.dta\", clear")));
    EXPECT_TRUE(readText(out(QStringLiteral("read_trialdesk_long_sav.do")))
                    .contains(QStringLiteral("import spss")))
        << "the .sav's do-file is not overwritten";
}

TEST_F(LongStatFileTest, TheCommandLineNamesTheScriptsItWrote)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("statistician")).toUtf8());
    const CliResult r = runCli({QStringLiteral("export"), QStringLiteral("--db"), dbPath(),
                                QStringLiteral("--user"), QStringLiteral("statistician"),
                                QStringLiteral("--format"), QStringLiteral("dta-long"),
                                QStringLiteral("--out"), out(QStringLiteral("cli.dta"))});
    EXPECT_EQ(r.exitCode, 0) << str(r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exported 3 rows (dta-long) to"))) << str(r.out);
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("read_trialdesk_cli_dta.R, read_trialdesk_cli_dta.do")))
        << str(r.out);
}

TEST_F(LongStatFileTest, TheBlindedLongFileHasNoArm)
{
    const QString sav = exportLong(false, true);
    const QString codebook = out(QStringLiteral("codebook.csv"));
    ExportOptions options;
    options.blinded = true;
    ASSERT_TRUE(ExportService(db())
                    .exportTo(m_statistician, *ExportFormats::find(u"codebook"), codebook, options)
                    .ok());
    const QString text = readText(codebook);
    EXPECT_TRUE(text.contains(QStringLiteral("phq9_1"))) << "the codebook lists the items";
    EXPECT_FALSE(readText(out(QStringLiteral("read_trialdesk_long_sav.R")))
                     .contains(QStringLiteral("\"arm\"")));
    QFile f(sav);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_FALSE(bytes.contains("Allocated arm"));
    EXPECT_FALSE(bytes.contains("CBT"));
}

TEST_F(LongStatFileTest, LongSavOpensInPsppWithItemLabels)
{
    const QString pspp = QStandardPaths::findExecutable(QStringLiteral("pspp"));
    if (pspp.isEmpty())
        GTEST_SKIP() << "PSPP is not installed (scripts/install-deps.sh installs it)";
    // A form made by a REDCap dictionary: its choices are value labels of its items.
    auto dictionary = RedcapDictionaryImport(db()).run(
        m_admin, QStringLiteral(TD_SOURCE_DIR "/tests/data/redcap/norsk-livskvalitet.csv"));
    ASSERT_TRUE(dictionary.ok() && dictionary->ok());
    const QString sav = exportLong(false);
    const QString syntax = out(QStringLiteral("dictionary.sps"));
    ASSERT_TRUE(
        writeText(syntax, QStringLiteral("GET FILE='%1'.\nDISPLAY DICTIONARY /VARIABLES="
                                         "study_id visit instrument total phq9_1 "
                                         "phq9_9 livskvalitet_1.\nDESCRIPTIVES /VARIABLES=total.\n")
                              .arg(sav)));
    const QString result = out(QStringLiteral("dictionary.csv"));
    run(pspp,
        {QStringLiteral("-O"), QStringLiteral("format=csv"), QStringLiteral("-o"), result, syntax});
    const QString text = readText(result);
    EXPECT_TRUE(text.contains(QStringLiteral("PHQ-9 item 1: Little interest or pleasure in doing "
                                             "things")))
        << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Patient Health Questionnaire"))) << str(text);
    // total: the user-missing "not scorable" code; descriptives count the two scored rows.
    EXPECT_TRUE(text.contains(QStringLiteral("Total score of the row's instrument"))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral(",-9"))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral(",2,Ganske fornøyd"))) << str(text);
    EXPECT_TRUE(text.contains(QStringLiteral(",-1,Vet ikke"))) << str(text);
}

TEST_F(LongStatFileTest, RsHavenLoadsTheLongFileThroughItsScriptAndFitsAModel)
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty())
        GTEST_SKIP() << "R is not installed (scripts/install-deps.sh installs r-cran-haven)";
    QProcess probe;
    probe.start(rscript, {QStringLiteral("-e"), QStringLiteral("library(haven)")});
    probe.waitForFinished(60000);
    if (probe.exitCode() != 0)
        GTEST_SKIP() << "R's haven is not installed (scripts/install-deps.sh installs it)";
    exportLong(false);
    exportLong(true);
    const QString check = out(QStringLiteral("check.R"));
    ASSERT_TRUE(writeText(check, QStringLiteral(R"(args <- commandArgs(trailingOnly = TRUE)
for (f in args) {
  source(paste0("read_trialdesk_", sub("[.]", "_", f), ".R"))
  p <- paste0(sub(".*[.]", "", f), ".")
  cat(p, "rows=", nrow(trialdesk), "\n", sep = "")
  cat(p, "item_label=", attr(raw$phq9_1, "label"), "\n", sep = "")
  cat(p, "instrument=", as.character(trialdesk$instrument[1]), "\n", sep = "")
  cat(p, "visit_factor=", is.factor(trialdesk$visit), "\n", sep = "")
  cat(p, "arm=", paste(as.character(trialdesk$arm), collapse = ";"), "\n", sep = "")
  cat(p, "date=", class(trialdesk$date)[1], "\n", sep = "")
  cat(p, "not_scorable=", sum(trialdesk$total_not_scorable), "\n", sep = "")
  cat(p, "total=", paste(trialdesk$total, collapse = ";"), "\n", sep = "")
  cat(p, "item_numeric=", is.numeric(trialdesk$phq9_1), "\n", sep = "")
  m <- lm(total ~ weeks_since_randomization, data = trialdesk)
  cat(p, "model_rows=", nobs(m), "\n", sep = "")
  if (requireNamespace("lme4", quietly = TRUE)) {
    mm <- lme4::lFormula(total ~ weeks_since_randomization + (1 | study_id), data = trialdesk,
                         control = lme4::lmerControl(check.nobs.vs.nlev = "ignore",
                                                     check.nobs.vs.nRE = "ignore",
                                                     check.nlev.gtr.1 = "ignore"))
    cat(p, "lme4_rows=", nrow(mm$X), "\n", sep = "")
  }
}
)")));
    const auto f = facts(run(
        rscript, {check, QStringLiteral("long.sav"), QStringLiteral("long.dta")}, m_dir.path()));
    for (const QString& p : {QStringLiteral("sav."), QStringLiteral("dta.")}) {
        SCOPED_TRACE(str(p));
        EXPECT_EQ(f.count(p + QStringLiteral("rows")) ? f.at(p + QStringLiteral("rows"))
                                                      : QString(),
                  QStringLiteral("3"));
        EXPECT_EQ(f.at(p + QStringLiteral("item_label")),
                  QStringLiteral("PHQ-9 item 1: Little interest or pleasure in doing things"));
        EXPECT_EQ(f.at(p + QStringLiteral("instrument")),
                  QStringLiteral("Patient Health Questionnaire-9"));
        EXPECT_EQ(f.at(p + QStringLiteral("visit_factor")), QStringLiteral("TRUE"));
        EXPECT_EQ(f.at(p + QStringLiteral("date")), QStringLiteral("Date"));
        EXPECT_EQ(f.at(p + QStringLiteral("not_scorable")), QStringLiteral("1"));
        EXPECT_EQ(f.at(p + QStringLiteral("item_numeric")), QStringLiteral("TRUE"));
        EXPECT_EQ(f.at(p + QStringLiteral("model_rows")), QStringLiteral("2"));
        if (f.count(p + QStringLiteral("lme4_rows")))
            EXPECT_EQ(f.at(p + QStringLiteral("lme4_rows")), QStringLiteral("2"));
        else
            std::cout << "lme4 is not installed: the model formula ran through lm() only\n";
    }
}

} // namespace
