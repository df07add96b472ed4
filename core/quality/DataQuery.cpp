#include "quality/DataQuery.h"

#include "access/Disclosure.h"
#include "access/Reach.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditedWrite.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/Score.h"
#include "quality/DoubleEntry.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/Protocol.h"
#include "visits/VisitTimeline.h"

namespace td {

namespace {
const char* const statusKeys[] = {"open", "answered", "closed"};
const char* const originKeys[] = {"manual",     "out_of_window",  "prorated",
                                  "unscorable", "source_changed", "edit_check"};
const char* const actionKeys[] = {"raise", "respond", "close", "reopen"};

template <typename E, std::size_t N>
E fromKey(const char* const (&keys)[N], const QByteArrayView key)
{
    for (std::size_t i = 0; i < N; ++i)
        if (key == QByteArrayView(keys[i]))
            return static_cast<E>(i);
    return static_cast<E>(0);
}

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The columns select() reads, in order; `%1`..`%4` are the reader's disclosure expressions.
const QString selectQueries = QStringLiteral(
    "SELECT q.id, q.participant_id, p.study_id, q.site_id, s.code, q.time_point_id, tp.code, "
    "q.instrument_id, q.item, q.assessment_id, q.origin, q.status, q.raised_by, %1, "
    "q.raised_at, %2, %3, l.at_utc FROM data_query q JOIN participant p ON p.id = "
    "q.participant_id JOIN site s ON s.id = q.site_id JOIN time_point tp ON tp.id = "
    "q.time_point_id JOIN users ru ON ru.id = q.raised_by JOIN data_query_step f ON "
    "f.query_id = q.id AND f.action = 'raise' JOIN users fu ON fu.id = f.user_id JOIN "
    "data_query_step l ON l.id = (SELECT MAX(id) FROM data_query_step WHERE query_id = q.id) "
    "JOIN users lu ON lu.id = l.user_id LEFT JOIN time_point_instrument ti ON "
    "ti.time_point_id = q.time_point_id AND ti.instrument_id = q.instrument_id WHERE 1 = 1");
} // namespace

QString DataQueries::statusKey(QueryStatus s)
{
    return QString::fromLatin1(statusKeys[static_cast<int>(s)]);
}

QString DataQueries::originKey(QueryOrigin o)
{
    return QString::fromLatin1(originKeys[static_cast<int>(o)]);
}

QString DataQueries::actionKey(QueryAction a)
{
    return QString::fromLatin1(actionKeys[static_cast<int>(a)]);
}

QString DataQueries::statusName(QueryStatus s)
{
    switch (s) {
    case QueryStatus::Open:
        return tr("Open");
    case QueryStatus::Answered:
        return tr("Answered");
    case QueryStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString DataQueries::originName(QueryOrigin o)
{
    switch (o) {
    case QueryOrigin::Manual:
        return tr("Raised by a person");
    case QueryOrigin::OutOfWindow:
        return tr("Entered outside the visit window");
    case QueryOrigin::Prorated:
        return tr("Total prorated: items are missing");
    case QueryOrigin::Unscorable:
        return tr("No total: too many items are missing");
    case QueryOrigin::SourceChanged:
        return tr("Changed after source data verification");
    case QueryOrigin::EditCheck:
        return tr("Flagged by an edit check");
    }
    return {};
}

QString DataQueries::actionName(QueryAction a)
{
    switch (a) {
    case QueryAction::Raise:
        return tr("Raised");
    case QueryAction::Respond:
        return tr("Responded");
    case QueryAction::Close:
        return tr("Closed");
    case QueryAction::Reopen:
        return tr("Re-opened");
    }
    return {};
}

QString DataQueries::subject(const DataQuery& q, const QString& instrumentName)
{
    if (q.target.item > 0)
        return tr("%1, item %2 (%3)").arg(instrumentName).arg(q.target.item).arg(q.visitCode);
    return tr("%1 (%2)").arg(instrumentName, q.visitCode);
}

bool DataQueries::mayRaise(const Actor& actor)
{
    return actor.can(Permission::RaiseQueries);
}

bool DataQueries::mayRespond(const Actor& actor, const DataQuery& q)
{
    return actor.can(Permission::AnswerQueries) && q.status != QueryStatus::Closed;
}

bool DataQueries::mayClose(const Actor& actor, const DataQuery& q)
{
    if (actor.role == Role::PrincipalInvestigator)
        return true;
    if (q.origin != QueryOrigin::Manual)
        return actor.can(Permission::RaiseQueries);
    return actor.can(Permission::RaiseQueries) && q.raisedById == actor.userId;
}

Status DataQueries::requireText(const QString& text, QueryAction action) const
{
    if (!text.trimmed().isEmpty())
        return {};
    switch (action) {
    case QueryAction::Raise:
        return makeError(ErrorCode::Invalid,
                         tr("A query needs a question (for example \"Item 3 is 4 but the source "
                            "says 3: please check\")."),
                         QStringLiteral("text"));
    case QueryAction::Respond:
        return makeError(ErrorCode::Invalid,
                         tr("A response needs a text: what was checked, and what was found."),
                         QStringLiteral("text"));
    case QueryAction::Close:
        return makeError(ErrorCode::Invalid,
                         tr("Closing a query needs a text: why the answer settles it."),
                         QStringLiteral("text"));
    case QueryAction::Reopen:
        return makeError(ErrorCode::Invalid, tr("Re-opening a query needs a further question."),
                         QStringLiteral("text"));
    }
    return {};
}

Result<std::vector<DataQuery>> DataQueries::select(const Actor& actor, const QString& where,
                                                   const QVariantList& bindings)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    const Disclosure disclosure = Disclosure::of(actor);
    const QString sql =
        selectQueries.arg(
            disclosure.nameExpression(QStringLiteral("ru.username"), QStringLiteral("ru.role")),
            disclosure.queryTextExpression(QStringLiteral("f.text"), QStringLiteral("fu.role"),
                                           QStringLiteral("ti.rater")),
            disclosure.queryTextExpression(QStringLiteral("l.text"), QStringLiteral("lu.role"),
                                           QStringLiteral("ti.rater"))) +
        Reach::participantCondition(actor, QStringLiteral("p")) + where +
        QStringLiteral(" ORDER BY q.id DESC");
    std::vector<DataQuery> out;
    TD_TRY(m_db.read(sql, bindings, [&](const SqlRow& r) -> Status {
        auto text = [&r](int i) { return QString::fromUtf8(r.text(i)); };
        auto number = [&r](int i) { return r.text(i).toLongLong(); };
        DataQuery q;
        q.id = number(0);
        q.target.participantId = number(1);
        q.studyId = text(2);
        q.siteId = number(3);
        q.siteCode = text(4);
        q.target.timePointId = number(5);
        q.visitCode = text(6);
        q.target.instrumentId = text(7);
        q.target.item = static_cast<int>(number(8));
        q.assessmentId = number(9);
        q.origin = fromKey<QueryOrigin>(originKeys, r.text(10));
        q.status = fromKey<QueryStatus>(statusKeys, r.text(11));
        q.raisedById = number(12);
        q.raisedBy = text(13);
        q.raisedAt = utc(text(14));
        q.text = text(15);
        q.lastText = text(16);
        q.lastAt = utc(text(17));
        out.push_back(std::move(q));
        return {};
    }));
    return out;
}

Result<std::vector<DataQuery>> DataQueries::list(const Actor& actor, const QueryFilter& filter)
{
    QString where;
    QVariantList bindings;
    if (filter.openOnly)
        where += QStringLiteral(" AND q.status <> 'closed'");
    if (filter.participantId != 0) {
        where += QStringLiteral(" AND q.participant_id = ?");
        bindings << filter.participantId;
    }
    return select(actor, where, bindings);
}

Result<DataQuery> DataQueries::get(const Actor& actor, qint64 queryId)
{
    auto found = select(actor, QStringLiteral(" AND q.id = ?"), {queryId});
    TD_TRY(found);
    if (found->empty())
        return Disclosure::notFound(tr("Query %1").arg(queryId));
    DataQuery q = std::move(found->front());
    const Disclosure disclosure = Disclosure::of(actor);
    const QString sql =
        QStringLiteral("SELECT st.id, st.action, %1, %2, st.at_utc, st.assessment_id FROM "
                       "data_query_step st JOIN users u ON u.id = st.user_id JOIN data_query q ON "
                       "q.id = st.query_id LEFT JOIN time_point_instrument ti ON "
                       "ti.time_point_id = q.time_point_id AND ti.instrument_id = "
                       "q.instrument_id WHERE st.query_id = ? ORDER BY st.id")
            .arg(disclosure.queryTextExpression(QStringLiteral("st.text"), QStringLiteral("u.role"),
                                                QStringLiteral("ti.rater")),
                 disclosure.nameExpression(QStringLiteral("u.username"), QStringLiteral("u.role")));
    TD_TRY(m_db.read(sql, {queryId}, [&q](const SqlRow& r) -> Status {
        QueryStep s;
        s.id = r.text(0).toLongLong();
        s.action = fromKey<QueryAction>(actionKeys, r.text(1));
        s.text = QString::fromUtf8(r.text(2));
        s.by = QString::fromUtf8(r.text(3));
        s.at = utc(QString::fromUtf8(r.text(4)));
        s.assessmentId = r.text(5).toLongLong();
        q.steps.push_back(std::move(s));
        return {};
    }));
    return q;
}

Result<std::vector<SiteQueryCounts>> DataQueries::countsBySite(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewParticipants));
    const QString sql =
        QStringLiteral("SELECT s.id, s.code, SUM(CASE WHEN q.status = 'open' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN q.status = 'answered' THEN 1 ELSE 0 END), SUM(CASE WHEN "
                       "q.status = 'closed' THEN 1 ELSE 0 END) FROM site s LEFT JOIN data_query "
                       "q ON q.site_id = s.id%1 GROUP BY s.id, s.code ORDER BY s.code")
            .arg(actor.role == Role::Therapist
                     ? QStringLiteral(" AND q.participant_id IN (SELECT id FROM participant p "
                                      "WHERE 1 = 1%1)")
                           .arg(Reach::participantCondition(actor, QStringLiteral("p")))
                     : QString());
    std::vector<SiteQueryCounts> out;
    TD_TRY(m_db.read(sql, {}, [&](const SqlRow& r) -> Status {
        SiteQueryCounts c;
        c.siteId = r.text(0).toLongLong();
        if (!Reach::coversSite(actor, c.siteId))
            return {};
        c.siteCode = QString::fromUtf8(r.text(1));
        c.open = r.text(2).toInt();
        c.answered = r.text(3).toInt();
        c.closed = r.text(4).toInt();
        out.push_back(c);
        return {};
    }));
    return out;
}

