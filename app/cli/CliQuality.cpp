// trialdesk-cli query raise|list|show|respond|close|reopen (data queries) and missing-forms
// (docs/data-quality.md).

#include "CliArgs.h"
#include "CliCommands.h"
#include "participants/ParticipantRepository.h"
#include "quality/DataQuery.h"
#include "quality/MissingForms.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {
class CliQuery
{
    Q_DECLARE_TR_FUNCTIONS(CliQuery)
};

QString usageText()
{
    return CliQuery::tr(
        "usage (each also takes --db FILE --user NAME [--json]):\n"
        "  trialdesk-cli query raise STUDYID --visit CODE --instrument ID [--item N] --text TEXT\n"
        "      asks the participant's site about one item (or the whole form); prints the id\n"
        "  trialdesk-cli query list [--open] [--participant STUDYID]\n"
        "  trialdesk-cli query show QUERYID\n"
        "  trialdesk-cli query respond|close|reopen QUERYID --text TEXT");
}

QJsonObject toJson(const DataQuery& q)
{
    QJsonObject o{{QStringLiteral("id"), q.id},
                  {QStringLiteral("study_id"), q.studyId},
                  {QStringLiteral("site"), q.siteCode},
                  {QStringLiteral("visit"), q.visitCode},
                  {QStringLiteral("instrument"), q.target.instrumentId},
                  {QStringLiteral("origin"), DataQueries::originKey(q.origin)},
                  {QStringLiteral("status"), DataQueries::statusKey(q.status)},
                  {QStringLiteral("raised_by"), q.raisedBy},
                  {QStringLiteral("raised_at"), q.raisedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("text"), q.text},
                  {QStringLiteral("last_text"), q.lastText},
                  {QStringLiteral("last_at"), q.lastAt.toString(Qt::ISODateWithMs)}};
    o.insert(QStringLiteral("item"), q.target.item > 0 ? QJsonValue(q.target.item) : QJsonValue());
    o.insert(QStringLiteral("assessment_id"),
             q.assessmentId > 0 ? QJsonValue(q.assessmentId) : QJsonValue());
    if (!q.steps.empty()) {
        QJsonArray steps;
        for (const QueryStep& s : q.steps) {
            QJsonObject step{{QStringLiteral("action"), DataQueries::actionKey(s.action)},
                             {QStringLiteral("text"), s.text},
                             {QStringLiteral("by"), s.by},
                             {QStringLiteral("at"), s.at.toString(Qt::ISODateWithMs)}};
            if (s.assessmentId > 0)
                step.insert(QStringLiteral("corrected_assessment_id"), s.assessmentId);
            steps.append(step);
        }
        o.insert(QStringLiteral("steps"), steps);
    }
    return o;
}

QString describe(const DataQuery& q)
{
    const QString about =
        q.target.item > 0
            ? CliQuery::tr("%1, item %2").arg(q.target.instrumentId).arg(q.target.item)
            : q.target.instrumentId;
    QString line = CliQuery::tr("Query %1 (%2), %3 %4 %5 (%6): %7")
                       .arg(q.id)
                       .arg(DataQueries::statusName(q.status), q.studyId, q.visitCode, about,
                            DataQueries::originName(q.origin), q.text);
    for (const QueryStep& s : q.steps)
        line += QLatin1Char('\n') + CliQuery::tr("  %1 %2 %3: %4")
                                        .arg(s.at.toString(Qt::ISODate),
                                             DataQueries::actionName(s.action), s.by, s.text);
    return line;
}

int print(const Args& args, const DataQuery& q)
{
    if (args.json())
        printJson(toJson(q));
    else
        printOut(describe(q));
    return 0;
}

std::optional<Args> parse(const QStringList& raw, int& code)
{
    QString error;
    auto args =
        Args::parse(raw,
                    {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--visit"),
                     QStringLiteral("--instrument"), QStringLiteral("--item"),
                     QStringLiteral("--text"), QStringLiteral("--participant")},
                    {QStringLiteral("--json"), QStringLiteral("--open")}, error);
    if (!args)
        code = usageError(error, usageText());
    return args;
}

int raise(const Args& args, Session& session)
{
    Database& db = *session.db;
    const Actor& actor = session.actor;
    const QString studyId = args.positional().value(0);
    if (studyId.isEmpty() || args.value(QStringLiteral("--visit")).isEmpty() ||
        args.value(QStringLiteral("--instrument")).isEmpty())
        return usageError(CliQuery::tr("query raise needs STUDYID, --visit CODE and "
                                       "--instrument ID."),
                          usageText());
    QueryTarget target;
    if (args.has(QStringLiteral("--item"))) {
        bool ok = false;
        target.item = args.value(QStringLiteral("--item")).toInt(&ok);
        if (!ok || target.item <= 0)
            return usageError(CliQuery::tr("--item \"%1\" is not an item number; items are "
                                           "counted from 1.")
                                  .arg(args.value(QStringLiteral("--item"))),
                              usageText());
    }
    auto p = ParticipantRepository(db).getByStudyId(actor, studyId);
    if (!p.ok())
        return refuse(p.error());
    auto protocol = ProtocolRepository(db).load(actor);
    if (!protocol.ok())
        return refuse(protocol.error());
    auto visit = visitOf(*protocol, args.value(QStringLiteral("--visit")));
    if (!visit.ok())
        return usageError(visit.message(), usageText());
    target.participantId = p->id;
    target.timePointId = (*visit)->id;
    target.instrumentId = args.value(QStringLiteral("--instrument"));
    auto q = DataQueries(db).raise(actor, target, args.value(QStringLiteral("--text")));
    if (!q.ok())
        return refuse(q.error());
    if (args.json())
        printJson(toJson(*q));
    else
        printOut(QString::number(q->id));
    return 0;
}
} // namespace

