#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <map>
#include <vector>

namespace td {

class Database;

// What a screening visit records: the site and date, the answer to each eligibility criterion
// of the protocol (yes: the criterion applies to the person), and the covariates known so far.
struct ScreeningInput
{
    qint64 siteId = 0;
    QDate date;
    std::map<QString, bool> answers{};       // criterion code -> applies
    std::map<QString, QString> covariates{}; // covariate code -> value
};

// Screening against the protocol's eligibility criteria. Each answer is stored; eligibility
// follows from them: eligible when every inclusion criterion applies and no exclusion
// criterion does, ineligible (inclusion not met, naming the criteria) otherwise. Until every
// criterion in force is answered the person stays screened.
class Screening
{
    Q_DECLARE_TR_FUNCTIONS(Screening)

public:
    explicit Screening(Database& db) : m_db(db) {}

    // A new screening log entry with its answers and covariates, in one transaction.
    Result<Participant> screen(const Actor& actor, const ScreeningInput& input);
    // Answers for a person screened earlier (the remaining criteria, or a correction with a
    // reason before the decision is made).
    Result<Participant> answer(const Actor& actor, qint64 participantId,
                               const std::map<QString, bool>& answers);
    // The criteria asked of a person screened under `version` (those in force then).
    static std::vector<EligibilityCriterion> criteriaFor(const Protocol& protocol, int version);
    // The stored answers, by criterion code.
    Result<std::map<QString, bool>> answers(const Actor& actor, qint64 participantId);

private:
    Status store(const Actor& actor, const Protocol& protocol, const Participant& p,
                 const std::map<QString, bool>& answers);
    Result<Participant> decide(const Actor& actor, const Protocol& protocol, qint64 participantId);

    Database& m_db;
};

} // namespace td