Result<DataQuery> DataQueries::raise(const Actor& actor, const QueryTarget& target,
                                     const QString& text)
{
    TD_TRY(Access::require(actor, Permission::RaiseQueries));
    TD_TRY(requireText(text, QueryAction::Raise));
    auto site = m_db.scalar(QStringLiteral("SELECT site_id FROM participant p WHERE p.id = ?%1")
                                .arg(Reach::participantCondition(actor, QStringLiteral("p"))),
                            {target.participantId});
    if (!site.ok())
        return Reach::refusal(m_db, actor, target.participantId);
    auto scheduled = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM time_point_instrument WHERE time_point_id = ? AND "
                       "instrument_id = ?"),
        {target.timePointId, target.instrumentId});
    TD_TRY(scheduled);
    if (scheduled->toInt() == 0)
        return makeError(ErrorCode::Invalid,
                         tr("The protocol does not schedule the instrument \"%1\" at this "
                            "visit; a query is about a form of a visit.")
                             .arg(target.instrumentId),
                         QStringLiteral("instrument"));
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    auto definition = catalog->require(target.instrumentId);
    TD_TRY(definition);
    const int items = static_cast<int>((*definition)->items.size());
    if (target.item < 0 || target.item > items)
        return makeError(ErrorCode::Invalid,
                         tr("%1 has items 1 to %2; item %3 does not exist.")
                             .arg((*definition)->shortName)
                             .arg(items)
                             .arg(target.item),
                         QStringLiteral("item"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto assessment =
        m_db.scalar(QStringLiteral("SELECT MAX(id) FROM assessment WHERE participant_id = ? AND "
                                   "time_point_id = ? AND instrument_id = ? AND removed = 0"),
                    {target.participantId, target.timePointId, target.instrumentId});
    TD_TRY(assessment);
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto id = AuditedWrite::insert(
        m_db, actor, QStringLiteral("data_query"),
        {{QStringLiteral("participant_id"), target.participantId},
         {QStringLiteral("site_id"), site->toLongLong()},
         {QStringLiteral("time_point_id"), target.timePointId},
         {QStringLiteral("instrument_id"), target.instrumentId},
         {QStringLiteral("item"), target.item > 0 ? QVariant(target.item) : QVariant()},
         {QStringLiteral("assessment_id"),
          assessment->isNull() ? QVariant() : QVariant(assessment->toLongLong())},
         {QStringLiteral("origin"), originKey(QueryOrigin::Manual)},
         {QStringLiteral("status"), statusKey(QueryStatus::Open)},
         {QStringLiteral("raised_by"), actor.userId},
         {QStringLiteral("raised_at"), now}});
    TD_TRY(id);
    TD_TRY(AuditedWrite::insert(m_db, actor, QStringLiteral("data_query_step"),
                                {{QStringLiteral("query_id"), *id},
                                 {QStringLiteral("action"), actionKey(QueryAction::Raise)},
                                 {QStringLiteral("text"), text.trimmed()},
                                 {QStringLiteral("assessment_id"), QVariant()},
                                 {QStringLiteral("user_id"), actor.userId},
                                 {QStringLiteral("at_utc"), now}}));
    TD_TRY(tx.commit());
    return get(actor, *id);
}

Result<DataQuery> DataQueries::step(const Actor& actor, qint64 queryId, QueryAction action,
                                    const QString& text, qint64 assessmentId)
{
    TD_TRY(requireText(text, action));
    auto found = get(actor, queryId);
    TD_TRY(found);
    const DataQuery& q = *found;
    QueryStatus next = QueryStatus::Open;
    switch (action) {
    case QueryAction::Raise:
        return makeError(ErrorCode::Invalid, tr("A query is raised once."));
    case QueryAction::Respond:
        TD_TRY(Access::require(actor, Permission::AnswerQueries));
        if (q.status == QueryStatus::Closed)
            return makeError(ErrorCode::Conflict,
                             tr("Query %1 is closed; only the person who raised it can "
                                "re-open it. Nothing was changed.")
                                 .arg(queryId));
        next = QueryStatus::Answered;
        break;
    case QueryAction::Close:
    case QueryAction::Reopen:
        if (!mayClose(actor, q))
            return makeError(
                ErrorCode::Forbidden,
                q.origin == QueryOrigin::Manual
                    ? tr("Only the person who raised query %1 (or the principal investigator) "
                         "may close or re-open it.")
                          .arg(queryId)
                    : tr("%1 (%2) may not %3.")
                          .arg(actor.username, Roles::displayName(actor.role),
                               Roles::permissionName(Permission::RaiseQueries)));
        if (action == QueryAction::Close && q.status == QueryStatus::Closed)
            return makeError(ErrorCode::Conflict,
                             tr("Query %1 is already closed. Nothing was changed.").arg(queryId));
        if (action == QueryAction::Reopen && q.status != QueryStatus::Closed &&
            q.status != QueryStatus::Answered)
            return makeError(ErrorCode::Conflict,
                             tr("Query %1 is still open: it can be re-opened once it has been "
                                "answered or closed. Nothing was changed.")
                                 .arg(queryId));
        next = action == QueryAction::Close ? QueryStatus::Closed : QueryStatus::Open;
        break;
    }
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODateWithMs);
    TD_TRY(AuditedWrite::insert(
        m_db, actor, QStringLiteral("data_query_step"),
        {{QStringLiteral("query_id"), queryId},
         {QStringLiteral("action"), actionKey(action)},
         {QStringLiteral("text"), text.trimmed()},
         {QStringLiteral("assessment_id"), assessmentId != 0 ? QVariant(assessmentId) : QVariant()},
         {QStringLiteral("user_id"), actor.userId},
         {QStringLiteral("at_utc"), now}}));
    TD_TRY(AuditedWrite::update(m_db, actor, QStringLiteral("data_query"), queryId,
                                {{QStringLiteral("status"), statusKey(q.status), statusKey(next)}},
                                {}, AuditedWrite::Reason::Optional));
    TD_TRY(tx.commit());
    return get(actor, queryId);
}

