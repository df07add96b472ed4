// The long SPSS and Stata files: one row per participant x visit (or session) x instrument,
// ready for mixed models, with every instrument's items as variables of their own (phq9_1 ...
// phq9_9, gad7_1 ...; empty on the rows of other instruments). Codes are stored as numbers
// whose value labels are names (the site's, arm's, visit's, instrument's, band's and an
// answer's); the codebook gives number, name and TrialDesk code. Rows come from ExportSource,
// which applies the data set's disclosure: a blinded file has no arm.

#include "exchange/ExportFormat.h"
#include "exchange/ExportSource.h"
#include "exchange/StatScripts.h"
#include "instruments/ItemNumber.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <readstat.h>

namespace td {

namespace {

enum class Kind { Text, Labelled, Number, Date, Item, Total };

// One variable of the long file and where its value comes from.
struct LongColumn
{
    ExportVariable var;
    Kind kind = Kind::Text;
    int source = -1;                              // the ExportSource::assessments() column
    QHash<QByteArray, int> codes;                 // Labelled: TrialDesk code -> stored number
    QString instrument;                           // Item: whose item
    int item = 0;                                 // Item: its position
    std::optional<double> notScored;              // SAV: the user-missing "not scorable" code
    std::vector<std::pair<int, QString>> choices; // Item: the answers' texts by value
    int decimals = 0;                             // Item: its decimal places
};

// An item's display format: whole numbers as such, decimals with the item's places
// (F8.2, %9.2f).
QByteArray itemFormat(int decimals, bool stata)
{
    if (decimals == 0)
        return stata ? QByteArrayLiteral("%8.0g") : QByteArrayLiteral("F8.0");
    const QByteArray places = QByteArray::number(decimals);
    return stata ? "%9." + places + "f" : "F9." + places;
}

// Source columns of ExportSource::assessments().
enum Source : int {
    colStudyId = 0,
    colSite = 1,
    colArm = 2,
    colStratum = 3,
    colAge = 4,
    colSex = 5,
    colVisit = 8,
    colSession = 9,
    colInstrument = 10,
    colRandomizedAt = 11,
    colDate = 12,
    colStatus = 14,
    colItems = 16,
    colTotal = 17,
    colBand = 18,
};

double spssDate(const QDate& d)
{
    return static_cast<double>(QDate(1582, 10, 14).daysTo(d)) * 86400.0;
}
double stataDate(const QDate& d)
{
    return static_cast<double>(QDate(1960, 1, 1).daysTo(d));
}

QByteArray label(const QString& text, bool stata)
{
    QByteArray utf8 = text.toUtf8();
    return stata && utf8.size() > 80 ? text.left(77).toUtf8() + "..." : utf8;
}

LongColumn labelled(const QString& name, const QString& text, int source,
                    const std::vector<std::pair<QString, QString>>& codes)
{
    LongColumn c;
    c.var.name = name;
    c.var.label = text;
    c.var.type = QStringLiteral("integer");
    c.kind = Kind::Labelled;
    c.source = source;
    // As in the wide file: stored as 1, 2, ... (the codebook's sav_dta_codes), labelled with
    // the names.
    for (size_t i = 0; i < codes.size(); ++i) {
        c.codes.insert(codes[i].first.toUtf8(), static_cast<int>(i + 1));
        c.var.valueLabels.push_back(codes[i]);
    }
    return c;
}

LongColumn plain(const QString& name, const QString& text, const char* type, Kind kind, int source)
{
    LongColumn c;
    c.var.name = name;
    c.var.label = text;
    c.var.type = QString::fromLatin1(type);
    c.kind = kind;
    c.source = source;
    return c;
}

} // namespace

class LongStatFileExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(LongStatFileExport)

public:
    explicit LongStatFileExport(bool stata) : m_stata(stata) {}
    QString key() const override
    {
        return m_stata ? QStringLiteral("dta-long") : QStringLiteral("sav-long");
    }
    QString name() const override
    {
        return m_stata ? tr("Stata long file with items (.dta)")
                       : tr("SPSS long file with items (.sav)");
    }
    QString suffix() const override
    {
        return m_stata ? QStringLiteral("dta") : QStringLiteral("sav");
    }
    CodebookSection codebook(const ExportContext& ctx) const override
    {
        std::vector<ExportVariable> vars;
        for (const LongColumn& c : columns(ctx))
            vars.push_back(c.var);
        return {key(), vars};
    }
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
    std::vector<std::pair<QString, QByteArray>> companions(const ExportContext& ctx,
                                                           const QString& fileName) const override
    {
        QStringList factors;
        for (const LongColumn& c : columns(ctx))
            if (c.kind == Kind::Labelled)
                factors << c.var.name;
        return statScripts(fileName, m_stata, factors, {QStringLiteral("total")}, true);
    }

