#include "exchange/AssessmentImport.h"

#include "access/Disclosure.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditLog.h"
#include "exchange/CsvReader.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace td {

namespace {

// What makes two assessments the same one: participant, visit or session, instrument (and
// the date when there is neither visit nor session).
struct Key
{
    qint64 participant = 0;
    qint64 visit = 0;   // time point id, 0 when none
    qint64 session = 0; // therapy session id, 0 when none
    qint64 day = 0;     // Julian day, only when there is neither visit nor session
    int instrument = 0; // index in the catalog's ids
    bool operator==(const Key&) const = default;
};

size_t qHash(const Key& k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.participant, k.visit, k.session, k.day, k.instrument);
}

// A validated row, kept compact until the whole file has been checked.
struct Row
{
    qint64 line = 0;
    qint64 participant = 0;
    qint64 visit = 0;
    qint64 session = 0;
    qint64 rater = 0;
    qint64 day = 0;
    int instrument = 0;
    bool draft = false;
    QString items; // AssessmentRepository::encodeItems
    QString missingReason;
};

struct Reachable
{
    qint64 id = 0;
    qint64 siteId = 0;
};

struct Columns
{
    int studyId = -1;
    int site = -1;
    int visit = -1;
    int session = -1;
    int instrument = -1;
    int date = -1;
    int rater = -1;
    int status = -1;
    int missingReason = -1;
    std::vector<int> items;  // the column of item_K at K - 1; -1 when the file has none
    int contiguousItems = 0; // item_1..item_N all present
};

QString itemColumn(int k)
{
    return QStringLiteral("item_%1").arg(k);
}

class Importer
{
public:
    Importer(Database& db, const Actor& actor, ImportReport& report, const ImportProgress& progress)
        : m_db(db), m_actor(actor), m_report(report), m_repo(db), m_progress(progress)
    {
        // The chosen language's numeric date with a four-digit year (Norwegian: 21.11.2026),
        // read leniently as to leading zeros.
        QString format = m_locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        m_dateShown = QString(format)
                          .replace(QLatin1String("dd"), QLatin1String("DD"))
                          .replace(QLatin1String("yyyy"), QLatin1String("YYYY"));
        m_dateFormat = format.replace(QLatin1String("dd"), QLatin1String("d"))
                           .replace(QLatin1String("MM"), QLatin1String("M"));
    }
    bool cancelled() const { return m_cancelled; }

    Status load();
    void validate(QByteArrayView data);
    // Checks records another reader made (RedcapDataImport), as validate checks a CSV's rows.
    void validateRecords(const std::vector<AssessmentRecord>& records);
    Status write(const QByteArray& data, const QString& kind);

private:
    void refuse(qint64 line, const QString& column, const QString& why)
    {
        m_report.refuse(line, column, why);
    }
    // Reports `done` of `total` within [from, from + span] percent; false once cancelled.
    bool tick(qint64 done, qint64 total, int from, int span)
    {
        if (!m_progress || m_cancelled)
            return !m_cancelled;
        const int percent = from + static_cast<int>(total > 0 ? span * done / total : span);
        if (percent != m_percent) {
            m_percent = percent;
            m_cancelled = !m_progress(percent);
        }
        return !m_cancelled;
    }
    bool readHeader(const CsvRecord& header);
    QDate parseDate(const QString& text);
    // A decimal comma read as a decimal point, when the file or the language uses them.
    QString number(const QString& value);
    void noteAssumptions(char delimiter);
    AssessmentRecord record(const CsvRecord& r) const;
    void check(const AssessmentRecord& r);
    QString name(int column, const char* fallback) const
    {
        return column >= 0 ? m_header[column] : QString::fromLatin1(fallback);
    }

