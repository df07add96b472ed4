#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// Which participants a user reaches: the one rule every read and write path asks.
//  - A therapist reaches the participants assigned to them.
//  - A coordinator bound to sites reaches the participants of those sites.
//  - Everyone else who may view participants (PI, statistician, assessor, a coordinator of
//    every site) reaches the whole trial.
class Reach
{
    Q_DECLARE_TR_FUNCTIONS(Reach)

public:
    // " AND <condition>" on the participant table (aliased `alias`, or unqualified when
    // empty), or an empty string when the actor reaches every participant.
    static QString participantCondition(const Actor& actor, const QString& alias = {});
    // Does the actor reach participants of this site at all?
    static bool coversSite(const Actor& actor, qint64 siteId);
    // Forbidden, naming the site, when the actor may not work with participants of `siteId`.
    static Status requireSite(Database& db, const Actor& actor, qint64 siteId);
    // Why a participant the actor cannot reach was refused: Forbidden naming the site for
    // site-bound staff; not found for a therapist and when there is no such participant.
    static Error refusal(Database& db, const Actor& actor, qint64 participantId);
    // The one wording of "not found" and "not yours" (never a row id).
    static Error notFound(const QString& studyId = {});
    // The sites' codes, "OSL, BRG" (for messages).
    static QString siteCodes(Database& db, const std::vector<qint64>& siteIds);
};

} // namespace td
