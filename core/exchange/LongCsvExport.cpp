// The long CSV: one row per assessment. Language-neutral on purpose: UTF-8, ISO 8601 dates,
// a decimal point, codes not labels.

#include "exchange/CsvWriter.h"
#include "exchange/ExportFormat.h"
#include "exchange/ExportSource.h"
#include "storage/Database.h"

#include <QDate>

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

} // namespace

class LongCsvExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(LongCsvExport)

public:
    QString key() const override { return QStringLiteral("csv-long"); }
    QString name() const override { return tr("Long CSV: one row per visit and instrument"); }
    QString suffix() const override { return QStringLiteral("csv"); }
    CodebookSection codebook(const ExportContext& ctx) const override
    {
        return {QStringLiteral("long"), ExportLayout::longVariables(ctx)};
    }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
};

Result<qint64> LongCsvExport::write(ExportContext& ctx, QIODevice& out) const
{
    const int items = ExportLayout::maxItems(ctx);
    std::vector<QByteArray> subscales;
    for (const QString& id : ExportLayout::subscaleIds(ctx))
        subscales.push_back(id.toUtf8());
    CsvWriter csv(out);
    csvHeader(csv, ExportLayout::longVariables(ctx));
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

const ExportFormat& longCsvExport()
{
    static const LongCsvExport format;
    return format;
}

} // namespace td