    Database& m_db;
    const Actor& m_actor;
    ImportReport& m_report;
    AssessmentRepository m_repo;
    std::optional<InstrumentCatalog> m_catalog;
    QStringList m_instrumentIds;
    QHash<QString, int> m_instrumentIndex;
    QHash<QString, Reachable> m_participants;
    QHash<qint64, QString> m_siteCodes;
    QHash<QString, qint64> m_visits;
    QHash<QString, qint64> m_raters;              // users who may enter assessments
    QSet<QString> m_otherUsers;                   // users who may not
    QSet<qint64> m_blindedAssessors;              // raters of blinded_clinician instruments
    QSet<QPair<qint64, QString>> m_blindedSlots;  // (visit, instrument) rated blind
    QHash<QPair<qint64, int>, qint64> m_sessions; // (participant, number) -> id; -1: ambiguous
    QSet<Key> m_existing;
    QHash<Key, qint64> m_seen; // key -> line in this file
    QSet<int> m_shortOfItems;  // instruments already reported for missing item columns
    QStringList m_header;
    Columns m_cols;
    std::vector<Row> m_rows;
    QDate m_today;
    const ImportProgress& m_progress;
    const QLocale m_locale;
    QString m_dateFormat; // the language's own date format, for QDate::fromString
    QString m_dateShown;  // the same as people read it, e.g. DD.MM.YYYY
    bool m_decimalComma = false;
    bool m_readLocalDate = false;
    bool m_readDecimalComma = false;
    int m_percent = -1;
    bool m_cancelled = false;
};

Status Importer::load()
{
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    m_catalog = std::move(catalog).value();
    m_instrumentIds = m_catalog->ids();
    for (int i = 0; i < m_instrumentIds.size(); ++i)
        m_instrumentIndex.insert(m_instrumentIds[i], i);

    // Only the participants the user reaches (a therapist: their own) can be named.
    auto people = ParticipantRepository(m_db).list(m_actor);
    TD_TRY(people);
    for (const Participant& p : *people)
        m_participants.insert(p.studyId, {p.id, p.siteId});

    auto sites = m_db.exec(QStringLiteral("SELECT id, code FROM site"));
    TD_TRY(sites);
    while ((*sites)->next())
        m_siteCodes.insert((*sites)->value(0).toLongLong(), (*sites)->value(1).toString());

    auto visits = m_db.exec(QStringLiteral("SELECT id, code FROM time_point"));
    TD_TRY(visits);
    while ((*visits)->next())
        m_visits.insert((*visits)->value(1).toString(), (*visits)->value(0).toLongLong());

    auto users = m_db.exec(QStringLiteral("SELECT id, username, role FROM users"));
    TD_TRY(users);
    while ((*users)->next()) {
        const auto role = Roles::fromKey((*users)->value(2).toString());
        const QString username = (*users)->value(1).toString();
        if (role && Roles::allows(*role, Permission::EnterAssessments))
            m_raters.insert(username, (*users)->value(0).toLongLong());
        else
            m_otherUsers.insert(username);
        if (role == Role::BlindedAssessor)
            m_blindedAssessors.insert((*users)->value(0).toLongLong());
    }
    auto blind = m_db.exec(QStringLiteral("SELECT time_point_id, instrument_id FROM "
                                          "time_point_instrument WHERE rater = "
                                          "'blinded_clinician'"));
    TD_TRY(blind);
    while ((*blind)->next())
        m_blindedSlots.insert({(*blind)->value(0).toLongLong(), (*blind)->value(1).toString()});

    // Sessions reveal the arm: looked up only for users who may see it.
    if (Disclosure::of(m_actor).arms()) {
        auto sessions = m_db.exec(QStringLiteral(
            "SELECT participant_id, session_number, id FROM therapy_session WHERE removed = 0"));
        TD_TRY(sessions);
        while ((*sessions)->next()) {
            const QPair<qint64, int> key((*sessions)->value(0).toLongLong(),
                                         (*sessions)->value(1).toInt());
            const qint64 id = (*sessions)->value(2).toLongLong();
            auto it = m_sessions.find(key);
            if (it == m_sessions.end())
                m_sessions.insert(key, id);
            else
                it.value() = -1;
        }
    }

    auto existing = m_db.exec(QStringLiteral(
        "SELECT participant_id, time_point_id, session_id, instrument_id, assessment_date FROM "
        "assessment WHERE removed = 0"));
    TD_TRY(existing);
    QSqlQuery& e = **existing;
    while (e.next()) {
        const auto instrument = m_instrumentIndex.constFind(e.value(3).toString());
        if (instrument == m_instrumentIndex.constEnd())
            continue;
        Key k{e.value(0).toLongLong(), e.value(1).toLongLong(), e.value(2).toLongLong(), 0,
              instrument.value()};
        if (!k.visit && !k.session)
            k.day = QDate::fromString(e.value(4).toString(), Qt::ISODate).toJulianDay();
        m_existing.insert(k);
    }
    m_today = m_db.clock().today();
    return {};
}