int runQuery(const QStringList& raw)
{
    const QString action = raw.value(0);
    static const QStringList actions = {QStringLiteral("raise"), QStringLiteral("list"),
                                        QStringLiteral("show"),  QStringLiteral("respond"),
                                        QStringLiteral("close"), QStringLiteral("reopen")};
    if (!actions.contains(action))
        return usageError(
            CliQuery::tr("Name what to do: raise, list, show, respond, close or reopen."),
            usageText());
    int code = 0;
    auto args = parse(raw.mid(1), code);
    if (!args)
        return code;
    const bool reading = action == QStringLiteral("list") || action == QStringLiteral("show");
    qint64 id = 0;
    if (action != QStringLiteral("raise") && action != QStringLiteral("list")) {
        bool ok = false;
        id = args->positional().value(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(CliQuery::tr("Name the query by its number (trialdesk-cli query "
                                           "list shows them)."),
                              usageText());
    }
    auto session = openSession(*args, code, reading ? TrialUse::Read : TrialUse::Change);
    if (!session)
        return code;
    const Actor& actor = session->actor;
    DataQueries queries(*session->db);
    if (action == QStringLiteral("raise"))
        return raise(*args, *session);
    if (action == QStringLiteral("list")) {
        QueryFilter filter;
        filter.openOnly = args->has(QStringLiteral("--open"));
        if (const QString s = args->value(QStringLiteral("--participant")); !s.isEmpty()) {
            auto p = ParticipantRepository(*session->db).getByStudyId(actor, s);
            if (!p.ok())
                return refuse(p.error());
            filter.participantId = p->id;
        }
        auto list = queries.list(actor, filter);
        if (!list.ok())
            return refuse(list.error());
        if (args->json()) {
            QJsonArray out;
            for (const DataQuery& q : *list)
                out.append(toJson(q));
            printJson(out);
        } else if (list->empty()) {
            printOut(CliQuery::tr("No queries."));
        } else {
            for (const DataQuery& q : *list)
                printOut(describe(q));
        }
        return 0;
    }
    Result<DataQuery> done = makeError(ErrorCode::Invalid, QString());
    const QString text = args->value(QStringLiteral("--text"));
    if (action == QStringLiteral("show"))
        done = queries.get(actor, id);
    else if (action == QStringLiteral("respond"))
        done = queries.respond(actor, id, text);
    else if (action == QStringLiteral("close"))
        done = queries.close(actor, id, text);
    else
        done = queries.reopen(actor, id, text);
    if (!done.ok())
        return refuse(done.error());
    return print(*args, *done);
}

int runMissingForms(const QStringList& raw)
{
    QString error;
    const QString usage =
        CliQuery::tr("usage: trialdesk-cli missing-forms --db FILE --user NAME [--overdue] "
                     "[--json]\n  the forms expected at visits whose window has opened and not "
                     "received, per site");
    auto args = Args::parse(raw, {QStringLiteral("--db"), QStringLiteral("--user")},
                            {QStringLiteral("--json"), QStringLiteral("--overdue")}, error);
    if (!args)
        return usageError(error, usage);
    int code = 0;
    auto session = openSession(*args, code, TrialUse::Read);
    if (!session)
        return code;
    Database& db = *session->db;
    auto report = MissingForms(db).report(session->actor, db.clock().today());
    if (!report.ok())
        return refuse(report.error());
    const bool overdueOnly = args->has(QStringLiteral("--overdue"));
    if (args->json()) {
        QJsonArray sites;
        for (const SiteForms& s : report->sites)
            sites.append(QJsonObject{{QStringLiteral("site"), s.siteCode},
                                     {QStringLiteral("expected"), s.expected},
                                     {QStringLiteral("received"), s.received},
                                     {QStringLiteral("due"), s.due},
                                     {QStringLiteral("overdue"), s.overdue},
                                     {QStringLiteral("awaiting_double_entry"), s.unconfirmed}});
        QJsonArray forms;
        for (const MissingForm& f : report->forms)
            if (f.overdue || !overdueOnly)
                forms.append(
                    QJsonObject{{QStringLiteral("study_id"), f.studyId},
                                {QStringLiteral("visit"), f.visitCode},
                                {QStringLiteral("instrument"), f.instrumentId},
                                {QStringLiteral("window_opens"), f.opens.toString(Qt::ISODate)},
                                {QStringLiteral("window_closes"), f.closes.toString(Qt::ISODate)},
                                {QStringLiteral("overdue"), f.overdue},
                                {QStringLiteral("awaiting_double_entry"), f.awaitingDoubleEntry}});
        printJson(QJsonObject{{QStringLiteral("sites"), sites}, {QStringLiteral("forms"), forms}});
        return 0;
    }
    for (const SiteForms& s : report->sites)
        printOut(CliQuery::tr("%1: %2 expected, %3 received, %4 due, %5 overdue")
                     .arg(s.siteCode)
                     .arg(s.expected)
                     .arg(s.received)
                     .arg(s.due)
                     .arg(s.overdue));
    for (const MissingForm& f : report->forms)
        if (f.overdue || !overdueOnly)
            printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5%6")
                         .arg(f.overdue ? CliQuery::tr("OVERDUE") : CliQuery::tr("due"), f.studyId,
                              f.visitCode, f.instrumentId, f.closes.toString(Qt::ISODate),
                              f.awaitingDoubleEntry
                                  ? QLatin1Char('\t') + CliQuery::tr("double entry not complete")
                                  : QString()));
    return 0;
}

} // namespace td::cli
