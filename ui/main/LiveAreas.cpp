#include "main/LiveAreas.h"

namespace td::LiveAreas {

namespace {
const QString participants = QStringLiteral("participants");
const QString randomization = QStringLiteral("randomization");
const QString assessments = QStringLiteral("assessments");
const QString sessions = QStringLiteral("sessions");
const QString alerts = QStringLiteral("alerts");
const QString queries = QStringLiteral("queries");
const QString locks = QStringLiteral("locks");
const QString users = QStringLiteral("users");
} // namespace

QStringList followedBy(MainWindow::Area area)
{
    using Area = MainWindow::Area;
    switch (area) {
    case Area::Worklist: // what is due: screening to randomization, ratings, sessions, queries
        return {participants, randomization, assessments, sessions, alerts, queries, locks};
    case Area::Registry: // the participants, their status, arm, visits and flags
        return {participants, randomization, assessments, sessions, alerts, queries};
    case Area::Sessions:
        return {sessions, participants, randomization};
    case Area::Dashboard:
        return {participants, randomization, assessments, sessions, alerts, queries, locks};
    case Area::Consort:
        return {participants, randomization, assessments, sessions};
    case Area::Tools: // backups, keys, the lock time, the allocation list's state
        return {users, locks, randomization};
    case Area::Randomization:
        return {randomization, participants};
    case Area::Protocol:
        return {};
    case Area::Users:
        return {users};
    case Area::DataLock:
        return {locks, assessments, queries, participants};
    case Area::DataQuality:
        return {queries, assessments, participants, locks};
    }
    return {};
}

QStringList followedByParticipantPages()
{
    return {participants, randomization, assessments, sessions, alerts, queries, locks};
}

bool concerns(const QStringList& followed, const QStringList& changed)
{
    for (const QString& area : changed)
        if (area == QLatin1String("protocol") || area == QLatin1String("other") ||
            followed.contains(area))
            return true;
    return false;
}

} // namespace td::LiveAreas