bool Importer::readHeader(const CsvRecord& header)
{
    m_header = header.fields;
    QHash<QString, int> seen;
    for (int i = 0; i < m_header.size(); ++i) {
        m_header[i] = m_header[i].trimmed();
        const QString& n = m_header[i];
        if (seen.contains(n)) {
            refuse(header.line, n, AssessmentImport::tr("the column appears twice in the header"));
            continue;
        }
        seen.insert(n, i);
        if (n.startsWith(QLatin1String("item_"))) {
            bool ok = false;
            const int k = QStringView(n).mid(5).toInt(&ok);
            if (ok && k >= 1 && k <= 1000 && n == itemColumn(k)) {
                if (static_cast<int>(m_cols.items.size()) < k)
                    m_cols.items.resize(static_cast<size_t>(k), -1);
                m_cols.items[static_cast<size_t>(k - 1)] = i;
            }
        }
    }
    auto column = [&](const char* n) { return seen.value(QString::fromLatin1(n), -1); };
    m_cols.studyId = column("study_id");
    m_cols.site = column("site");
    m_cols.visit = column("visit");
    m_cols.session = column("session_number");
    m_cols.instrument = column("instrument");
    m_cols.date = column("date");
    m_cols.rater = column("rater");
    m_cols.status = column("status");
    m_cols.missingReason = column("missing_reason");
    while (m_cols.contiguousItems < static_cast<int>(m_cols.items.size()) &&
           m_cols.items[static_cast<size_t>(m_cols.contiguousItems)] >= 0)
        ++m_cols.contiguousItems;

    const qsizetype before = m_report.problems.size();
    if (m_header.size() == 1 && (m_cols.studyId < 0 || m_cols.instrument < 0)) {
        // Not the long CSV, or another delimiter: saying which column is missing would mislead.
        refuse(header.line, QString(),
               AssessmentImport::tr("the header is one column, \"%1\": the columns of the long "
                                    "CSV export must be separated by commas, semicolons or tabs")
                   .arg(m_header.front().left(200)));
        return false;
    }
    auto require = [&](int col, const char* n) {
        if (col < 0)
            refuse(header.line, QString::fromLatin1(n),
                   AssessmentImport::tr("the required column is missing (the header needs the "
                                        "columns of the long CSV export)"));
    };
    require(m_cols.studyId, "study_id");
    if (m_cols.visit < 0 && m_cols.session < 0)
        require(m_cols.visit, "visit");
    require(m_cols.instrument, "instrument");
    require(m_cols.date, "date");
    if (m_cols.contiguousItems == 0)
        require(-1, "item_1");
    return static_cast<qsizetype>(m_report.problems.size()) == before;
}