Result<DataQuery> DataQueries::respond(const Actor& actor, qint64 queryId, const QString& text)
{
    return step(actor, queryId, QueryAction::Respond, text);
}

Result<DataQuery> DataQueries::respondWithCorrection(const Actor& actor, qint64 queryId,
                                                     const Assessment& corrected,
                                                     const QString& text)
{
    TD_TRY(Access::require(actor, Permission::AnswerQueries));
    TD_TRY(requireText(text, QueryAction::Respond));
    auto found = get(actor, queryId);
    TD_TRY(found);
    if (found->assessmentId == 0 || corrected.id != found->assessmentId)
        return makeError(
            ErrorCode::Invalid,
            tr("Query %1 is about another record; correct the value it asks about.").arg(queryId));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    AssessmentRepository assessments(m_db);
    TD_TRY(
        assessments.correct(actor, corrected, tr("Query %1: %2").arg(queryId).arg(text.trimmed())));
    auto answered = step(actor, queryId, QueryAction::Respond, text, corrected.id);
    TD_TRY(answered);
    TD_TRY(tx.commit());
    return answered;
}

Result<DataQuery> DataQueries::close(const Actor& actor, qint64 queryId, const QString& text)
{
    return step(actor, queryId, QueryAction::Close, text);
}

Result<DataQuery> DataQueries::reopen(const Actor& actor, qint64 queryId, const QString& text)
{
    return step(actor, queryId, QueryAction::Reopen, text);
}

