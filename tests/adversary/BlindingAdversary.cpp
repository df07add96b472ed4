#include "BlindingAdversary.h"

#include "AdversaryFeatures.h"
#include "access/Actor.h"
#include "assessments/AssessmentRepository.h"
#include "exchange/ExportService.h"
#include "outcomes/AlertRepository.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "visits/VisitTimeline.h"
#include "worklists/Worklist.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <algorithm>
#include <map>
#include <readstat.h>

using namespace td;

namespace tdadv {

namespace {

struct Truth
{
    std::map<QString, qint64> armOf;       // study id -> arm
    std::map<qint64, QString> studyIdOf;   // participant id -> study id
    std::map<QString, QDate> randomizedOn; // study id -> date
    QSet<QString> forbidden;               // values a blinded file must never hold
    qint64 largest = 0;
    double baseline = 0;
};

Result<Truth> truthOf(Database& db)
{
    Truth t;
    auto q = db.exec(QStringLiteral("SELECT id, study_id, arm_id, substr(randomized_at, 1, 10) "
                                    "FROM participant WHERE arm_id IS NOT NULL"));
    TD_TRY(q);
    std::map<qint64, int> perArm;
    while ((*q)->next()) {
        const QString sid = (*q)->value(1).toString();
        t.studyIdOf[(*q)->value(0).toLongLong()] = sid;
        t.armOf[sid] = (*q)->value(2).toLongLong();
        t.randomizedOn[sid] = QDate::fromString((*q)->value(3).toString(), Qt::ISODate);
        ++perArm[(*q)->value(2).toLongLong()];
    }
    int best = -1;
    for (const auto& [arm, n] : perArm)
        if (n > best) {
            best = n;
            t.largest = arm;
        }
    t.baseline = t.armOf.empty() ? 0 : 100.0 * best / static_cast<double>(t.armOf.size());
    auto arms = db.exec(QStringLiteral("SELECT code, name, name_nb FROM arm"));
    TD_TRY(arms);
    while ((*arms)->next())
        for (int c = 0; c < 3; ++c)
            if (!(*arms)->value(c).toString().isEmpty())
                t.forbidden << (*arms)->value(c).toString();
    auto staff = db.exec(QStringLiteral("SELECT username, display_name FROM users WHERE role <> "
                                        "'blinded_assessor'"));
    TD_TRY(staff);
    while ((*staff)->next())
        t.forbidden << (*staff)->value(0).toString() << (*staff)->value(1).toString();
    t.forbidden << QStringLiteral("in_treatment") << QStringLiteral("completed")
                << QStringLiteral("discontinued");
    return t;
}

Actor firstUser(Database& db, Role role)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM users WHERE role = ? ORDER BY id LIMIT 1"),
                        {Roles::key(role)});
    auto name = db.scalar(QStringLiteral("SELECT username FROM users WHERE role = ? ORDER BY id "
                                         "LIMIT 1"),
                          {Roles::key(role)});
    return {id.ok() ? id->toLongLong() : 0, name.ok() ? name->toString() : QString(), role};
}

QString months(const QDate& from, const QDate& to)
{
    return QString::number(from.isValid() && to.isValid() ? from.daysTo(to) / 30 : -1);
}

// Months since randomization, with everything after the longest treatment in one bucket: the
// treatment phases differ between arms only in the first months.
QString recentMonths(const QDate& from, const QDate& to)
{
    const qint64 days = from.isValid() && to.isValid() ? from.daysTo(to) : -1;
    return days < 0     ? QStringLiteral("-")
           : days > 240 ? QStringLiteral("later")
                        : QString::number(days / 30);
}

QString weeks(const QDate& from, const QDate& to)
{
    return QString::number(from.isValid() && to.isValid() ? from.daysTo(to) / 7 : -99);
}

QString joined(QStringList values)
{
    values.sort();
    return values.join(u',');
}

// Per participant (by study id), the features of one source.
struct Collected
{
    std::map<QString, std::map<std::string, QString>> byParticipant;
    void set(const QString& sid, const std::string& name, const QString& v)
    {
        byParticipant[sid][name] = v;
    }
};