AssessmentRecord Importer::record(const CsvRecord& r) const
{
    auto cell = [&r](int col) { return col >= 0 ? r.fields[col].trimmed() : QString(); };
    AssessmentRecord a;
    a.line = r.line;
    a.studyId = cell(m_cols.studyId);
    a.studyIdColumn = name(m_cols.studyId, "study_id");
    a.site = cell(m_cols.site);
    a.siteColumn = name(m_cols.site, "site");
    a.visit = cell(m_cols.visit);
    a.visitColumn = name(m_cols.visit, "visit");
    a.session = cell(m_cols.session);
    a.sessionColumn = name(m_cols.session, "session_number");
    a.instrument = cell(m_cols.instrument);
    a.instrumentColumn = name(m_cols.instrument, "instrument");
    a.date = cell(m_cols.date);
    a.dateColumn = name(m_cols.date, "date");
    a.rater = cell(m_cols.rater);
    a.raterColumn = name(m_cols.rater, "rater");
    a.status = cell(m_cols.status);
    a.statusColumn = name(m_cols.status, "status");
    if (m_cols.missingReason >= 0)
        a.missingReason = r.fields[m_cols.missingReason];
    a.missingReasonColumn = name(m_cols.missingReason, "missing_reason");
    a.items.reserve(static_cast<qsizetype>(m_cols.items.size()));
    a.itemColumns.reserve(static_cast<qsizetype>(m_cols.items.size()));
    for (int col : m_cols.items) {
        a.items << cell(col);
        a.itemColumns << (col >= 0 ? m_header[col] : QString());
    }
    return a;
}

