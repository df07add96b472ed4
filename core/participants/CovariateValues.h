#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QStringList>
#include <map>

namespace td {

class Database;

// The protocol's covariates for one participant (age, sex, ...), stored as entered, checked
// against each covariate's type, range and choices. Changing a recorded value needs a reason.
class CovariateValues
{
    Q_DECLARE_TR_FUNCTIONS(CovariateValues)

public:
    explicit CovariateValues(Database& db) : m_db(db) {}

    // Sets the given values (by covariate code; an empty one is skipped: a recorded value is
    // corrected, never erased). Refused as a whole,
    // naming the covariate and what is allowed, when any value is wrong.
    Result<Participant> set(const Actor& actor, qint64 participantId,
                            const std::map<QString, QString>& values, const QString& reason = {});
    // The same checks without writing, inside a caller's transaction (screening).
    Status write(const Actor& actor, const Protocol& protocol, const Participant& p,
                 const std::map<QString, QString>& values, const QString& reason);
    // One value against its covariate; the normalized value (e.g. "42", "2026-03-01").
    static Result<QString> check(const Covariate& covariate, const QString& value);
    // Codes of covariates the protocol requires before randomization that are not recorded.
    static QStringList missingForRandomization(const Protocol& protocol, const Participant& p);

private:
    Database& m_db;
};

} // namespace td