    static std::vector<LongColumn> columns(const ExportContext& ctx);

private:
    bool m_stata;
};

std::vector<LongColumn> LongStatFileExport::columns(const ExportContext& ctx)
{
    std::vector<LongColumn> v;
    v.push_back(plain(QStringLiteral("study_id"), tr("Participant study id"), "string", Kind::Text,
                      colStudyId));
    std::vector<std::pair<QString, QString>> sites;
    for (const Site& s : ctx.protocol.sites)
        sites.emplace_back(s.code, s.name.text());
    v.push_back(labelled(QStringLiteral("site"), tr("Site"), colSite, sites));
    if (ctx.disclosure.arms()) {
        std::vector<std::pair<QString, QString>> arms;
        for (const Arm& a : ctx.protocol.arms)
            arms.emplace_back(a.code, a.name.text());
        v.push_back(labelled(QStringLiteral("arm"), tr("Allocated arm"), colArm, arms));
        v.back().var.missing = tr("system-missing: not randomized");
    }
    v.push_back(plain(QStringLiteral("stratum"), tr("Randomization stratum at allocation"),
                      "string", Kind::Text, colStratum));
    v.push_back(plain(QStringLiteral("age"), tr("Age at baseline (years)"), "integer", Kind::Number,
                      colAge));
    std::vector<std::pair<QString, QString>> sexes;
    for (const QString& s : ExportLayout::sexCodes())
        sexes.emplace_back(s, s);
    v.push_back(labelled(QStringLiteral("sex"), tr("Sex"), colSex, sexes));
    std::vector<std::pair<QString, QString>> visits;
    for (const TimePoint& t : ctx.protocol.schedule)
        visits.emplace_back(t.code, t.label.text());
    v.push_back(labelled(QStringLiteral("visit"), tr("Scheduled visit"), colVisit, visits));
    v.back().var.missing = tr("system-missing: a session-by-session measure (see session_number)");
    v.push_back(plain(QStringLiteral("session_number"), tr("Therapy session number"), "integer",
                      Kind::Number, colSession));
    std::vector<std::pair<QString, QString>> instruments;
    for (const QString& id : ctx.catalog.ids())
        instruments.emplace_back(id, ctx.catalog.find(id)->name.in(ExportLayout::language()));
    v.push_back(
        labelled(QStringLiteral("instrument"), tr("Instrument"), colInstrument, instruments));
    v.push_back(plain(QStringLiteral("date"), tr("Assessment date"), "date", Kind::Date, colDate));
    v.push_back(plain(QStringLiteral("weeks_since_randomization"),
                      tr("(assessment date - randomization date) in days / 7; negative before "
                         "randomization"),
                      "number", Kind::Number, colRandomizedAt));
    v.back().var.missing = tr("system-missing: not randomized");
    v.push_back(labelled(
        QStringLiteral("status"), tr("Assessment status"), colStatus,
        {{QStringLiteral("draft"), tr("draft")}, {QStringLiteral("complete"), tr("complete")}}));
    // The total of the row's instrument: "not scorable" is below every instrument's range.
    double lowest = 0;
    std::vector<std::pair<QString, QString>> bands;
    for (const QString& id : ctx.catalog.ids()) {
        const InstrumentDefinition* d = ctx.catalog.find(id);
        lowest = std::min(lowest, d->totalMin);
        for (const BandDefinition& b : d->bands)
            if (std::none_of(bands.begin(), bands.end(),
                             [&](const auto& e) { return e.first == b.key; }))
                bands.emplace_back(b.key, b.label.in(ExportLayout::language()));
    }
    LongColumn total = plain(QStringLiteral("total"), tr("Total score of the row's instrument"),
                             "number", Kind::Total, colTotal);
    total.notScored = ExportLayout::notScorableBelow(lowest);
    total.var.missing = tr("system-missing: the instrument has no total; %1 (SAV user-missing) "
                           "or .a (DTA): assessed but not scorable")
                            .arg(*total.notScored);
    v.push_back(total);
    v.push_back(labelled(QStringLiteral("band"), tr("Severity band of the total"), colBand, bands));
    v.back().var.missing = tr("system-missing: no band, or not scorable");
    for (const QString& id : ctx.catalog.ids()) {
        const InstrumentDefinition* d = ctx.catalog.find(id);
        for (size_t k = 0; k < d->items.size(); ++k) {
            const ItemDefinition& item = d->items[k];
            LongColumn c;
            c.var.name = ExportLayout::safeName(QStringLiteral("%1_%2").arg(d->id).arg(k + 1));
            c.var.label = tr("%1 item %2: %3")
                              .arg(d->shortName)
                              .arg(k + 1)
                              .arg(item.label.in(ExportLayout::language()));
            c.var.type = item.decimals > 0 ? QStringLiteral("number") : QStringLiteral("integer");
            c.var.allowed =
                QStringLiteral("%1..%2").arg(ItemNumber::write(item.min, item.decimals),
                                             ItemNumber::write(item.max, item.decimals));
            if (item.decimals > 0)
                c.var.allowed += tr(", %n decimal place(s)", nullptr, item.decimals);
            c.decimals = item.decimals;
            c.var.instrument = d->id;
            c.var.missing = tr("system-missing: not answered, or a row of another instrument");
            // Stored as answered: the answers' texts are labels of those values.
            QStringList answers;
            for (const auto& [code, text] : item.choices) {
                c.choices.emplace_back(code, text.in(ExportLayout::language()));
                answers << QStringLiteral("%1=%2").arg(code).arg(text.in(ExportLayout::language()));
            }
            if (!answers.isEmpty())
                c.var.allowed += QStringLiteral(" (%1)").arg(answers.join(QStringLiteral("; ")));
            c.kind = Kind::Item;
            c.source = colItems;
            c.instrument = d->id;
            c.item = static_cast<int>(k);
            v.push_back(std::move(c));
        }
    }
    return v;
}