void Importer::check(const AssessmentRecord& r)
{
    const qint64 line = r.line;
    Row row;
    row.line = line;

    const QString& studyId = r.studyId;
    const auto person = m_participants.constFind(studyId);
    if (person == m_participants.constEnd()) {
        refuse(line, r.studyIdColumn,
               AssessmentImport::tr("unknown participant \"%1\"").arg(studyId));
    } else {
        row.participant = person->id;
        const QString& site = r.site;
        const QString actual = m_siteCodes.value(person->siteId);
        if (!site.isEmpty() && site != actual)
            refuse(line, r.siteColumn,
                   AssessmentImport::tr("participant %1 belongs to site %2, not %3")
                       .arg(studyId, actual, site));
    }

    const QString& instrumentId = r.instrument;
    const InstrumentDefinition* d = m_catalog->find(instrumentId);
    if (!d)
        refuse(line, r.instrumentColumn, m_catalog->require(instrumentId).message());
    else
        row.instrument = m_instrumentIndex.value(instrumentId);

    bool keyKnown = person != m_participants.constEnd() && d;
    const QString& visitCode = r.visit;
    if (!visitCode.isEmpty()) {
        row.visit = m_visits.value(visitCode, 0);
        if (!row.visit) {
            QStringList codes = m_visits.keys();
            codes.sort();
            refuse(line, r.visitColumn,
                   AssessmentImport::tr("unknown visit \"%1\"; the protocol's visits are %2")
                       .arg(visitCode, codes.join(QStringLiteral(", "))));
            keyKnown = false;
        }
    }
    const QString& sessionText = r.session;
    if (!sessionText.isEmpty()) {
        bool ok = false;
        const int number = sessionText.toInt(&ok);
        if (!Disclosure::of(m_actor).arms()) {
            refuse(line, r.sessionColumn,
                   AssessmentImport::tr("session-by-session measures follow the arm's schedule: "
                                        "a user who may not see arms cannot import them"));
            keyKnown = false;
        } else if (!ok || number < 1) {
            refuse(line, r.sessionColumn,
                   AssessmentImport::tr("\"%1\" is not a session number").arg(sessionText));
            keyKnown = false;
        } else if (row.participant) {
            row.session = m_sessions.value({row.participant, number}, 0);
            if (row.session <= 0) {
                refuse(line, r.sessionColumn,
                       row.session == 0
                           ? AssessmentImport::tr("participant %1 has no session %2")
                                 .arg(studyId)
                                 .arg(number)
                           : AssessmentImport::tr("participant %1 has more than one session %2")
                                 .arg(studyId)
                                 .arg(number));
                keyKnown = false;
            }
        }
    }

    const QString& dateText = r.date;
    const QDate date = parseDate(dateText);
    if (!date.isValid()) {
        refuse(line, r.dateColumn,
               AssessmentImport::tr("\"%1\" is not a date; write it as YYYY-MM-DD or as %2")
                   .arg(dateText, m_dateShown));
        if (!row.visit && !row.session)
            keyKnown = false;
    }
    row.day = date.isValid() ? date.toJulianDay() : 0;

    const QString& status = r.status;
    if (status == QLatin1String("draft"))
        row.draft = true;
    else if (!status.isEmpty() && status != QLatin1String("complete"))
        refuse(line, r.statusColumn,
               AssessmentImport::tr("the status \"%1\" is not one of complete, draft").arg(status));

    const QString& rater = r.rater;
    if (rater.isEmpty()) {
        row.rater = m_actor.userId;
    } else {
        row.rater = m_raters.value(rater, 0);
        if (!row.rater)
            refuse(line, r.raterColumn,
                   m_otherUsers.contains(rater)
                       ? AssessmentImport::tr("the user %1 may not enter assessments").arg(rater)
                       : AssessmentImport::tr("unknown user \"%1\"").arg(rater));
    }
    // The protocol's rater rule, as for keying: a blinded_clinician instrument at a visit is
    // rated by a blinded assessor.
    if (d && row.visit && row.rater && m_blindedSlots.contains({row.visit, d->id}) &&
        !m_blindedAssessors.contains(row.rater))
        refuse(line, r.raterColumn,
               AssessmentImport::tr("%1 at this visit is rated by a blinded assessor, as the "
                                    "protocol says; %2 is not one")
                   .arg(d->id, rater.isEmpty() ? m_actor.username : rater));
    row.missingReason = r.missingReason;

    if (d) {
        const int total = static_cast<int>(d->items.size());
        const int required = d->requiredItems();
        bool itemsOk = true;
        const int columns = static_cast<int>(r.items.size());
        int contiguous = 0;
        while (contiguous < columns && !r.itemColumns[contiguous].isEmpty())
            ++contiguous;
        if (contiguous < required) {
            itemsOk = false;
            if (!m_shortOfItems.contains(row.instrument)) {
                m_shortOfItems.insert(row.instrument);
                refuse(line, itemColumn(contiguous + 1),
                       AssessmentImport::tr("the file has no column %1, and %2 has %3 items (this "
                                            "applies to every %2 row)")
                           .arg(itemColumn(contiguous + 1), d->shortName)
                           .arg(required));
            }
        }
        auto itemName = [&r](int k) {
            return k < r.itemColumns.size() && !r.itemColumns[k].isEmpty() ? r.itemColumns[k]
                                                                           : QStringLiteral("item");
        };
        QStringList items;
        items.reserve(total);
        for (int k = 0; k < total; ++k) {
            const QString value = number(k < columns ? r.items[k] : QString());
            if (value.isEmpty()) {
                // An empty cell is a missing answer (the export writes NA as empty), for
                // optional items too: the entry form stores every item.
                items << Assessment::missingItem();
                continue;
            }
            ItemValue parsed;
            if (Status s = ScoringEngine::parseItem(*d, k, value, parsed); !s.ok()) {
                refuse(line, itemName(k), s.message());
                itemsOk = false;
            }
            items << value;
        }
        for (int k = total; k < columns; ++k) {
            if (!r.items[k].isEmpty()) {
                refuse(line, itemName(k),
                       AssessmentImport::tr("%1 has %2 items: this column must be empty")
                           .arg(d->shortName)
                           .arg(total));
                itemsOk = false;
            }
        }
        if (itemsOk) {
            // The repository's own rules (date, visit or session, a reason when all is missing).
            Assessment a;
            a.instrumentId = d->id;
            a.items = items;
            a.date = date.isValid() ? date : m_today;
            if (!visitCode.isEmpty())
                a.timePointId = row.visit;
            if (!sessionText.isEmpty())
                a.sessionId = row.session;
            a.missingReason = row.missingReason;
            QString field;
            if (Status s = m_repo.validate(a, &field); !s.ok()) {
                const bool dateProblem = field == QLatin1String("assessment_date");
                if (!dateProblem || date.isValid())
                    refuse(line,
                           dateProblem                                ? r.dateColumn
                           : field == QLatin1String("visit")          ? r.visitColumn
                           : field == QLatin1String("missing_reason") ? r.missingReasonColumn
                                                                      : itemName(0),
                           s.message());
            }
            row.items = AssessmentRepository::encodeItems(items);
        }
    }

    if (keyKnown) {
        Key key{row.participant, row.visit, row.session, 0, row.instrument};
        if (!row.visit && !row.session)
            key.day = row.day;
        const QString keyColumn = row.session ? r.sessionColumn : r.visitColumn;
        if (m_existing.contains(key)) {
            refuse(line, keyColumn,
                   AssessmentImport::tr("%1 of participant %2 is already recorded for this "
                                        "visit or session")
                       .arg(d->shortName, studyId));
        } else if (const auto it = m_seen.constFind(key); it != m_seen.constEnd()) {
            refuse(line, keyColumn,
                   AssessmentImport::tr("the same assessment as on line %1 (participant, visit "
                                        "or session, and instrument)")
                       .arg(it.value()));
        } else {
            m_seen.insert(key, line);
        }
    }
    // Rows are kept only while the file is clean: a refused file writes nothing.
    if (m_report.ok())
        m_rows.push_back(std::move(row));
    else if (!m_rows.empty())
        std::vector<Row>().swap(m_rows);
}

