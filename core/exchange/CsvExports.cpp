// The CSV exports: long (one row per assessment), wide (one row per participant) and sessions.
// Language-neutral on purpose: UTF-8, ISO 8601 dates, a decimal point, codes not labels.

#include "exchange/CsvWriter.h"
#include "exchange/ExportWriters.h"
#include "exchange/WideRows.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlError>

namespace td {

namespace {

QString number(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QString::number(v.toDouble(), 'g', 15);
}

// Rows come grouped by participant: the randomization date is parsed once per participant.
QString weeksBetween(const QString& randomizedAt, const QString& date)
{
    static thread_local QString lastText;
    static thread_local QDate lastDate;
    if (randomizedAt.isEmpty())
        return {};
    if (randomizedAt != lastText) {
        lastText = randomizedAt;
        lastDate = QDate::fromString(randomizedAt.left(10), Qt::ISODate);
    }
    const QDate from = lastDate;
    const QDate to = QDate::fromString(date, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return {};
    return QString::number(static_cast<double>(from.daysTo(to)) / 7.0, 'f', 1);
}

void header(CsvWriter& csv, const std::vector<ExportVariable>& vars)
{
    for (const ExportVariable& v : vars)
        csv.field(v.name);
    csv.endRow();
}

} // namespace

Error ExportWriters::writeFailed(const QIODevice& out)
{
    return makeError(ErrorCode::Database,
                     tr("Writing the export file failed: %1").arg(out.errorString()));
}

QString ExportWriters::longQuery()
{
    return QStringLiteral(
        "SELECT p.study_id, s.code, ar.code, al.stratum, p.age, p.sex, p.education_years, "
        "p.episode_months, tp.code, ts.session_number, a.instrument_id, p.randomized_at, "
        "a.assessment_date, u.username, a.status, a.missing_reason, a.item_values, sc.total, "
        "sc.band, sc.complete, sc.prorated, sc.flags, sc.subscales FROM assessment a JOIN "
        "participant p ON p.id = a.participant_id JOIN site s ON s.id = p.site_id LEFT JOIN arm "
        "ar ON ar.id = p.arm_id LEFT JOIN allocation al ON al.participant_id = p.id LEFT JOIN "
        "time_point tp ON tp.id = a.time_point_id LEFT JOIN therapy_session ts ON ts.id = "
        "a.session_id JOIN users u ON u.id = a.rater_id LEFT JOIN assessment_score sc ON "
        "sc.assessment_id = a.id WHERE a.removed = 0 ORDER BY a.participant_id, a.id");
}

Result<qint64> ExportWriters::longCsv(ExportContext& ctx, QIODevice& out)
{
    const int items = ExportLayout::maxItems(ctx);
    const QStringList subscales = ExportLayout::subscaleIds(ctx);
    CsvWriter csv(out);
    header(csv, ExportLayout::longVariables(ctx));
    auto q = ctx.db.exec(longQuery());
    TD_TRY(q);
    QSqlQuery& r = **q;
    qint64 rows = 0;
    std::vector<QString> sub(static_cast<size_t>(subscales.size()));
    while (r.next()) {
        for (int c = 0; c < 2; ++c)
            csv.field(r.value(c).toString());
        if (ctx.showArms)
            csv.field(r.value(2).toString());
        for (int c = 3; c < 11; ++c)
            csv.field(r.value(c).toString());
        const QString date = r.value(12).toString();
        csv.field(weeksBetween(r.value(11).toString(), date));
        csv.field(date);
        for (int c = 13; c < 16; ++c)
            csv.field(r.value(c).toString());
        const QString values = r.value(16).toString();
        int written = 0;
        for (QStringView item : QStringView(values).split(QLatin1Char(','))) {
            if (written == items)
                break;
            csv.field(item == u"NA" ? QStringView() : item);
            ++written;
        }
        for (; written < items; ++written)
            csv.field(QStringView());
        csv.field(number(r.value(17)));
        csv.field(r.value(18).toString());
        csv.field(r.value(19).toString());
        csv.field(r.value(20).toString());
        csv.field(r.value(21).toString().replace(QLatin1Char(','), QLatin1Char(';')));
        std::fill(sub.begin(), sub.end(), QString());
        const QString stored = r.value(22).toString();
        if (!stored.isEmpty())
            for (const QString& part : stored.split(QLatin1Char(';'))) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                const qsizetype i = subscales.indexOf(part.left(eq));
                if (eq > 0 && i >= 0)
                    sub[static_cast<size_t>(i)] = part.mid(eq + 1);
            }
        for (const QString& s : sub)
            csv.field(s);
        csv.endRow();
        ++rows;
    }
    if (r.lastError().isValid())
        return ctx.db.sqlError(r, QStringLiteral("long export"));
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

Result<qint64> ExportWriters::wideCsv(ExportContext& ctx, QIODevice& out)
{
    WideReader reader(ctx);
    TD_TRY(reader.start());
    CsvWriter csv(out);
    std::vector<ExportVariable> vars = ExportLayout::wideFixedVariables(ctx);
    for (const WideScore& s : reader.scores())
        vars.push_back(ExportLayout::wideScoreVariable(ctx, s));
    header(csv, vars);
    WideRow row;
    qint64 rows = 0;
    while (true) {
        auto more = reader.next(row);
        TD_TRY(more);
        if (!*more)
            break;
        csv.field(row.studyId);
        csv.field(row.siteCode);
        if (ctx.showArms)
            csv.field(row.armCode);
        csv.field(row.status);
        csv.field(row.age.toString());
        csv.field(row.sex.toString());
        csv.field(row.educationYears.toString());
        csv.field(row.episodeMonths.toString());
        csv.field(row.randomizedDate);
        for (size_t i = 0; i < row.values.size(); ++i) {
            const WideScore& s = reader.scores()[i];
            if (!row.values[i]) {
                csv.field(QStringView());
            } else if (s.part == QStringLiteral("band")) {
                const InstrumentDefinition* d = ctx.catalog.find(s.instrument);
                csv.field(d->bands[static_cast<size_t>(*row.values[i]) - 1].key);
            } else {
                csv.field(QString::number(*row.values[i], 'g', 15));
            }
        }
        csv.endRow();
        ++rows;
    }
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

Result<qint64> ExportWriters::sessionsCsv(ExportContext& ctx, QIODevice& out)
{
    CsvWriter csv(out);
    header(csv, ExportLayout::sessionVariables(ctx));
    auto q = ctx.db.exec(QStringLiteral(
        "SELECT p.study_id, s.code, ar.code, u.username, t.session_number, t.kind, "
        "t.session_date, t.attendance, t.duration_minutes FROM therapy_session t JOIN "
        "participant p ON p.id = t.participant_id JOIN site s ON s.id = p.site_id LEFT JOIN arm "
        "ar ON ar.id = p.arm_id JOIN users u ON u.id = t.therapist_id WHERE t.removed = 0 ORDER "
        "BY t.participant_id, t.session_date, t.session_number, t.id"));
    TD_TRY(q);
    QSqlQuery& r = **q;
    qint64 rows = 0;
    while (r.next()) {
        csv.field(r.value(0).toString());
        csv.field(r.value(1).toString());
        if (ctx.showArms) {
            csv.field(r.value(2).toString());
            csv.field(r.value(3).toString());
        }
        for (int c = 4; c < 9; ++c)
            csv.field(r.value(c).toString());
        csv.endRow();
        ++rows;
    }
    if (r.lastError().isValid())
        return ctx.db.sqlError(r, QStringLiteral("sessions export"));
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

} // namespace td