Result<qint64> LongStatFileExport::write(ExportContext& ctx, QIODevice& out) const
{
    const bool stata = m_stata;
    const QString sql = ExportSource(ctx.disclosure).assessments();
    auto count = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(sql));
    TD_TRY(count);
    std::vector<LongColumn> cols = columns(ctx);
    readstat_writer_t* writer = readstat_writer_init();
    struct Free
    {
        readstat_writer_t* w;
        ~Free() { readstat_writer_free(w); }
    } guard{writer};
    readstat_set_data_writer(writer, [](const void* data, size_t len, void* c) -> ssize_t {
        return static_cast<ssize_t>(static_cast<QIODevice*>(c)->write(
            static_cast<const char*>(data), static_cast<qint64>(len)));
    });
    readstat_writer_set_file_label(writer, "TrialDesk long export with items");
    std::vector<readstat_variable_t*> vars;
    for (const LongColumn& c : cols) {
        const QByteArray name = c.var.name.toUtf8();
        const bool text = c.kind == Kind::Text;
        readstat_variable_t* var = readstat_add_variable(
            writer, name.constData(),
            text ? READSTAT_TYPE_STRING
                 : (c.kind == Kind::Labelled ? READSTAT_TYPE_INT32 : READSTAT_TYPE_DOUBLE),
            text ? 64 : 0);
        readstat_variable_set_label(var, label(c.var.label, stata).constData());
        if (c.kind == Kind::Date)
            readstat_variable_set_format(var, stata ? "%td" : "SDATE10");
        else if (c.kind == Kind::Item) // shown with the item's decimal places
            readstat_variable_set_format(var, itemFormat(c.decimals, stata).constData());
        readstat_variable_set_measure(
            var, text || c.kind == Kind::Labelled          ? READSTAT_MEASURE_NOMINAL
                 : c.kind == Kind::Item && c.decimals == 0 ? READSTAT_MEASURE_ORDINAL
                                                           : READSTAT_MEASURE_SCALE);
        if (c.notScored && !stata)
            readstat_variable_add_missing_double_value(var, *c.notScored);
        if (c.kind == Kind::Labelled && !c.var.valueLabels.empty()) {
            readstat_label_set_t* set =
                readstat_add_label_set(writer, READSTAT_TYPE_INT32, name.constData());
            for (size_t k = 0; k < c.var.valueLabels.size(); ++k)
                readstat_label_int32_value(set, static_cast<int32_t>(k + 1),
                                           c.var.valueLabels[k].second.toUtf8().constData());
            readstat_variable_set_label_set(var, set);
        } else if (!c.choices.empty()) {
            readstat_label_set_t* set =
                readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, name.constData());
            for (const auto& [code, answer] : c.choices)
                readstat_label_double_value(set, code, answer.toUtf8().constData());
            readstat_variable_set_label_set(var, set);
        }
        vars.push_back(var);
    }
    auto failed = [&](readstat_error_t e) {
        return makeError(ErrorCode::Invalid,
                         tr("Writing the %1 file failed: %2")
                             .arg(stata ? QStringLiteral("Stata") : QStringLiteral("SPSS"),
                                  QString::fromUtf8(readstat_error_message(e))));
    };
    const long rowCount = static_cast<long>(count->toLongLong());
    readstat_error_t rc = stata ? readstat_begin_writing_dta(writer, &out, rowCount)
                                : readstat_begin_writing_sav(writer, &out, rowCount);
    if (rc != READSTAT_OK)
        return failed(rc);

    qint64 rows = 0;
    QList<QByteArray> items;
    Status read = ctx.db.read(sql, {}, [&](const SqlRow& r) -> td::Status {
        if (rows >= rowCount)
            return {};
        if ((rc = readstat_begin_row(writer)) != READSTAT_OK)
            return failed(rc);
        const QByteArray instrument = r.text(colInstrument).toByteArray();
        items = r.text(colItems).toByteArray().split(',');
        const QDate date =
            QDate::fromString(QString::fromUtf8(r.text(colDate)).left(10), Qt::ISODate);
        for (size_t i = 0; i < cols.size(); ++i) {
            const LongColumn& c = cols[i];
            readstat_variable_t* var = vars[i];
            switch (c.kind) {
            case Kind::Text:
                rc = readstat_insert_string_value(
                    writer, var, QString::fromUtf8(r.text(c.source)).left(64).toUtf8().constData());
                break;
            case Kind::Labelled: {
                const int code = c.codes.value(r.text(c.source).toByteArray(), 0);
                rc = code ? readstat_insert_int32_value(writer, var, code)
                          : readstat_insert_missing_value(writer, var);
                break;
            }
            case Kind::Number:
                if (c.source == colRandomizedAt) {
                    const QDate from = QDate::fromString(
                        QString::fromUtf8(r.text(colRandomizedAt)).left(10), Qt::ISODate);
                    rc = from.isValid() && date.isValid()
                             ? readstat_insert_double_value(
                                   writer, var, std::round(from.daysTo(date) / 7.0 * 10) / 10)
                             : readstat_insert_missing_value(writer, var);
                } else {
                    rc = r.isNull(c.source) || r.text(c.source).isEmpty()
                             ? readstat_insert_missing_value(writer, var)
                             : readstat_insert_double_value(writer, var, r.toDouble(c.source));
                }
                break;
            case Kind::Date:
                rc = date.isValid() ? readstat_insert_double_value(
                                          writer, var, stata ? stataDate(date) : spssDate(date))
                                    : readstat_insert_missing_value(writer, var);
                break;
            case Kind::Total: {
                const InstrumentDefinition* d = ctx.catalog.find(QString::fromUtf8(instrument));
                const bool hasTotal = d && d->total == TotalMethod::Sum;
                if (!r.isNull(c.source))
                    rc = readstat_insert_double_value(writer, var, r.toDouble(c.source));
                else if (!hasTotal)
                    rc = readstat_insert_missing_value(writer, var);
                else if (stata)
                    rc = readstat_insert_tagged_missing_value(writer, var, 'a');
                else
                    rc = readstat_insert_double_value(writer, var, *c.notScored);
                break;
            }
            case Kind::Item: {
                const QByteArray value =
                    c.instrument.toUtf8() == instrument ? items.value(c.item) : QByteArray();
                // A lettered answer (BDI-II 16, 18: "2a") is its digit; "2.5" of an item
                // with decimals is 2.5.
                bool ok = false;
                qsizetype digits = 0;
                while (digits < value.size() &&
                       (std::isdigit(static_cast<unsigned char>(value[digits])) ||
                        (digits == 0 && value[0] == '-') ||
                        (c.decimals > 0 && value[digits] == '.')))
                    ++digits;
                const double number = value.left(digits).toDouble(&ok);
                rc = ok ? readstat_insert_double_value(writer, var, number)
                        : readstat_insert_missing_value(writer, var);
                break;
            }
            }
            if (rc != READSTAT_OK)
                return failed(rc);
        }
        if ((rc = readstat_end_row(writer)) != READSTAT_OK)
            return failed(rc);
        ++rows;
        return {};
    });
    TD_TRY(read);
    if ((rc = readstat_end_writing(writer)) != READSTAT_OK)
        return failed(rc);
    return rows;
}

const ExportFormat& savLongExport()
{
    static const LongStatFileExport format(false);
    return format;
}

const ExportFormat& dtaLongExport()
{
    static const LongStatFileExport format(true);
    return format;
}

} // namespace td