QDate Importer::parseDate(const QString& text)
{
    if (text.size() == 10 && text[4] == u'-')
        return QDate::fromString(text, Qt::ISODate);
    QDate date = QDate::fromString(text, m_dateFormat);
    // A four-digit year only: "1.2.26" is not read as the year 26.
    if (date.isValid() && QString::number(date.year()).size() == 4 &&
        text.endsWith(QString::number(date.year()))) {
        m_readLocalDate = true;
        return date;
    }
    return {};
}

QString Importer::number(const QString& value)
{
    if (!m_decimalComma || !value.contains(u','))
        return value;
    static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9]+,[0-9]+$"));
    if (!decimal.match(value).hasMatch())
        return value;
    m_readDecimalComma = true;
    return QString(value).replace(u',', u'.');
}

void Importer::noteAssumptions(char delimiter)
{
    QStringList& notes = m_report.assumptions;
    if (delimiter == ';')
        notes << AssessmentImport::tr("Columns are separated by semicolons.");
    else if (delimiter == '\t')
        notes << AssessmentImport::tr("Columns are separated by tabs.");
    if (m_readLocalDate)
        notes << AssessmentImport::tr("Dates are read as YYYY-MM-DD or as %1, the way %2 writes "
                                      "them.")
                     .arg(m_dateShown, m_locale.nativeLanguageName());
    if (m_readDecimalComma)
        notes << AssessmentImport::tr("Decimal commas are read as decimal points (2,5 is 2.5).");
}

void Importer::validate(QByteArrayView data)
{
    const char delimiter = CsvReader::detectDelimiter(data);
    // A semicolon-separated file is what a spreadsheet writes where the comma is the decimal
    // point.
    m_decimalComma = delimiter == ';' || m_locale.decimalPoint() == QLatin1String(",");
    CsvReader reader(data, delimiter);
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.problems().empty())
            refuse(1, QString(),
                   AssessmentImport::tr("the file is empty; it needs the header of the long CSV "
                                        "export and one row per assessment"));
    } else if (readHeader(record)) {
        const qint64 headerLine = record.line;
        while (reader.next(record)) {
            ++m_report.records;
            check(this->record(record));
            if (!tick(reader.position(), data.size(), 0, 50))
                return;
        }
        if (m_report.records == 0 && reader.problems().empty())
            refuse(headerLine + 1, QString(),
                   AssessmentImport::tr("the file has a header but no rows: there is nothing to "
                                        "import (one row per assessment is needed)"));
    } else {
        while (reader.next(record))
            ++m_report.records;
    }
    for (const ImportProblem& p : reader.problems())
        m_report.problems.push_back(p);
    m_report.sortProblems(reader.unlisted());
    noteAssumptions(delimiter);
    if (!m_report.ok())
        m_rows.clear();
}

