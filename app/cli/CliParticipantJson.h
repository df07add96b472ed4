#pragma once

#include "access/Actor.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"
#include "worklists/Worklist.h"

#include <QJsonObject>
#include <map>
#include <vector>

namespace td {
struct User;
}

// What a role sees of a participant, as JSON with the export columns' snake_case names:
// study_id, site, status, ..., and arm and therapist only for those who may see arms (the
// participant came through the repositories, which already withheld them otherwise).
namespace td::cli {

QJsonObject participantJson(const Participant& p, const Protocol& protocol,
                            const std::vector<User>& users, bool seesArms);
// `show` adds the eligibility answers.
QJsonObject participantDetailJson(const Participant& p, const Protocol& protocol,
                                  const std::vector<User>& users,
                                  const std::map<QString, bool>& answers, bool seesArms);
QJsonObject workItemJson(const WorkItem& w, const Protocol& protocol, const QDate& today);

} // namespace td::cli