void leakCheck(const Truth& t, const QString& source, const QString& value, QStringList& leaks)
{
    if (t.forbidden.contains(value) && !leaks.contains(source + QStringLiteral(": ") + value))
        leaks << source + QStringLiteral(": ") + value;
}

// What the assessor reads in the window (and on the command line, which uses the same calls).
Status window(Database& db, const Truth& t, Collected& out, QStringList& leaks)
{
    const Actor assessor = firstUser(db, Role::BlindedAssessor);
    const QDate today = db.clock().today();
    auto seen = ParticipantRepository(db).list(assessor);
    TD_TRY(seen);
    auto alerts = AlertRepository(db).list(assessor, false);
    TD_TRY(alerts);
    std::map<QString, QStringList> alertWeeks;
    for (const Alert& a : *alerts) {
        const QString sid = a.studyId;
        alertWeeks[sid] << weeks(t.randomizedOn.count(sid) ? t.randomizedOn.at(sid) : QDate(),
                                 a.createdAt.date());
        leakCheck(t, QStringLiteral("window"), a.acknowledgedBy, leaks);
    }
    auto work = Worklist(db).forActor(assessor, today);
    TD_TRY(work);
    std::map<qint64, QStringList> tasks;
    for (const WorkItem& w : *work)
        tasks[w.participantId] << QStringLiteral("%1:%2").arg(int(w.kind)).arg(w.detail);
    auto users = db.exec(QStringLiteral("SELECT id, username FROM users"));
    TD_TRY(users);
    std::map<qint64, QString> userName;
    while ((*users)->next())
        userName[(*users)->value(0).toLongLong()] = (*users)->value(1).toString();
    for (const Participant& p : *seen) {
        if (!t.armOf.count(p.studyId))
            continue;
        if (p.armId)
            leaks << QStringLiteral("window: the arm of %1").arg(p.studyId);
        const QDate from = t.randomizedOn.at(p.studyId);
        const QString status = StatusRules::key(p.status);
        leakCheck(t, QStringLiteral("window"), status, leaks);
        out.set(p.studyId, "status", status);
        out.set(p.studyId, "status x months since randomization",
                status + QLatin1Char('/') + months(from, today));
        out.set(p.studyId, "status x months, first 8",
                status + QLatin1Char('/') + recentMonths(from, today));
        out.set(p.studyId, "alert count", QString::number(alertWeeks[p.studyId].size()));
        out.set(p.studyId, "alert weeks", joined(alertWeeks[p.studyId]));
        out.set(p.studyId, "worklist", joined(tasks[p.id]));
        auto assessments = AssessmentRepository(db).forParticipant(assessor, p.id);
        TD_TRY(assessments);
        QStringList raters, when;
        for (const Assessment& a : *assessments) {
            raters << userName[a.raterId];
            leakCheck(t, QStringLiteral("window"), userName[a.raterId], leaks);
            when << weeks(from, a.date);
        }
        raters.removeDuplicates();
        out.set(p.studyId, "assessment count", QString::number(assessments->size()));
        out.set(p.studyId, "raters", joined(raters));
        out.set(p.studyId, "assessment weeks", joined(when));
        auto visits = VisitTimeline::forParticipant(db, assessor, p.id);
        TD_TRY(visits);
        QStringList states;
        for (const Visit& v : *visits)
            states << VisitTimeline::stateKey(v.state);
        out.set(p.studyId, "visit states", states.join(u','));
    }
    return {};
}

