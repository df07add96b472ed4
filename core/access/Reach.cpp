#include "access/Reach.h"

#include "storage/Database.h"

#include <QStringList>
#include <algorithm>

namespace td {

QString Reach::participantCondition(const Actor& actor, const QString& alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (actor.role == Role::Therapist)
        return QStringLiteral(" AND %1therapist_id = %2").arg(prefix).arg(actor.userId);
    if (actor.role == Role::Coordinator && actor.isSiteBound()) {
        QStringList ids;
        for (qint64 id : actor.sites)
            ids << QString::number(id);
        return QStringLiteral(" AND %1site_id IN (%2)").arg(prefix, ids.join(QLatin1Char(',')));
    }
    return {};
}

bool Reach::coversSite(const Actor& actor, qint64 siteId)
{
    if (actor.role != Role::Coordinator && actor.role != Role::Therapist)
        return true;
    return !actor.isSiteBound() ||
           std::find(actor.sites.begin(), actor.sites.end(), siteId) != actor.sites.end();
}

QString Reach::siteCodes(Database& db, const std::vector<qint64>& siteIds)
{
    QStringList codes;
    for (qint64 id : siteIds) {
        auto code = db.scalar(QStringLiteral("SELECT code FROM site WHERE id = ?"), {id});
        codes << (code.ok() ? code->toString() : QString::number(id));
    }
    return codes.join(QStringLiteral(", "));
}

Status Reach::requireSite(Database& db, const Actor& actor, qint64 siteId)
{
    if (coversSite(actor, siteId))
        return {};
    return makeError(ErrorCode::Forbidden,
                     tr("%1 works at %2 and may not work with participants of site %3.")
                         .arg(actor.username, siteCodes(db, actor.sites), siteCodes(db, {siteId})),
                     QStringLiteral("site"));
}

Error Reach::notFound(const QString& studyId)
{
    return makeError(
        ErrorCode::NotFound,
        studyId.isEmpty()
            ? tr("The participant was not found among those you may see.")
            : tr("No participant with study id %1 is among those you may see.").arg(studyId));
}

Error Reach::refusal(Database& db, const Actor& actor, qint64 participantId)
{
    auto q = db.exec(QStringLiteral("SELECT site_id, study_id FROM participant WHERE id = ?"),
                     {participantId});
    if (q.ok() && (*q)->next()) {
        const qint64 site = (*q)->value(0).toLongLong();
        const QString studyId = (*q)->value(1).toString();
        (*q)->finish();
        if (!coversSite(actor, site))
            return makeError(ErrorCode::Forbidden,
                             tr("%1 belongs to site %2; %3 works at %4 only.")
                                 .arg(studyId, siteCodes(db, {site}), actor.username,
                                      siteCodes(db, actor.sites)));
    }
    // A therapist asking for someone else's participant gets the words of "no such
    // participant": who else is treated is not theirs to learn, and no row id is shown.
    return notFound();
}

} // namespace td
