// SPSS .sav and Stata .dta through ReadStat: the wide layout (one row per participant), with
// variable labels, value labels that are names (site, arm, status, sex, band; the codebook
// gives their codes) and the not-scorable missing code. Rows stream from WideReader straight into
// the file.

#include "exchange/ExportFormat.h"
#include "exchange/StatScripts.h"
#include "exchange/WideReader.h"

#include <QDate>
#include <QHash>
#include <readstat.h>

namespace td {

// One class for both programs' files, registered once for each.
class StatFileExport final : public ExportFormat
{
    // The translation context its texts have always had.
    Q_DECLARE_TR_FUNCTIONS(ExportWriters)

public:
    explicit StatFileExport(bool stata) : m_stata(stata) {}
    QString key() const override { return m_stata ? QStringLiteral("dta") : QStringLiteral("sav"); }
    QString name() const override
    {
        return m_stata ? QCoreApplication::translate("StatFileExport", "Stata data file (.dta)")
                       : QCoreApplication::translate("StatFileExport", "SPSS data file (.sav)");
    }
    QString suffix() const override { return key(); }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
    std::vector<std::pair<QString, QByteArray>> companions(const ExportContext& ctx,
                                                           const QString& fileName) const override
    {
        QStringList factors, scored;
        for (const ExportVariable& v : ExportLayout::wideFixedVariables(ctx))
            if (!v.valueLabels.empty())
                factors << v.name;
        for (const WideScore& s : ExportLayout::wideScores(ctx)) {
            const QString name = ExportLayout::wideScoreVariable(ctx, s).name;
            if (s.part == QStringLiteral("band"))
                factors << name;
            else if (ExportLayout::mayBeNotScorable(s))
                scored << name;
        }
        return statScripts(fileName, m_stata, factors, scored, false);
    }

private:
    bool m_stata;
};

namespace {

ssize_t writeBytes(const void* data, size_t len, void* ctx)
{
    auto* out = static_cast<QIODevice*>(ctx);
    return static_cast<ssize_t>(
        out->write(static_cast<const char*>(data), static_cast<qint64>(len)));
}

struct Column
{
    readstat_variable_t* variable = nullptr;
    QString name;
    bool labelled = false;
    bool text = false;
    bool date = false; // a calendar date: SPSS SDATE10 (seconds since 1582-10-14), Stata %td
    QHash<QString, int> codes; // value -> numeric code, for labelled columns
};

struct WriterGuard
{
    readstat_writer_t* writer = readstat_writer_init();
    ~WriterGuard() { readstat_writer_free(writer); }
};

QByteArray label(const QString& text, bool stata)
{
    // Stata variable labels hold at most 80 bytes.
    QByteArray utf8 = text.toUtf8();
    return stata && utf8.size() > 80 ? text.left(77).toUtf8() + "..." : utf8;
}

// The numbers the two programs store a date as.
double spssDate(const QDate& d)
{
    return static_cast<double>(QDate(1582, 10, 14).daysTo(d)) * 86400.0;
}
double stataDate(const QDate& d)
{
    return static_cast<double>(QDate(1960, 1, 1).daysTo(d));
}

QString fixedValue(const WideRow& row, const QString& name)
{
    if (name == QStringLiteral("study_id"))
        return row.studyId;
    if (name == QStringLiteral("site"))
        return row.siteCode;
    if (name == QStringLiteral("arm"))
        return row.armCode;
    if (name == QStringLiteral("status"))
        return row.status;
    if (name == QStringLiteral("age"))
        return row.age.toString();
    if (name == QStringLiteral("sex"))
        return row.sex.toString();
    if (name == QStringLiteral("education_years"))
        return row.educationYears.toString();
    if (name == QStringLiteral("episode_months"))
        return row.episodeMonths.toString();
    if (name == QStringLiteral("protocol_screened"))
        return row.protocolScreened.toString();
    if (name == QStringLiteral("protocol_randomized"))
        return row.protocolRandomized.toString();
    if (name == QStringLiteral("therapist"))
        return row.therapist;
    if (name == QStringLiteral("stratum"))
        return row.stratum;
    return row.randomizedDate;
}

} // namespace

Result<qint64> StatFileExport::write(ExportContext& ctx, QIODevice& out) const
{
    const bool stata = m_stata;
    WideReader reader(ctx);
    auto count = reader.participantCount();
    TD_TRY(count);
    WriterGuard g;
    readstat_set_data_writer(g.writer, writeBytes);
    readstat_writer_set_file_label(g.writer, "TrialDesk wide export");

    std::vector<Column> fixed;
    for (const ExportVariable& v : ExportLayout::wideFixedVariables(ctx)) {
        Column c;
        c.name = v.name;
        c.labelled = !v.valueLabels.empty();
        c.text = !c.labelled && v.type == QStringLiteral("string");
        c.date = !c.labelled && v.type == QStringLiteral("date");
        const QByteArray name = v.name.toUtf8();
        c.variable = readstat_add_variable(
            g.writer, name.constData(),
            c.text ? READSTAT_TYPE_STRING
                   : (c.labelled ? READSTAT_TYPE_INT32 : READSTAT_TYPE_DOUBLE),
            c.text ? 64 : 0);
        readstat_variable_set_label(c.variable, label(v.label, stata).constData());
        if (c.date)
            readstat_variable_set_format(c.variable, stata ? "%td" : "SDATE10");
        // SPSS's measurement level: codes are nominal, counts and years are scale.
        readstat_variable_set_measure(c.variable, c.text || c.labelled ? READSTAT_MEASURE_NOMINAL
                                                                       : READSTAT_MEASURE_SCALE);
        if (c.labelled) {
            readstat_label_set_t* set =
                readstat_add_label_set(g.writer, READSTAT_TYPE_INT32, name.constData());
            for (size_t i = 0; i < v.valueLabels.size(); ++i) {
                c.codes.insert(v.valueLabels[i].first, static_cast<int>(i + 1));
                // The name, not the code: the codebook gives number, code and name.
                readstat_label_int32_value(set, static_cast<int32_t>(i + 1),
                                           v.valueLabels[i].second.toUtf8().constData());
            }
            readstat_variable_set_label_set(c.variable, set);
        }
        fixed.push_back(std::move(c));
    }

    std::vector<readstat_variable_t*> scores;
    std::vector<double> notScoredCodes; // per score: the SAV user-missing "not scorable" code
    QHash<QString, readstat_label_set_t*> bandSets;
    for (const WideScore& s : reader.scores()) {
        const ExportVariable v = ExportLayout::wideScoreVariable(ctx, s);
        const bool band = s.part == QStringLiteral("band");
        const bool when = !ExportLayout::mayBeNotScorable(s);
        readstat_variable_t* var =
            readstat_add_variable(g.writer, v.name.toUtf8().constData(),
                                  band ? READSTAT_TYPE_INT32 : READSTAT_TYPE_DOUBLE, 0);
        readstat_variable_set_label(var, label(v.label, stata).constData());
        // A severity band is ordered; totals and subscales are scale.
        readstat_variable_set_measure(var,
                                      band ? READSTAT_MEASURE_ORDINAL : READSTAT_MEASURE_SCALE);
        if (s.part == QStringLiteral("date"))
            readstat_variable_set_format(var, stata ? "%td" : "SDATE10");
        // Dates, weeks and session summaries are there or not: no "not scorable".
        const double notScored = ExportLayout::wideNotScorable(ctx, s);
        notScoredCodes.push_back(notScored);
        if (!stata && !when)
            readstat_variable_add_missing_double_value(var, notScored);
        if (band) {
            readstat_label_set_t*& set = bandSets[s.instrument];
            if (!set) {
                set = readstat_add_label_set(
                    g.writer, READSTAT_TYPE_INT32,
                    (QStringLiteral("band_") + s.instrument).toUtf8().constData());
                for (size_t i = 0; i < v.valueLabels.size(); ++i)
                    readstat_label_int32_value(set, static_cast<int32_t>(i + 1),
                                               v.valueLabels[i].second.toUtf8().constData());
                const QByteArray ns = tr("not scorable").toUtf8();
                if (stata)
                    readstat_label_tagged_value(set, 'a', ns.constData());
                else
                    readstat_label_int32_value(set, static_cast<int32_t>(notScored),
                                               ns.constData());
            }
            readstat_variable_set_label_set(var, set);
        }
        scores.push_back(var);
    }

    readstat_error_t rc = stata ? readstat_begin_writing_dta(g.writer, &out, *count)
                                : readstat_begin_writing_sav(g.writer, &out, *count);
    auto failed = [&](readstat_error_t e) {
        return makeError(ErrorCode::Invalid,
                         tr("Writing the %1 file failed: %2")
                             .arg(stata ? QStringLiteral("Stata") : QStringLiteral("SPSS"),
                                  QString::fromUtf8(readstat_error_message(e))));
    };
    if (rc != READSTAT_OK)
        return failed(rc);
    TD_TRY(reader.start());
    WideRow row;
    qint64 rows = 0;
    while (rows < *count) {
        auto more = reader.next(row);
        TD_TRY(more);
        if (!*more)
            break;
        if ((rc = readstat_begin_row(g.writer)) != READSTAT_OK)
            return failed(rc);
        for (const Column& c : fixed) {
            const QString value = fixedValue(row, c.name);
            if (c.text) {
                rc = readstat_insert_string_value(g.writer, c.variable,
                                                  value.left(64).toUtf8().constData());
            } else if (c.date) {
                const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
                rc = date.isValid()
                         ? readstat_insert_double_value(g.writer, c.variable,
                                                        stata ? stataDate(date) : spssDate(date))
                         : readstat_insert_missing_value(g.writer, c.variable);
            } else if (c.labelled) {
                const int code = c.codes.value(value, 0);
                rc = code ? readstat_insert_int32_value(g.writer, c.variable, code)
                          : readstat_insert_missing_value(g.writer, c.variable);
            } else {
                rc = value.isEmpty()
                         ? readstat_insert_missing_value(g.writer, c.variable)
                         : readstat_insert_double_value(g.writer, c.variable, value.toDouble());
            }
            if (rc != READSTAT_OK)
                return failed(rc);
        }
        for (size_t i = 0; i < scores.size(); ++i) {
            readstat_variable_t* var = scores[i];
            const bool band = reader.scores()[i].part == QStringLiteral("band");
            const bool date = reader.scores()[i].part == QStringLiteral("date");
            if (row.values[i] && date) {
                const QDate day = QDate::fromJulianDay(static_cast<qint64>(*row.values[i]));
                rc = readstat_insert_double_value(g.writer, var,
                                                  stata ? stataDate(day) : spssDate(day));
            } else if (row.values[i])
                rc = band ? readstat_insert_int32_value(g.writer, var,
                                                        static_cast<int32_t>(*row.values[i]))
                          : readstat_insert_double_value(g.writer, var, *row.values[i]);
            else if (!row.notScorable[i])
                rc = readstat_insert_missing_value(g.writer, var);
            else if (stata)
                rc = readstat_insert_tagged_missing_value(g.writer, var, 'a');
            else
                rc = band ? readstat_insert_int32_value(g.writer, var,
                                                        static_cast<int32_t>(notScoredCodes[i]))
                          : readstat_insert_double_value(g.writer, var, notScoredCodes[i]);
            if (rc != READSTAT_OK)
                return failed(rc);
        }
        if ((rc = readstat_end_row(g.writer)) != READSTAT_OK)
            return failed(rc);
        ++rows;
    }
    if ((rc = readstat_end_writing(g.writer)) != READSTAT_OK)
        return failed(rc);
    return rows;
}

const ExportFormat& savExport()
{
    static const StatFileExport format(false);
    return format;
}

const ExportFormat& dtaExport()
{
    static const StatFileExport format(true);
    return format;
}

} // namespace td