std::vector<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    std::vector<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(f.readAll());
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            if (field.endsWith(u'\r'))
                field.chop(1);
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// A table of one row per participant (wide CSV, SAV, DTA): status and its timing, and which
// values are present.
void tableFeatures(const Truth& t, const QString& source, const QStringList& header,
                   const std::vector<QStringList>& rows, const QDate& today, Collected& out,
                   QStringList& leaks)
{
    const qsizetype sid = header.indexOf(QStringLiteral("study_id"));
    const qsizetype status = header.indexOf(QStringLiteral("status"));
    const qsizetype randomized = header.indexOf(QStringLiteral("randomized_date"));
    for (const QStringList& row : rows) {
        const QString id = row.value(sid);
        for (const QString& v : row)
            leakCheck(t, source, v, leaks);
        if (!t.armOf.count(id))
            continue;
        const QDate on = QDate::fromString(row.value(randomized), Qt::ISODate);
        out.set(id, "status", row.value(status));
        out.set(id, "status x months since randomization",
                row.value(status) + QLatin1Char('/') + months(on, today));
        out.set(id, "status x months, first 8",
                row.value(status) + QLatin1Char('/') + recentMonths(on, today));
        QString present;
        for (const QString& v : row)
            present += v.isEmpty() || v == QStringLiteral(".") ? u'0' : u'1';
        out.set(id, "values present", present);
    }
}

// SAV and DTA, read back with ReadStat.
struct StatRead
{
    QStringList header;
    std::vector<QStringList> rows;
};

int onVariable(int index, readstat_variable_t* v, const char*, void* ctx)
{
    auto* r = static_cast<StatRead*>(ctx);
    if (index >= r->header.size())
        r->header.resize(index + 1);
    r->header[index] = QString::fromUtf8(readstat_variable_get_name(v));
    return READSTAT_HANDLER_OK;
}

int onValue(int obs, readstat_variable_t* v, readstat_value_t value, void* ctx)
{
    auto* r = static_cast<StatRead*>(ctx);
    if (static_cast<std::size_t>(obs) >= r->rows.size())
        r->rows.resize(static_cast<std::size_t>(obs) + 1, QStringList(r->header.size()));
    QString text;
    if (readstat_value_is_missing(value, v))
        text = QString();
    else if (readstat_value_type(value) == READSTAT_TYPE_STRING)
        text = QString::fromUtf8(readstat_string_value(value));
    else
        text = QString::number(readstat_double_value(value), 'g', 15);
    r->rows[static_cast<std::size_t>(obs)][readstat_variable_get_index(v)] = text;
    return READSTAT_HANDLER_OK;
}

StatRead readStat(const QString& path, bool stata)
{
    StatRead r;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, onVariable);
    readstat_set_value_handler(parser, onValue);
    const QByteArray file = QFile::encodeName(path);
    if (stata)
        readstat_parse_dta(parser, file.constData(), &r);
    else
        readstat_parse_sav(parser, file.constData(), &r);
    readstat_parser_free(parser);
    return r;
}

void longFeatures(const Truth& t, const std::vector<QStringList>& csv, Collected& out,
                  QStringList& leaks)
{
    if (csv.empty())
        return;
    const QStringList& h = csv.front();
    const auto col = [&h](const char* name) { return h.indexOf(QString::fromLatin1(name)); };
    const qsizetype sid = col("study_id"), session = col("session_number"), rater = col("rater"),
                    week = col("weeks_since_randomization"), visit = col("visit"),
                    instrument = col("instrument");
    std::map<QString, QStringList> raters, weekList, sessions, forms;
    std::map<QString, int> rows;
    for (std::size_t r = 1; r < csv.size(); ++r) {
        const QStringList& row = csv[r];
        for (const QString& v : row)
            leakCheck(t, QStringLiteral("csv_long"), v, leaks);
        const QString id = row.value(sid);
        ++rows[id];
        raters[id] << row.value(rater);
        weekList[id] << QString::number(static_cast<int>(row.value(week).toDouble()));
        if (!row.value(session).isEmpty())
            sessions[id] << row.value(session);
        forms[id] << row.value(visit) + QLatin1Char(':') + row.value(instrument);
    }
    for (const auto& [id, arm] : t.armOf) {
        (void)arm;
        raters[id].removeDuplicates();
        out.set(id, "row count", QString::number(rows[id]));
        out.set(id, "raters", joined(raters[id]));
        out.set(id, "session rows", QString::number(sessions[id].size()));
        out.set(id, "weeks of the rows", joined(weekList[id]));
        out.set(id, "visit x instrument", joined(forms[id]));
    }
}

