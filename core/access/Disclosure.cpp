#include "access/Disclosure.h"

namespace td {

namespace {

// Statuses that follow the treatment schedule, which differs by arm.
bool followsTreatment(ParticipantStatus s)
{
    return s == ParticipantStatus::InTreatment || s == ParticipantStatus::Completed ||
           s == ParticipantStatus::Discontinued;
}

} // namespace

Disclosure Disclosure::of(const Actor& actor)
{
    return Disclosure(actor.can(Permission::ViewArm));
}

Disclosure Disclosure::blinded()
{
    return Disclosure(false);
}

Disclosure Disclosure::unblinded()
{
    return Disclosure(true);
}

bool Disclosure::names(const QString& roleKey) const
{
    return m_unblinded || roleKey == Roles::key(Role::BlindedAssessor);
}

ParticipantStatus Disclosure::status(ParticipantStatus s) const
{
    return !m_unblinded && followsTreatment(s) ? ParticipantStatus::Randomized : s;
}

QString Disclosure::statusKey(const QString& key) const
{
    const auto s = StatusRules::fromKey(key);
    return s ? StatusRules::key(status(*s)) : key;
}

std::vector<ParticipantStatus> Disclosure::statuses() const
{
    std::vector<ParticipantStatus> out;
    for (ParticipantStatus s : allStatuses)
        if (m_unblinded || !followsTreatment(s))
            out.push_back(s);
    return out;
}

QString Disclosure::withoutSessions(const QString& sessionColumn) const
{
    return m_unblinded ? QString() : QStringLiteral(" AND %1 IS NULL").arg(sessionColumn);
}

QString Disclosure::alertsWithoutSessions(const QString& alertAlias) const
{
    if (m_unblinded)
        return {};
    return QStringLiteral(" AND %1.assessment_id IN (SELECT id FROM assessment WHERE 1 = 1%2)")
        .arg(alertAlias, withoutSessions(QStringLiteral("session_id")));
}

QString Disclosure::statusExpression(const QString& column) const
{
    if (m_unblinded)
        return column;
    QStringList hidden;
    for (ParticipantStatus s : allStatuses)
        if (followsTreatment(s))
            hidden << QStringLiteral("'%1'").arg(StatusRules::key(s));
    return QStringLiteral("(CASE WHEN %1 IN (%2) THEN '%3' ELSE %1 END)")
        .arg(column, hidden.join(QStringLiteral(", ")),
             StatusRules::key(ParticipantStatus::Randomized));
}

QString Disclosure::nameExpression(const QString& usernameColumn, const QString& roleColumn) const
{
    if (m_unblinded)
        return usernameColumn;
    return QStringLiteral("(CASE WHEN %1 = '%2' THEN %3 ELSE '' END)")
        .arg(roleColumn, Roles::key(Role::BlindedAssessor), usernameColumn);
}

QString Disclosure::noteExpression(const QString& noteColumn, const QString& authorRoleColumn) const
{
    // Blinded staff's own notes stay; the same rule as their names.
    return nameExpression(noteColumn, authorRoleColumn);
}

QString Disclosure::queryTextExpression(const QString& textColumn, const QString& authorRoleColumn,
                                        const QString& raterColumn) const
{
    if (m_unblinded)
        return textColumn;
    return QStringLiteral("(CASE WHEN %1 = 'blinded_clinician' THEN %2 ELSE %3 END)")
        .arg(raterColumn, textColumn, noteExpression(textColumn, authorRoleColumn));
}

Status Disclosure::requireArms(const Actor& actor)
{
    return Access::require(actor, Permission::ViewArm);
}

Error Disclosure::notFound(const QString& what)
{
    return makeError(ErrorCode::NotFound,
                     tr("%1 was not found, or is not yours to see.").arg(what));
}

bool Disclosure::comparativeOutcomes(const Actor& actor, const QStringList& visibleTo,
                                     bool databaseLocked)
{
    if (!actor.can(Permission::ViewArm))
        return false;
    if (databaseLocked && actor.role == Role::PrincipalInvestigator)
        return true;
    return visibleTo.contains(Roles::key(actor.role));
}

} // namespace td
