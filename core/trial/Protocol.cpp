#include "trial/Protocol.h"

#include <algorithm>

namespace td {

int Arm::plannedSessions() const
{
    int n = 0;
    for (const SessionPhase& p : plan)
        n += p.count;
    return n;
}

int Arm::plannedSessions(SessionKind kind) const
{
    int n = 0;
    for (const SessionPhase& p : plan)
        if (p.kind == kind)
            n += p.count;
    return n;
}

namespace {
template <typename T> const T* findById(const std::vector<T>& items, qint64 id)
{
    auto it = std::find_if(items.begin(), items.end(), [id](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Arm* Protocol::arm(qint64 id) const
{
    return findById(arms, id);
}

const Site* Protocol::site(qint64 id) const
{
    return findById(sites, id);
}

const TimePoint* Protocol::timePoint(qint64 id) const
{
    return findById(schedule, id);
}

QString sessionKindKey(SessionKind kind)
{
    return kind == SessionKind::Booster ? QStringLiteral("booster") : QStringLiteral("regular");
}

QString raterKey(Rater rater)
{
    return rater == Rater::BlindedClinician ? QStringLiteral("blinded_clinician")
                                            : QStringLiteral("self_report");
}

QString stratSourceKey(StratSource source)
{
    switch (source) {
    case StratSource::Site:
        return QStringLiteral("site");
    case StratSource::Covariate:
        return QStringLiteral("covariate");
    case StratSource::Severity:
        return QStringLiteral("severity");
    }
    return {};
}

} // namespace td
