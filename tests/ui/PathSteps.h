#pragma once

// Steps of the participant's path that the tests take through core where the window has a
// screen of its own elsewhere (the baseline assessments are keyed in the entry form).

#include "assessments/AssessmentRepository.h"
#include "common/Random.h"
#include "demo/DemoScores.h"
#include "trial/Protocol.h"

#include <QString>

namespace testui {

// Keys every instrument of the protocol's before-randomization visits for one participant on
// `date`: blinded-rater instruments by the assessor, the others by the coordinator, as the
// rater rule asks. Returns the first refusal's message, or an empty string.
inline QString enterBaseline(td::Database& db, const td::Protocol& protocol, qint64 participantId,
                             const td::Actor& coordinator, const td::Actor& assessor,
                             const QDate& date)
{
    td::Random rnd(42);
    td::AssessmentRepository repo(db);
    for (const td::TimePoint& tp : protocol.schedule) {
        if (!tp.beforeRandomization)
            continue;
        for (const td::ScheduledInstrument& si : tp.instruments) {
            td::Assessment a;
            a.participantId = participantId;
            a.timePointId = tp.id;
            a.instrumentId = si.instrumentId;
            a.date = date;
            a.items = td::DemoScores::items(si.instrumentId, 22, 0, rnd);
            const bool blinded = si.rater == td::Rater::BlindedClinician;
            auto saved = repo.save(blinded ? assessor : coordinator, a);
            if (!saved.ok())
                return saved.message();
        }
    }
    return {};
}

} // namespace testui