void odmFeatures(const Truth& t, const QString& path, Collected& out, QStringList& leaks)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&f);
    QString subject;
    std::map<QString, QStringList> events, users, stamps;
    std::map<QString, QString> status;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        for (const QXmlStreamAttribute& a : xml.attributes())
            leakCheck(t, QStringLiteral("odm"), a.value().toString(), leaks);
        const QStringView name = xml.name();
        const auto attr = [&xml](const char* a) {
            return xml.attributes().value(QString::fromLatin1(a)).toString();
        };
        if (name == u"SubjectData")
            subject = attr("SubjectKey");
        else if (name == u"StudyEventData")
            events[subject] << attr("StudyEventOID") + attr("StudyEventRepeatKey");
        else if (name == u"UserRef")
            users[subject] << attr("UserOID");
        else if (name == u"DateTimeStamp")
            stamps[subject] << weeks(
                t.randomizedOn.count(subject) ? t.randomizedOn.at(subject) : QDate(),
                QDate::fromString(xml.readElementText().left(10), Qt::ISODate));
        else if (name == u"ItemData" && attr("ItemOID").endsWith(QStringLiteral("STATUS")) &&
                 status[subject].isEmpty())
            status[subject] = attr("Value");
    }
    for (const auto& [id, arm] : t.armOf) {
        (void)arm;
        users[id].removeDuplicates();
        out.set(id, "events", events[id].join(u','));
        out.set(id, "event count", QString::number(events[id].size()));
        out.set(id, "audit users", joined(users[id]));
        out.set(id, "audit weeks", joined(stamps[id]));
        out.set(id, "status", status[id]);
    }
}

void score(const Truth& t, const QString& source, const Collected& c, AdversaryResult& result)
{
    Features features;
    for (const auto& [sid, arm] : t.armOf) {
        const auto p = c.byParticipant.find(sid);
        if (p == c.byParticipant.end())
            continue;
        for (const auto& [name, value] : p->second)
            add(features, name, value, arm);
    }
    for (const auto& [name, rows] : features)
        result.features.push_back({source, name, crossValidatedAccuracy(rows, t.largest)});
}

} // namespace

double AdversaryResult::margin(const QString& source) const
{
    double best = -100;
    for (const FeatureAccuracy& f : features)
        if (f.source == source)
            best = std::max(best, f.accuracy - baseline);
    return best;
}

QStringList AdversaryResult::sources() const
{
    QStringList out;
    for (const FeatureAccuracy& f : features)
        if (!out.contains(f.source))
            out << f.source;
    return out;
}