Status DataQueries::raiseByRules(Database& db, const Actor& actor, const Assessment& a,
                                 const Score& score, bool hasTotal)
{
    if (!a.timePointId || a.sessionId || a.removed || a.status != AssessmentStatus::Complete ||
        VisitTimeline::hasNoData(a))
        return {};
    std::vector<std::pair<QueryOrigin, QString>> raised;
    if (!a.outOfWindowReason.trimmed().isEmpty())
        raised.push_back({QueryOrigin::OutOfWindow, a.outOfWindowReason.trimmed()});
    if (hasTotal && !score.total)
        raised.push_back({QueryOrigin::Unscorable, QStringLiteral("")});
    else if (score.prorated)
        raised.push_back({QueryOrigin::Prorated, QStringLiteral("")});
    auto version = db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema)
        return {};
    for (const auto& [origin, detail] : raised)
        TD_TRY(raiseForRule(db, actor, a, origin, detail, 0, true));
    if (*version < DoubleEntries::firstSchema)
        return {};
    // The protocol's edit checks of the form at this visit: once per record and item.
    auto checks = db.scalar(QStringLiteral("SELECT edit_checks FROM time_point_instrument WHERE "
                                           "time_point_id = ? AND instrument_id = ?"),
                            {*a.timePointId, a.instrumentId});
    if (!checks.ok() || checks->isNull())
        return {};
    for (const EditCheck& c : editChecksFromJson(checks->toString())) {
        bool numeric = false;
        // A lettered answer ("2a") counts by its digits.
        QString value = a.items.value(c.item - 1);
        while (!value.isEmpty() && value.back().isLetter())
            value.chop(1);
        const double v = value.toDouble(&numeric);
        if (!numeric || !((c.min && v < *c.min) || (c.max && v > *c.max)))
            continue;
        const QString detail =
            !c.message.isEmpty()
                ? c.message
                : (c.min && c.max ? tr("Item %1 is %2, outside the expected %3 to %4.")
                                        .arg(c.item)
                                        .arg(a.items.value(c.item - 1))
                                        .arg(*c.min)
                                        .arg(*c.max)
                   : c.min ? tr("Item %1 is %2, below the expected %3.")
                                 .arg(c.item)
                                 .arg(a.items.value(c.item - 1))
                                 .arg(*c.min)
                           : tr("Item %1 is %2, above the expected %3.")
                                 .arg(c.item)
                                 .arg(a.items.value(c.item - 1))
                                 .arg(*c.max));
        TD_TRY(raiseForRule(db, actor, a, QueryOrigin::EditCheck, detail, c.item, true));
    }
    return {};
}

