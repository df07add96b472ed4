#include "reporting/ReportAccess.h"

#include "access/Disclosure.h"
#include "quality/DataLocks.h"
#include "storage/Database.h"

#include <QLocale>
#include <QStringList>

namespace td {

namespace {

Result<QStringList> comparativeRoles(Database& db)
{
    auto visible = db.scalar(QStringLiteral("SELECT comparative_visible_to FROM trial ORDER BY id "
                                            "LIMIT 1"));
    // No protocol yet: the protocol format's default.
    if (!visible.ok() && visible.error().code == ErrorCode::NotFound)
        return QStringList{Roles::key(Role::Statistician)};
    TD_TRY(visible);
    const QString text = visible->toString();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

} // namespace

bool ReportAccess::allows(const Actor& actor, Level level)
{
    const bool trialWide = actor.can(Permission::ViewParticipants) && actor.role != Role::Therapist;
    switch (level) {
    case Level::TrialCounts:
        return trialWide;
    case Level::CountsByArm:
        return trialWide && Disclosure::of(actor).arms();
    }
    return false;
}

Status ReportAccess::require(const Actor& actor, Level level)
{
    if (allows(actor, level))
        return {};
    QString what;
    switch (level) {
    case Level::TrialCounts:
        what = tr("trial-wide participant counts");
        break;
    case Level::CountsByArm:
        what = tr("participant counts by treatment arm");
        break;
    }
    return makeError(ErrorCode::Forbidden,
                     tr("The role %1 may not see %2.").arg(Roles::displayName(actor.role), what));
}

Result<bool> ReportAccess::comparative(Database& db, const Actor& actor)
{
    if (!allows(actor, Level::CountsByArm))
        return false;
    auto roles = comparativeRoles(db);
    TD_TRY(roles);
    // The whole-trial database lock lifts the restriction for the principal investigator.
    auto lock = DataLocks::trialLock(db);
    TD_TRY(lock);
    return Disclosure::comparativeOutcomes(actor, *roles, lock->has_value());
}

Status ReportAccess::requireComparative(Database& db, const Actor& actor)
{
    auto allowed = comparative(db, actor);
    TD_TRY(allowed);
    if (*allowed)
        return {};
    return makeError(ErrorCode::Forbidden,
                     tr("The role %1 may not see outcomes compared between treatment arms before "
                        "the database is locked.")
                         .arg(Roles::displayName(actor.role)));
}

QString ReportAccess::pooledNote(Database& db)
{
    QStringList names;
    if (auto roles = comparativeRoles(db); roles.ok())
        for (const QString& key : *roles)
            if (auto role = Roles::fromKey(key))
                names << Roles::displayName(*role);
    return names.isEmpty()
               ? tr("Outcomes are pooled over all arms: nobody sees them by arm before the "
                    "database is locked.")
               : tr("Outcomes are pooled over all arms. Until the database is locked, they are "
                    "shown by arm only to these roles: %1.")
                     .arg(QLocale().createSeparatedList(names));
}

} // namespace td
