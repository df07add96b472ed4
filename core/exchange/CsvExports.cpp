// The CSV exports: long (one row per assessment), wide (one row per participant) and sessions.
// Language-neutral on purpose: UTF-8, ISO 8601 dates, a decimal point, codes not labels.

#include "exchange/CsvWriter.h"
#include "exchange/ExportSource.h"
#include "exchange/ExportWriters.h"
#include "exchange/WideRows.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlError>

namespace td {

namespace {

// A YYYY-MM-DD date at the start of `text` (invalid otherwise), without a QString.
QDate isoDate(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return {};
    auto digits = [&](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0 || (text.size() > 10 && text[10] != 'T' && text[10] != ' '))
        return {};
    return QDate(y, m, d);
}

// Weeks from randomization to the assessment, one decimal. Rows come grouped by participant:
// the randomization date is parsed once per participant.
class WeeksSince
{
public:
    QByteArrayView operator()(QByteArrayView randomizedAt, QByteArrayView date)
    {
        if (randomizedAt.isEmpty())
            return {};
        if (randomizedAt != QByteArrayView(m_lastText)) {
            m_lastText = randomizedAt.toByteArray();
            m_lastDate = isoDate(randomizedAt);
        }
        const QDate to = date.size() == 10 ? isoDate(date) : QDate();
        if (!m_lastDate.isValid() || !to.isValid())
            return {};
        m_text.setNum(static_cast<double>(m_lastDate.daysTo(to)) / 7.0, 'f', 1);
        return m_text;
    }

private:
    QByteArray m_lastText;
    QDate m_lastDate;
    QByteArray m_text;
};

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

Result<qint64> ExportWriters::longCsv(ExportContext& ctx, QIODevice& out)
{
    const int items = ExportLayout::maxItems(ctx);
    std::vector<QByteArray> subscales;
    for (const QString& id : ExportLayout::subscaleIds(ctx))
        subscales.push_back(id.toUtf8());
    CsvWriter csv(out);
    header(csv, ExportLayout::longVariables(ctx));
    qint64 rows = 0;
    WeeksSince weeks;
    QByteArray total;
    QByteArray flags;
    std::vector<QByteArrayView> sub(subscales.size());
    // Read in place (Database::read): a long export is millions of values.
    TD_TRY(
        ctx.db.read(ExportSource(ctx.disclosure).assessments(), {}, [&](const SqlRow& r) -> Status {
            for (int c = 0; c < 2; ++c)
                csv.fieldUtf8(r.text(c));
            if (ctx.disclosure.arms())
                csv.fieldUtf8(r.text(2));
            for (int c = 3; c < 11; ++c)
                csv.fieldUtf8(r.text(c));
            const QByteArrayView date = r.text(12);
            csv.fieldUtf8(weeks(r.text(11), date));
            csv.fieldUtf8(date);
            for (int c = 13; c < 16; ++c)
                csv.fieldUtf8(r.text(c));
            csv.fieldUtf8(r.text(23)); // out_of_window
            int written = 0;
            const QByteArrayView values = r.text(16);
            if (!values.isEmpty())
                for (qsizetype from = 0; from <= values.size() && written < items; ++written) {
                    qsizetype to = values.indexOf(',', from);
                    if (to < 0)
                        to = values.size();
                    const QByteArrayView item = values.sliced(from, to - from);
                    csv.fieldUtf8(item == "NA" ? QByteArrayView() : item);
                    from = to + 1;
                }
            for (; written < items; ++written)
                csv.fieldUtf8({});
            if (r.isNull(17)) {
                csv.fieldUtf8({});
            } else {
                total.setNum(r.toDouble(17), 'g', 15);
                csv.fieldUtf8(total);
            }
            for (int c = 18; c < 21; ++c)
                csv.fieldUtf8(r.text(c));
            flags = r.text(21).toByteArray().replace(',', ';');
            csv.fieldUtf8(flags);
            std::fill(sub.begin(), sub.end(), QByteArrayView());
            const QByteArrayView stored = r.text(22);
            for (qsizetype from = 0; from < stored.size();) {
                qsizetype to = stored.indexOf(';', from);
                if (to < 0)
                    to = stored.size();
                const QByteArrayView part = stored.sliced(from, to - from);
                const qsizetype eq = part.indexOf('=');
                if (eq > 0)
                    for (size_t i = 0; i < subscales.size(); ++i)
                        if (part.first(eq) == QByteArrayView(subscales[i]))
                            sub[i] = part.sliced(eq + 1);
                from = to + 1;
            }
            for (QByteArrayView s : sub)
                csv.fieldUtf8(s);
            csv.endRow();
            ++rows;
            return {};
        }));
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
        if (ctx.disclosure.arms())
            csv.field(row.armCode);
        csv.field(row.status);
        csv.field(row.age.toString());
        csv.field(row.sex.toString());
        csv.field(row.educationYears.toString());
        csv.field(row.episodeMonths.toString());
        csv.field(row.randomizedDate);
        csv.field(row.protocolScreened.toString());
        csv.field(row.protocolRandomized.toString());
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
    auto q = ctx.db.exec(ExportSource(ctx.disclosure).sessions());
    TD_TRY(q);
    QSqlQuery& r = **q;
    qint64 rows = 0;
    while (r.next()) {
        csv.field(r.value(0).toString());
        csv.field(r.value(1).toString());
        if (ctx.disclosure.arms()) {
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

Result<qint64> ExportWriters::allocationCsv(ExportContext& ctx, QIODevice& out)
{
    CsvWriter csv(out);
    header(csv, ExportLayout::allocationVariables(ctx));
    // The list in use is the latest, in stratum and position order; then the allocations made
    // without it (minimization, or an older list, which the settings lock should prevent), in
    // the order they were made.
    const QString sql = QStringLiteral(
        "WITH list AS (SELECT MAX(id) AS id FROM allocation_list) "
        "SELECT 'list', e.list_id, e.stratum, e.position, e.block_number, e.block_length, "
        "ar.code, p.study_id, s.code, a.sequence, a.allocated_at, u.username, 0, e.stratum, "
        "e.position "
        "FROM allocation_list_entry e JOIN list ON list.id = e.list_id JOIN arm ar ON ar.id = "
        "e.arm_id LEFT JOIN allocation a ON a.list_entry_id = e.id LEFT JOIN participant p ON "
        "p.id = a.participant_id LEFT JOIN site s ON s.id = p.site_id LEFT JOIN users u ON "
        "u.id = a.allocated_by "
        "UNION ALL "
        "SELECT a.method, NULL, a.stratum, a.position, NULL, NULL, ar.code, p.study_id, s.code, "
        "a.sequence, a.allocated_at, u.username, 1, '', a.sequence FROM allocation a JOIN arm ar "
        "ON ar.id = "
        "a.arm_id JOIN participant p ON p.id = a.participant_id JOIN site s ON s.id = "
        "p.site_id JOIN users u ON u.id = a.allocated_by WHERE a.list_entry_id IS NULL OR "
        "a.list_entry_id NOT IN (SELECT e.id FROM allocation_list_entry e JOIN list ON list.id "
        "= e.list_id) "
        "ORDER BY 13, 14, 15");
    qint64 rows = 0;
    TD_TRY(ctx.db.read(sql, {}, [&](const SqlRow& r) -> Status {
        for (int c = 0; c < 12; ++c)
            csv.fieldUtf8(r.text(c));
        csv.endRow();
        ++rows;
        return {};
    }));
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

} // namespace td
