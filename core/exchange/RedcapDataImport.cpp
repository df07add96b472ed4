#include "exchange/RedcapDataImport.h"

#include "access/Actor.h"
#include "exchange/AssessmentImport.h"
#include "exchange/CsvReader.h"
#include "instruments/InstrumentCatalog.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/FileOps.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <map>

namespace td {

namespace {

const QString skipWord = QStringLiteral("skip");

// Columns REDCap adds to a records export that are no field of a form.
bool redcapColumn(const QString& name)
{
    return name == QLatin1String("redcap_event_name") ||
           name == QLatin1String("redcap_repeat_instrument") ||
           name == QLatin1String("redcap_repeat_instance") ||
           name == QLatin1String("redcap_data_access_group") ||
           name == QLatin1String("redcap_survey_identifier") ||
           name.endsWith(QLatin1String("_timestamp"));
}

// One instrument of the trial found in the header: the column of each item (-1: none).
struct MappedInstrument
{
    const InstrumentDefinition* definition = nullptr;
    std::vector<int> items;
    int complete = -1; // <form>_complete
    int date = -1;     // <form>_date
};

// The column an item is read from: its own name (a dictionary's field), else
// <instrument>_<item> (phq9_1).
int itemColumn(const QHash<QString, int>& columns, const InstrumentDefinition& d,
               const ItemDefinition& item)
{
    const int own = columns.value(item.id, -1);
    if (own >= 0 && item.id != QLatin1String("record_id"))
        return own;
    return columns.value(d.id + QLatin1Char('_') + item.id, -1);
}

QString isoDate(const QString& text)
{
    // REDCap writes datetimes as YYYY-MM-DD hh:mm[:ss]: the day is the date.
    static const QRegularExpression dateTime(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?$"));
    const auto m = dateTime.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

class Reader
{
public:
    Reader(Database& db, const Actor& actor, const RedcapDataMapping& mapping, ImportReport& report)
        : m_db(db), m_actor(actor), m_mapping(mapping), m_report(report)
    {}

    Status load();
    std::vector<AssessmentRecord> read(QByteArrayView data);
    QByteArray proposal() const;

private:
    void refuse(qint64 line, const QString& column, const QString& why)
    {
        m_report.refuse(line, column, why);
    }
    bool readHeader(const CsvRecord& header);
    void readRow(const CsvRecord& row, std::vector<AssessmentRecord>& out);
    QString visitOf(const QString& event) const;
    QString visitList() const
    {
        QStringList codes(m_visits.begin(), m_visits.end());
        codes.sort();
        return codes.join(QStringLiteral(", "));
    }

    Database& m_db;
    const Actor& m_actor;
    const RedcapDataMapping& m_mapping;
    ImportReport& m_report;
    std::optional<InstrumentCatalog> m_catalog;
    QSet<QString> m_studyIds;
    QSet<QString> m_visits;
    QStringList m_header;
    qint64 m_headerLine = 1;
    int m_event = -1;
    int m_repeatInstrument = -1;
    int m_repeatInstance = -1;
    std::vector<int> m_dateFields;
    std::vector<MappedInstrument> m_instruments;
    // What the file holds, for the report and the proposal (sorted, first line of each).
    std::map<QString, qint64> m_records;
    std::map<QString, qint64> m_events;
    QSet<QString> m_reportedEvents;
    QSet<QString> m_reportedRecords;
    qint64 m_skippedRows = 0;
    bool m_headerOk = false; // rows become assessments only under a header without problems
};

Status Reader::load()
{
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    m_catalog = std::move(catalog).value();
    auto people = ParticipantRepository(m_db).list(m_actor);
    TD_TRY(people);
    for (const Participant& p : *people)
        m_studyIds.insert(p.studyId);
    auto visits = m_db.exec(QStringLiteral("SELECT code FROM time_point"));
    TD_TRY(visits);
    while ((*visits)->next())
        m_visits.insert((*visits)->value(0).toString());
    return {};
}

bool Reader::readHeader(const CsvRecord& header)
{
    m_headerLine = header.line;
    QHash<QString, int> columns;
    for (const QString& f : header.fields) {
        const QString name = f.trimmed();
        if (columns.contains(name))
            refuse(header.line, name,
                   RedcapDataImport::tr("the column appears twice in the header"));
        columns.insert(name, static_cast<int>(m_header.size()));
        m_header << name;
    }
    if (m_header.size() < 2) {
        refuse(header.line, QString(),
               RedcapDataImport::tr("the header is one column, \"%1\": a REDCap records export "
                                    "has the record id, then the fields by name, separated by "
                                    "commas")
                   .arg(m_header.value(0).left(200)));
        return false;
    }
    m_event = columns.value(QStringLiteral("redcap_event_name"), -1);
    m_repeatInstrument = columns.value(QStringLiteral("redcap_repeat_instrument"), -1);
    m_repeatInstance = columns.value(QStringLiteral("redcap_repeat_instance"), -1);

    QSet<int> used{0};
    for (int c = 0; c < m_header.size(); ++c)
        if (redcapColumn(m_header[c]))
            used.insert(c);
    QStringList partial;
    for (const QString& id : m_catalog->ids()) {
        const InstrumentDefinition* d = m_catalog->find(id);
        MappedInstrument m;
        m.definition = d;
        int found = 0;
        QStringList missing;
        for (size_t k = 0; k < d->items.size(); ++k) {
            int col = itemColumn(columns, *d, d->items[k]);
            if (col == 0) // the record id is no item
                col = -1;
            m.items.push_back(col);
            if (col > 0)
                ++found;
            else if (!d->items[k].optional)
                missing << d->items[k].id;
        }
        if (found == 0)
            continue;
        if (!missing.isEmpty()) {
            refuse(header.line, d->id,
                   RedcapDataImport::tr("the file holds some items of %1 but not %2: export "
                                        "every field of the form")
                       .arg(d->shortName, missing.join(QStringLiteral(", "))));
            continue;
        }
        m.complete = columns.value(d->id + QStringLiteral("_complete"), -1);
        m.date = columns.value(d->id + QStringLiteral("_date"), -1);
        for (int col : m.items)
            used.insert(col);
        used.insert(m.complete);
        used.insert(m.date);
        m_instruments.push_back(std::move(m));
    }
    for (const QString& field : m_mapping.dateFields) {
        const int col = columns.value(field, -1);
        if (col < 0)
            refuse(
                header.line, field,
                RedcapDataImport::tr("the date field %1 is not a column of the file").arg(field));
        else
            m_dateFields.push_back(col);
        used.insert(col);
    }

    if (m_instruments.empty() && m_report.problems.empty()) {
        refuse(header.line, QString(),
               RedcapDataImport::tr("no column of the file is an item of the trial's "
                                    "instruments (%1): an instrument imported from a REDCap "
                                    "dictionary is read by its field names, a built-in one as "
                                    "phq9_1, phq9_2 ...; export the raw data with variable names")
                   .arg(m_catalog->ids().join(QStringLiteral(", "))));
        return false;
    }
    bool dated = !m_dateFields.empty();
    for (const MappedInstrument& m : m_instruments)
        dated = dated || m.date >= 0;
    if (!dated && m_mapping.dateFields.isEmpty()) {
        QStringList dateLike;
        for (const QString& h : std::as_const(m_header))
            if (h.contains(QLatin1String("date")) && !redcapColumn(h))
                dateLike << h;
        refuse(header.line, QStringLiteral("date"),
               RedcapDataImport::tr("no column gives the assessments' dates: name it with "
                                    "--date-field (columns that look like dates: %1)")
                   .arg(dateLike.isEmpty() ? RedcapDataImport::tr("none")
                                           : dateLike.join(QStringLiteral(", "))));
    }
    if (m_event < 0 && m_mapping.visit.isEmpty())
        refuse(header.line, QStringLiteral("redcap_event_name"),
               RedcapDataImport::tr("the file has no redcap_event_name (a classic project): name "
                                    "the visit of its records with --visit (the protocol's "
                                    "visits are %1)")
                   .arg(visitList()));
    else if (m_event < 0 && !m_visits.contains(m_mapping.visit))
        refuse(header.line, QStringLiteral("visit"),
               RedcapDataImport::tr("unknown visit \"%1\"; the protocol's visits are %2")
                   .arg(m_mapping.visit, visitList()));

    QStringList read;
    for (const MappedInstrument& m : m_instruments) {
        QString first, last;
        for (int col : m.items)
            if (col >= 0) {
                if (first.isEmpty())
                    first = m_header[col];
                last = m_header[col];
            }
        read << QStringLiteral("%1 (%2 ... %3)").arg(m.definition->id, first, last);
    }
    m_report.assumptions << RedcapDataImport::tr("Record ids are read from %1, the first column.")
                                .arg(m_header.front());
    m_report.assumptions
        << RedcapDataImport::tr("Instruments read: %1.").arg(read.join(QStringLiteral(", ")));
    QStringList unread;
    for (int c = 0; c < m_header.size(); ++c)
        if (!used.contains(c))
            unread << m_header[c];
    if (!unread.isEmpty()) {
        const qsizetype all = unread.size();
        if (all > 20)
            unread = unread.mid(0, 20) << RedcapDataImport::tr("and %1 more").arg(all - 20);
        m_report.assumptions << RedcapDataImport::tr("Columns not read (no item of the trial's "
                                                     "instruments): %1.")
                                    .arg(unread.join(QStringLiteral(", ")));
    }
    return true;
}

QString Reader::visitOf(const QString& event) const
{
    if (auto it = m_mapping.events.constFind(event); it != m_mapping.events.constEnd())
        return it.value();
    static const QRegularExpression arm(QStringLiteral("_arm_[0-9]+$"));
    const QString bare = QString(event).remove(arm);
    return m_visits.contains(bare) ? bare : QString();
}

void Reader::readRow(const CsvRecord& row, std::vector<AssessmentRecord>& out)
{
    auto cell = [&row](int col) { return col >= 0 ? row.fields[col].trimmed() : QString(); };
    const qint64 line = row.line;
    const QString recordId = cell(0);
    if (recordId.isEmpty()) {
        refuse(line, m_header.front(), RedcapDataImport::tr("the record id is empty"));
        return;
    }
    m_records.emplace(recordId, line);
    if (m_event >= 0)
        m_events.emplace(cell(m_event), line);
    const QString studyId = m_mapping.records.value(recordId, recordId);
    if (studyId == skipWord) {
        ++m_skippedRows;
        return;
    }

    QString visit = m_mapping.visit;
    QString eventColumn = QStringLiteral("--visit");
    bool ok = true;
    if (m_event >= 0) {
        eventColumn = m_header[m_event];
        const QString event = cell(m_event);
        visit = visitOf(event);
        if (visit == skipWord) {
            ++m_skippedRows;
            return;
        }
        if (visit.isEmpty() || !m_visits.contains(visit)) {
            ok = false;
            if (!m_reportedEvents.contains(event)) {
                m_reportedEvents.insert(event);
                refuse(line, eventColumn,
                       visit.isEmpty()
                           ? RedcapDataImport::tr("the event \"%1\" is no visit of the protocol: "
                                                  "map it to one (%2) or to skip, with --events "
                                                  "or a mapping file (this applies to every row "
                                                  "of the event)")
                                 .arg(event, visitList())
                           : RedcapDataImport::tr("the event \"%1\" is mapped to \"%2\", which "
                                                  "is no visit of the protocol (%3)")
                                 .arg(event, visit, visitList()));
            }
        }
    }
    if (!cell(m_repeatInstrument).isEmpty() || !cell(m_repeatInstance).isEmpty()) {
        ok = false;
        refuse(line, m_header[m_repeatInstrument >= 0 ? m_repeatInstrument : m_repeatInstance],
               RedcapDataImport::tr("a repeating instrument or event (%1, instance %2) is not "
                                    "imported: each visit holds one assessment of an instrument")
                   .arg(cell(m_repeatInstrument), cell(m_repeatInstance)));
    }
    if (!m_studyIds.contains(studyId)) {
        ok = false;
        if (!m_reportedRecords.contains(recordId)) {
            m_reportedRecords.insert(recordId);
            refuse(line, m_header.front(),
                   studyId == recordId
                       ? RedcapDataImport::tr("the record %1 is no participant you reach: map it "
                                              "to a study id (or to skip) with --records or a "
                                              "mapping file (this applies to every row of the "
                                              "record)")
                             .arg(recordId)
                       : RedcapDataImport::tr("the record %1 is mapped to %2, who is no "
                                              "participant you reach")
                             .arg(recordId, studyId));
        }
    }
    if (!ok)
        return;
    if (!m_headerOk)
        return;
    for (const MappedInstrument& m : m_instruments) {
        const InstrumentDefinition& d = *m.definition;
        AssessmentRecord a;
        bool filled = false;
        for (size_t k = 0; k < m.items.size(); ++k) {
            const int col = m.items[k];
            QString value = cell(col);
            // REDCap's comma_decimal validations export "2,5": stored as 2.5.
            if (d.items[k].decimals > 0)
                value.replace(QLatin1Char(','), QLatin1Char('.'));
            // A checkbox's choices are 0 on every row, filled in or not.
            const bool checkbox = d.items[k].id.contains(QLatin1String("___"));
            filled = filled || (!value.isEmpty() && !(checkbox && value == QLatin1String("0")));
            a.items << value;
            a.itemColumns << (col >= 0 ? m_header[col] : QString());
        }
        if (!filled)
            continue;
        a.line = line;
        a.studyId = studyId;
        a.studyIdColumn = m_header.front();
        a.visit = visit;
        a.visitColumn = eventColumn;
        a.instrument = d.id;
        a.instrumentColumn = d.id;
        std::vector<int> dates = m_dateFields;
        if (m.date >= 0)
            dates.insert(dates.begin(), m.date);
        QStringList dateNames;
        for (int col : dates) {
            dateNames << m_header[col];
            if (a.date.isEmpty() && !cell(col).isEmpty()) {
                a.date = isoDate(cell(col));
                a.dateColumn = m_header[col];
            }
        }
        if (a.date.isEmpty()) {
            if (!dates.empty())
                refuse(line, dateNames.join(QLatin1Char('/')),
                       RedcapDataImport::tr("%1 is filled in, but the row has no date in %2")
                           .arg(d.shortName, dateNames.join(QStringLiteral(", "))));
            continue;
        }
        const QString complete = cell(m.complete);
        if (m.complete >= 0)
            a.statusColumn = m_header[m.complete];
        if (complete == QLatin1String("2") || complete.isEmpty())
            a.status = QStringLiteral("complete");
        else if (complete == QLatin1String("0") || complete == QLatin1String("1"))
            a.status = QStringLiteral("draft");
        else
            refuse(line, a.statusColumn,
                   RedcapDataImport::tr("\"%1\" is not a REDCap form status (0 incomplete, 1 "
                                        "unverified, 2 complete)")
                       .arg(complete));
        a.rater = m_mapping.rater;
        a.raterColumn = QStringLiteral("--rater");
        out.push_back(std::move(a));
    }
}

std::vector<AssessmentRecord> Reader::read(QByteArrayView data)
{
    std::vector<AssessmentRecord> out;
    CsvReader reader(data, CsvReader::detectDelimiter(data));
    CsvRecord record;
    qint64 rows = 0;
    if (!reader.next(record)) {
        if (reader.problems().empty())
            refuse(1, QString(),
                   RedcapDataImport::tr("the file is empty; it needs the header of a REDCap "
                                        "records export and its rows"));
    } else if (readHeader(record)) {
        m_headerOk = m_report.problems.empty();
        while (reader.next(record)) {
            ++rows;
            readRow(record, out);
        }
        if (rows == 0 && reader.problems().empty())
            refuse(m_headerLine + 1, QString(),
                   RedcapDataImport::tr("the file has a header but no rows: there is nothing to "
                                        "import"));
    }
    for (const ImportProblem& p : reader.problems())
        m_report.refuse(p.line, p.column, p.reason);
    m_report.unlisted += reader.unlisted();
    m_report.records = static_cast<qint64>(out.size());
    if (m_event >= 0) {
        QStringList events;
        for (const auto& [event, line] : m_events) {
            const QString visit = visitOf(event);
            events << QStringLiteral("%1 → %2").arg(event,
                                                    visit.isEmpty() ? QStringLiteral("?") : visit);
        }
        m_report.assumptions
            << RedcapDataImport::tr("Events as visits: %1.").arg(events.join(QStringLiteral(", ")));
    } else if (!m_mapping.visit.isEmpty()) {
        m_report.assumptions << RedcapDataImport::tr("A classic project: every record's forms "
                                                     "are of the visit %1.")
                                    .arg(m_mapping.visit);
    }
    if (m_skippedRows > 0)
        m_report.assumptions
            << RedcapDataImport::tr("Rows left out as the mapping asks: %1.").arg(m_skippedRows);
    return out;
}

QByteArray Reader::proposal() const
{
    QJsonObject records;
    for (const auto& [record, line] : m_records) {
        QString studyId = m_mapping.records.value(record, record);
        if (studyId != skipWord && !m_studyIds.contains(studyId))
            studyId.clear();
        records.insert(record, studyId);
    }
    QJsonObject events;
    for (const auto& [event, line] : m_events)
        events.insert(event, visitOf(event));
    QStringList dates = m_mapping.dateFields;
    if (dates.isEmpty())
        for (const QString& h : m_header)
            if (h.contains(QLatin1String("date")) && !redcapColumn(h))
                dates << h;
    QJsonObject out{{QStringLiteral("records"), records},
                    {QStringLiteral("date_fields"), QJsonArray::fromStringList(dates)},
                    {QStringLiteral("rater"), m_mapping.rater}};
    if (m_event >= 0)
        out.insert(QStringLiteral("events"), events);
    else
        out.insert(QStringLiteral("visit"), m_mapping.visit);
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace

Result<RedcapDataMapping> RedcapDataMapping::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            RedcapDataImport::tr("Cannot read the mapping %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    auto invalid = [&path](const QString& why) {
        return makeError(ErrorCode::Invalid,
                         RedcapDataImport::tr("The mapping %1 %2; it is a JSON "
                                              "object of records, events, "
                                              "visit, date_fields and rater "
                                              "(what --check proposes).")
                             .arg(path, why),
                         QStringLiteral("mapping"));
    };
    if (error.error != QJsonParseError::NoError)
        return invalid(RedcapDataImport::tr("is not JSON (%1 at byte %2)")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        return invalid(RedcapDataImport::tr("is not a JSON object"));
    const QJsonObject o = doc.object();
    static const QStringList keys{QStringLiteral("records"), QStringLiteral("events"),
                                  QStringLiteral("visit"), QStringLiteral("date_fields"),
                                  QStringLiteral("rater")};
    for (const QString& key : o.keys())
        if (!keys.contains(key))
            return invalid(RedcapDataImport::tr("has the unknown key \"%1\"").arg(key));
    RedcapDataMapping m;
    for (const char* key : {"records", "events"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            return invalid(
                RedcapDataImport::tr("has a \"%1\" that is not an object").arg(QLatin1String(key)));
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                return invalid(
                    RedcapDataImport::tr("maps \"%1\" to something other than text").arg(it.key()));
            // An empty entry is one the proposal could not fill in: left to the defaults.
            if (!it.value().toString().isEmpty())
                (qstrcmp(key, "records") == 0 ? m.records : m.events)
                    .insert(it.key(), it.value().toString().trimmed());
        }
    }
    const QJsonValue dates = o.value(QStringLiteral("date_fields"));
    if (!dates.isUndefined() && !dates.isArray())
        return invalid(RedcapDataImport::tr("has date_fields that are not a list"));
    for (const QJsonValue& d : dates.toArray())
        if (!d.toString().isEmpty())
            m.dateFields << d.toString();
    m.visit = o.value(QStringLiteral("visit")).toString();
    m.rater = o.value(QStringLiteral("rater")).toString();
    return m;
}

void RedcapDataMapping::add(const RedcapDataMapping& other)
{
    for (auto it = other.records.begin(); it != other.records.end(); ++it)
        records.insert(it.key(), it.value());
    for (auto it = other.events.begin(); it != other.events.end(); ++it)
        events.insert(it.key(), it.value());
    if (!other.visit.isEmpty())
        visit = other.visit;
    if (!other.dateFields.isEmpty())
        dateFields = other.dateFields;
    if (!other.rater.isEmpty())
        rater = other.rater;
}

Result<ImportReport> RedcapDataImport::run(const Actor& actor, const QString& path,
                                           const RedcapDataMapping& mapping, bool check)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    auto data = FileOps::readWhole(path);
    TD_TRY(data);
    return runData(actor, *data, QFileInfo(path).fileName(), mapping, check);
}

Result<ImportReport> RedcapDataImport::runData(const Actor& actor, const QByteArray& data,
                                               const QString& fileName,
                                               const RedcapDataMapping& mapping, bool check)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    ImportReport report;
    report.file = fileName;
    Reader reader(m_db, actor, mapping, report);
    TD_TRY(reader.load());
    const std::vector<AssessmentRecord> records = reader.read(QByteArrayView(data));
    if (check)
        report.proposal = reader.proposal();
    // A file whose header cannot be read has no records to check.
    if (!report.ok() && records.empty()) {
        report.sortProblems();
        return report;
    }
    return AssessmentImport(m_db).runRecords(actor, records, std::move(report), data,
                                             QStringLiteral("redcap-records"), check);
}

} // namespace td