Result<AdversaryResult> attack(Database& db, const QString& workDir, bool blinded)
{
    auto truth = truthOf(db);
    TD_TRY(truth);
    const Truth& t = *truth;
    AdversaryResult result;
    result.randomized = static_cast<int>(t.armOf.size());
    result.baseline = t.baseline;
    const QDate today = db.clock().today();

    if (blinded) {
        Collected seen;
        TD_TRY(window(db, t, seen, result.leaks));
        score(t, QStringLiteral("window"), seen, result);
    }

    const Actor statistician = firstUser(db, Role::Statistician);
    ExportOptions options;
    options.blinded = blinded;
    const QDir dir(workDir);
    auto exported = [&](const ExportFormat& format, const QString& name) -> Result<QString> {
        const QString path = dir.filePath(name);
        auto made = ExportService(db).exportTo(statistician, format, path, options);
        TD_TRY(made);
        return path;
    };
    // The unblinded control ignores the arm column, as a careless analyst's copy would.
    Truth control = t;
    if (!blinded)
        control.forbidden.clear();

    if (auto sessions = exported(*ExportFormats::find(u"sessions"), QStringLiteral("sessions.csv"));
        !sessions.ok()) {
        result.refused << QStringLiteral("sessions: ") + sessions.message();
    } else {
        Collected c;
        const auto csv = readCsv(*sessions);
        std::map<QString, QStringList> kinds;
        for (std::size_t r = 1; r < csv.size(); ++r)
            kinds[csv[r].value(0)] << csv[r].value(csv.front().indexOf(QStringLiteral("kind")));
        for (const auto& [id, arm] : t.armOf) {
            (void)arm;
            c.set(id, "session count", QString::number(kinds[id].size()));
            c.set(id, "booster sessions",
                  QString::number(kinds[id].count(QStringLiteral("booster"))));
        }
        score(t, QStringLiteral("sessions"), c, result);
        if (blinded)
            result.leaks << QStringLiteral("sessions: a blinded sessions file was written");
    }
    {
        auto path = exported(*ExportFormats::find(u"csv-long"), QStringLiteral("long.csv"));
        TD_TRY(path);
        Collected c;
        longFeatures(control, readCsv(*path), c, result.leaks);
        score(t, QStringLiteral("csv_long"), c, result);
    }
    {
        auto path = exported(*ExportFormats::find(u"csv-wide"), QStringLiteral("wide.csv"));
        TD_TRY(path);
        const auto csv = readCsv(*path);
        Collected c;
        if (!csv.empty())
            tableFeatures(control, QStringLiteral("csv_wide"), csv.front(),
                          std::vector<QStringList>(csv.begin() + 1, csv.end()), today, c,
                          result.leaks);
        score(t, QStringLiteral("csv_wide"), c, result);
    }
    for (const bool stata : {false, true}) {
        const QString source = stata ? QStringLiteral("dta") : QStringLiteral("sav");
        auto path = exported(stata ? *ExportFormats::find(u"dta") : *ExportFormats::find(u"sav"),
                             QStringLiteral("wide.") + source);
        TD_TRY(path);
        const StatRead read = readStat(*path, stata);
        Collected c;
        tableFeatures(control, source, read.header, read.rows, today, c, result.leaks);
        score(t, source, c, result);
    }
    for (const bool stata : {false, true}) {
        // The long files with items: read as the long CSV is, numbers for codes.
        const QString source = stata ? QStringLiteral("dta_long") : QStringLiteral("sav_long");
        auto path = exported(*ExportFormats::find(stata ? u"dta-long" : u"sav-long"),
                             stata ? QStringLiteral("long.dta") : QStringLiteral("long.sav"));
        TD_TRY(path);
        const StatRead read = readStat(*path, stata);
        std::vector<QStringList> table{read.header};
        table.insert(table.end(), read.rows.begin(), read.rows.end());
        Collected c;
        longFeatures(control, table, c, result.leaks);
        score(t, source, c, result);
    }
    {
        auto path = exported(*ExportFormats::find(u"odm"), QStringLiteral("trial.xml"));
        TD_TRY(path);
        Collected c;
        odmFeatures(control, *path, c, result.leaks);
        score(t, QStringLiteral("odm"), c, result);
    }
    {
        // The electronic signatures: how many signed reviews each participant's records have,
        // and by whom (a blinded set names no unblinded signer).
        auto path = exported(*ExportFormats::find(u"signatures"), QStringLiteral("signatures.csv"));
        TD_TRY(path);
        const auto csv = readCsv(*path);
        Collected c;
        std::map<QString, int> reviews;
        std::map<QString, QStringList> signers;
        if (!csv.empty()) {
            const qsizetype studyId = csv.front().indexOf(QStringLiteral("study_id"));
            const qsizetype signer = csv.front().indexOf(QStringLiteral("signer"));
            for (std::size_t r = 1; r < csv.size(); ++r) {
                for (const QString& v : csv[r])
                    leakCheck(control, QStringLiteral("signatures"), v, result.leaks);
                const QString id = csv[r].value(studyId);
                if (id.isEmpty())
                    continue;
                ++reviews[id];
                signers[id] << csv[r].value(signer);
            }
        }
        for (const auto& [id, arm] : t.armOf) {
            (void)arm;
            c.set(id, "signed reviews", QString::number(reviews[id]));
            signers[id].sort();
            c.set(id, "signers", signers[id].join(u','));
        }
        score(t, QStringLiteral("signatures"), c, result);
    }
    {
        auto path = exported(*ExportFormats::find(u"codebook"), QStringLiteral("codebook.csv"));
        TD_TRY(path);
        for (const QStringList& row : readCsv(*path))
            for (const QString& v : row)
                leakCheck(control, QStringLiteral("codebook"), v, result.leaks);
    }
    return result;
}

} // namespace tdadv