Status DataQueries::raiseForRule(Database& db, const Actor& actor, const Assessment& a,
                                 QueryOrigin origin, const QString& detail, int item,
                                 bool oncePerRecord)
{
    if (!a.timePointId)
        return {};
    if (oncePerRecord) {
        auto known = db.scalar(QStringLiteral("SELECT COUNT(*) FROM data_query WHERE "
                                              "assessment_id = ? AND origin = ? AND COALESCE(item, "
                                              "0) = ?"),
                               {a.id, originKey(origin), item});
        TD_TRY(known);
        if (known->toInt() > 0)
            return {};
    }
    auto site = db.scalar(QStringLiteral("SELECT site_id FROM participant WHERE id = ?"),
                          {a.participantId});
    TD_TRY(site);
    const QString now = db.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto id =
        AuditedWrite::insert(db, actor, QStringLiteral("data_query"),
                             {{QStringLiteral("participant_id"), a.participantId},
                              {QStringLiteral("site_id"), site->toLongLong()},
                              {QStringLiteral("time_point_id"), *a.timePointId},
                              {QStringLiteral("instrument_id"), a.instrumentId},
                              {QStringLiteral("item"), item > 0 ? QVariant(item) : QVariant()},
                              {QStringLiteral("assessment_id"), a.id},
                              {QStringLiteral("origin"), originKey(origin)},
                              {QStringLiteral("status"), statusKey(QueryStatus::Open)},
                              {QStringLiteral("raised_by"), actor.userId},
                              {QStringLiteral("raised_at"), now}});
    TD_TRY(id);
    // The rule's own wording is shown from `origin`; the text keeps the detail (a person's
    // reason, the check's message).
    TD_TRY(AuditedWrite::insert(db, actor, QStringLiteral("data_query_step"),
                                {{QStringLiteral("query_id"), *id},
                                 {QStringLiteral("action"), actionKey(QueryAction::Raise)},
                                 {QStringLiteral("text"), detail},
                                 {QStringLiteral("assessment_id"), a.id},
                                 {QStringLiteral("user_id"), actor.userId},
                                 {QStringLiteral("at_utc"), now}}));
    return {};
}

} // namespace td