void Importer::validateRecords(const std::vector<AssessmentRecord>& records)
{
    for (const AssessmentRecord& r : records)
        check(r);
    m_report.sortProblems();
    noteAssumptions(',');
    if (!m_report.ok())
        m_rows.clear();
}

Status Importer::write(const QByteArray& data, const QString& kind)
{
    const QString createdAt = m_db.clock().nowUtc().toString(Qt::ISODate);
    const QString source = AssessmentImport::tr("imported from %1");
    const qint64 total = static_cast<qint64>(m_rows.size());
    for (qint64 i = 0; i < total; ++i) {
        if (!tick(i, total, 50, 50))
            return {};
        const Row& row = m_rows[static_cast<size_t>(i)];
        Assessment a;
        a.participantId = row.participant;
        if (row.visit)
            a.timePointId = row.visit;
        if (row.session)
            a.sessionId = row.session;
        a.instrumentId = m_instrumentIds[row.instrument];
        a.date = QDate::fromJulianDay(row.day);
        a.raterId = row.rater;
        a.items = AssessmentRepository::decodeItems(row.items);
        a.status = row.draft ? AssessmentStatus::Draft : AssessmentStatus::Complete;
        a.missingReason = row.missingReason;
        TD_TRY(m_repo.insertImported(
            m_actor, a, source.arg(m_report.file + QLatin1Char(':') + QString::number(row.line)),
            createdAt));
    }
    m_report.imported = static_cast<qint64>(m_rows.size());
    AuditEntry entry;
    entry.action = QStringLiteral("imported");
    entry.entity = QStringLiteral("import");
    entry.field = QStringLiteral("file");
    entry.newValue =
        QStringLiteral("%1; %2 rows; %3; sha256 %4")
            .arg(kind)
            .arg(m_report.imported)
            .arg(m_report.file,
                 QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    return AuditLog::record(m_db, m_actor, entry);
}

} // namespace

Result<ImportReport> AssessmentImport::run(const Actor& actor, const QString& path,
                                           const ImportProgress& progress)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    // A large file is mapped rather than copied; the bytes stay valid while `file` is open.
    QByteArray data;
    if (uchar* mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr)
        data = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), file.size());
    else
        data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    return runData(actor, data, QFileInfo(path).fileName(), progress);
}

Result<ImportReport> AssessmentImport::runData(const Actor& actor, const QByteArray& data,
                                               const QString& fileName,
                                               const ImportProgress& progress)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    ImportReport report;
    report.file = fileName;
    // Validation and writing share one transaction, so what was checked is what is written;
    // a refused file rolls back a transaction that wrote nothing.
    Transaction tx(m_db);
    TD_TRY(tx.status());
    Importer importer(m_db, actor, report, progress);
    TD_TRY(importer.load());
    auto cancelled = [&] {
        return makeError(ErrorCode::Invalid, tr("The import was cancelled; nothing was written."));
    };
    importer.validate(QByteArrayView(data));
    if (importer.cancelled())
        return cancelled();
    if (!report.ok())
        return report;
    // SQLite's default page cache is enough: a bigger one (tried up to 256 MB) made a
    // million-row import no faster and cost its size in memory.
    TD_TRY(importer.write(data, QStringLiteral("assessments")));
    if (importer.cancelled())
        return cancelled(); // the transaction rolls back
    TD_TRY(tx.commit());
    if (progress)
        progress(100);
    return report;
}

} // namespace td

namespace td {

Result<ImportReport> AssessmentImport::runRecords(const Actor& actor,
                                                  const std::vector<AssessmentRecord>& records,
                                                  ImportReport report, const QByteArray& data,
                                                  const QString& kind, bool check)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const ImportProgress noProgress; // the importer keeps a reference to it
    Importer importer(m_db, actor, report, noProgress);
    TD_TRY(importer.load());
    importer.validateRecords(records);
    if (!report.ok() || check)
        return report;
    TD_TRY(importer.write(data, kind));
    TD_TRY(tx.commit());
    return report;
}

} // namespace td
