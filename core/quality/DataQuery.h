#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <vector>

namespace td {

class Database;
class Disclosure;
struct Score;

enum class QueryStatus { Open, Answered, Closed };
// Who raised it: a person, or a rule when the value was saved.
enum class QueryOrigin { Manual, OutOfWindow, Prorated, Unscorable, SourceChanged, EditCheck };
enum class QueryAction { Raise, Respond, Close, Reopen };

// What a query is about: one participant's visit, one instrument of it, and one item of that
// instrument (1-based) or the whole form (item 0).
struct QueryTarget
{
    qint64 participantId = 0;
    qint64 timePointId = 0;
    QString instrumentId;
    int item = 0;
};

struct QueryStep
{
    qint64 id = 0;
    QueryAction action = QueryAction::Raise;
    QString text; // empty when this reader may not read it (Disclosure::noteExpression)
    QString by;   // empty when this reader may not see the name
    QDateTime at;
    qint64 assessmentId = 0; // a response that corrected the value names the correction
};

struct DataQuery
{
    qint64 id = 0;
    QueryTarget target;
    QString studyId;
    QString siteCode;
    qint64 siteId = 0;
    QString visitCode;
    qint64 assessmentId = 0; // the record asked about, when it exists
    QueryOrigin origin = QueryOrigin::Manual;
    QueryStatus status = QueryStatus::Open;
    qint64 raisedById = 0;
    QString raisedBy;
    QDateTime raisedAt;
    QString text;     // the question as raised
    QString lastText; // the newest step's text (the answer, or a further question)
    QDateTime lastAt;
    std::vector<QueryStep> steps{}; // filled by get(); list() leaves it empty
};

// Open, answered and closed queries of one site (the PI dashboard).
struct SiteQueryCounts
{
    qint64 siteId = 0;
    QString siteCode;
    int open = 0;
    int answered = 0;
    int closed = 0;
};

struct QueryFilter
{
    bool openOnly = false;    // open or answered, i.e. not closed
    qint64 participantId = 0; // 0: every participant the reader reaches
};

// Data queries (docs/data-quality.md). A PI, statistician or coordinator raises a query on a
// value (item) or a form of a participant's visit; it goes to the participant's site, whose
// staff (AnswerQueries, within their reach) respond, possibly by correcting the value, which
// links the correction to the query. The raiser closes the query or re-opens it with a
// further question; the principal investigator may close any, and a rule-raised query is
// closed by anyone who may raise queries. Rules raise queries when a completed visit form is
// saved outside its window, prorated, or not scorable. Every step is a row of its own and is
// audited.
//
// Blinding: a blinded reader sees the queries of the participants they reach; the names and
// the texts of unblinded staff are hidden from them, except on instruments a blinded
// assessor rates, where the text is addressed to the assessor (the window says so when it is
// written).
class DataQueries
{
    Q_DECLARE_TR_FUNCTIONS(DataQueries)

public:
    static constexpr int firstSchema = 13;

    explicit DataQueries(Database& db) : m_db(db) {}

    Result<DataQuery> raise(const Actor& actor, const QueryTarget& target, const QString& text);
    Result<DataQuery> respond(const Actor& actor, qint64 queryId, const QString& text);
    // Responds by correcting the value asked about, in one transaction: the correction (with
    // the response text as its reason) and the response that names it.
    Result<DataQuery> respondWithCorrection(const Actor& actor, qint64 queryId,
                                            const Assessment& corrected, const QString& text);
    Result<DataQuery> close(const Actor& actor, qint64 queryId, const QString& text);
    Result<DataQuery> reopen(const Actor& actor, qint64 queryId, const QString& text);

    // Newest first.
    Result<std::vector<DataQuery>> list(const Actor& actor, const QueryFilter& filter = {});
    // One query with its steps, oldest first.
    Result<DataQuery> get(const Actor& actor, qint64 queryId);
    Result<std::vector<SiteQueryCounts>> countsBySite(const Actor& actor);

    // What the window offers: the same rules the calls above apply.
    static bool mayRaise(const Actor& actor);
    static bool mayRespond(const Actor& actor, const DataQuery& q);
    static bool mayClose(const Actor& actor, const DataQuery& q);

    // Inside the save's transaction (AssessmentScoring): raises the rule queries a newly
    // completed visit form calls for, once per rule and record.
    static Status raiseByRules(Database& db, const Actor& actor, const Assessment& a,
                               const Score& score, bool hasTotal);
    // Inside a write's transaction: raises one rule query on the record `a` (of a visit),
    // on `item` (0: the whole form), with `detail` as its text. With `oncePerRecord`, not
    // again when the record already has a query of this origin on this item.
    static Status raiseForRule(Database& db, const Actor& actor, const Assessment& a,
                               QueryOrigin origin, const QString& detail, int item,
                               bool oncePerRecord);

    static QString statusKey(QueryStatus s);
    static QString originKey(QueryOrigin o);
    static QString actionKey(QueryAction a);
    static QString statusName(QueryStatus s);
    static QString originName(QueryOrigin o);
    static QString actionName(QueryAction a);
    // "HRSD-17, item 3 (w8)" / "PHQ-9 (baseline)", for lists and messages.
    static QString subject(const DataQuery& q, const QString& instrumentName);

private:
    Result<DataQuery> step(const Actor& actor, qint64 queryId, QueryAction action,
                           const QString& text, qint64 assessmentId = 0);
    Result<std::vector<DataQuery>> select(const Actor& actor, const QString& where,
                                          const QVariantList& bindings);
    Status requireText(const QString& text, QueryAction action) const;

    Database& m_db;
};

} // namespace td
