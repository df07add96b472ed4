#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <vector>

namespace td {

class Database;

// A form's mark of source data verification.
struct SourceMark
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 verifiedById = 0;
    QString verifiedBy; // empty when the reader may not see the name
    QDateTime at;
};

// Forms of one site's visits, and how many of them carry a verification mark.
struct SiteVerification
{
    qint64 siteId = 0;
    QString siteCode;
    int forms = 0;
    int verified = 0;
    double share() const { return forms > 0 ? static_cast<double>(verified) / forms : 0.0; }
};

// Source data verification (docs/data-quality.md). A monitor (VerifySource) marks a
// completed form of a visit as checked against its source document. A later change to the
// form (a correction, an adjudication, a removal) clears the mark and raises a query
// ("source_changed") to the site, in the change's own transaction, so the monitor checks it
// again. Marks and their clearing are audited.
class SourceVerifications
{
    Q_DECLARE_TR_FUNCTIONS(SourceVerifications)

public:
    static constexpr int firstSchema = 14;

    explicit SourceVerifications(Database& db) : m_db(db) {}

    Result<SourceMark> verify(const Actor& actor, qint64 assessmentId);
    // The newest record of the form at the participant's visit.
    Result<SourceMark> verify(const Actor& actor, qint64 participantId, qint64 timePointId,
                              const QString& instrumentId);
    // The form's current mark, if any.
    Result<std::optional<SourceMark>> mark(const Actor& actor, qint64 assessmentId);
    // Forms of visits and their verified share, per site the actor reaches (by code).
    Result<std::vector<SiteVerification>> bySite(const Actor& actor);

    // Inside a correction's or removal's transaction: when the form carried a mark and its
    // values, date, status or removal changed, clears the mark and raises the query.
    static Status onChange(Database& db, const Actor& actor, const Assessment& before,
                           const Assessment& after, const QString& reason);

private:
    Database& m_db;
};

} // namespace td
