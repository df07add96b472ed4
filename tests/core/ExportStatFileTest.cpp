// Every SAV and DTA written here is read back through ReadStat's own reader: values, variable
// labels and value labels. With pspp on PATH, the SAV must also open in PSPP.

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

class ExportStatFileTest : public ExportTrial, public ::testing::WithParamInterface<bool>
{
};

TEST_P(ExportStatFileTest, ReadsBackWithLabelsAndMissingCodes)
{
    const bool stata = GetParam();
    const QString path = out(stata ? QStringLiteral("wide.dta") : QStringLiteral("wide.sav"));
    auto r =
        ExportService(db()).exportTo(m_pi, stata ? ExportFormat::Dta : ExportFormat::Sav, path);
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
    EXPECT_EQ(labelsOf(QStringLiteral("site")).at(QStringLiteral("1")), QStringLiteral("OSL"));
    EXPECT_EQ(labelsOf(QStringLiteral("site")).at(QStringLiteral("2")), QStringLiteral("BRG"));
    EXPECT_EQ(labelsOf(QStringLiteral("arm")).at(QStringLiteral("1")), QStringLiteral("CBT"));
    EXPECT_EQ(labelsOf(QStringLiteral("arm")).at(QStringLiteral("2")), QStringLiteral("PDT"));
    EXPECT_EQ(labelsOf(QStringLiteral("sex")).at(QStringLiteral("1")), QStringLiteral("female"));
    EXPECT_EQ(labelsOf(QStringLiteral("status")).at(QStringLiteral("6")),
              QStringLiteral("randomized"));
    EXPECT_EQ(labelsOf(QStringLiteral("baseline_phq9_band")).at(QStringLiteral("3")),
              QStringLiteral("moderate"));
}

TEST_P(ExportStatFileTest, BlindedFileHasNoArm)
{
    const bool stata = GetParam();
    const QString path = out(stata ? QStringLiteral("b.dta") : QStringLiteral("b.sav"));
    ExportOptions blinded;
    blinded.blinded = true;
    auto r = ExportService(db()).exportTo(
        m_statistician, stata ? ExportFormat::Dta : ExportFormat::Sav, path, blinded);
    ASSERT_TRUE(r.ok()) << str(r.message());
    const ReadBack back = readBack(path, stata);
    EXPECT_EQ(std::count(back.names.begin(), back.names.end(), QStringLiteral("arm")), 0);
    EXPECT_EQ(back.rows.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(SavAndDta, ExportStatFileTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& p) {
                             return std::string(p.param ? "Dta" : "Sav");
                         });

TEST_F(ExportTrial, SavOpensInPspp)
{
    const QString pspp = QStandardPaths::findExecutable(QStringLiteral("pspp-convert"));
    if (pspp.isEmpty())
        GTEST_SKIP() << "pspp-convert is not installed";
    const QString sav = out(QStringLiteral("wide.sav"));
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, ExportFormat::Sav, sav).ok());
    const QString csv = out(QStringLiteral("from-pspp.csv"));
    QProcess p;
    p.start(pspp, {sav, csv});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const auto rows = parseCsv(readText(csv)
                                   .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                   .replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].value(0), QStringLiteral("study_id"));
    EXPECT_EQ(rows[1].value(0).trimmed(), m_scored.studyId);
}

} // namespace
