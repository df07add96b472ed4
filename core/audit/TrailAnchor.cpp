#include "audit/TrailAnchor.h"

#include "audit/AuditTrail.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSettings>

namespace td {

namespace {
QSettings anchorSettings()
{
    // Shared by the window and the command line, whatever each calls itself.
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("TrialDesk"),
                     QStringLiteral("anchors"));
}
} // namespace

Result<QString> TrailAnchors::trialKey(Database& db)
{
    // The first row alone can repeat (two demos made the same day by "admin"); the first
    // public key the trail records is random.
    auto first = db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 1"));
    TD_TRY(first);
    QByteArray key;
    AuditSelection users;
    users.entities = {QStringLiteral("user")};
    const Status read = AuditTrail::forEach(db, users, [&](const AuditFieldView& e) -> Status {
        if (e.field != "signing_public_key" || e.newValue.isNull())
            return {};
        key = e.newValue.toByteArray();
        return makeError(ErrorCode::Conflict, QStringLiteral("found")); // stops the reading
    });
    if (!read.ok() && key.isEmpty())
        return read.error();
    const QByteArray both = first->toString().toLatin1() + ':' + key;
    return QString::fromLatin1(QCryptographicHash::hash(both, QCryptographicHash::Sha256).toHex());
}

Result<std::optional<TrailAnchor>> TrailAnchors::signedHead(Database& db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT head_id, head_hash, at_utc FROM audit_checkpoint ORDER BY id DESC LIMIT 1"));
    TD_TRY(q);
    if (!(*q)->next())
        return std::optional<TrailAnchor>();
    TrailAnchor a{
        {}, (*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString()};
    (*q)->finish();
    return std::optional<TrailAnchor>(a);
}

std::optional<TrailAnchor> TrailAnchors::remembered(const QString& trialKey)
{
    QSettings s = anchorSettings();
    s.beginGroup(trialKey);
    if (!s.contains(QStringLiteral("head_id")))
        return std::nullopt;
    return TrailAnchor{tr("the head this computer last saw"),
                       s.value(QStringLiteral("head_id")).toLongLong(),
                       s.value(QStringLiteral("head_hash")).toString(),
                       s.value(QStringLiteral("at_utc")).toString()};
}

Status TrailAnchors::remember(Database& db)
{
    auto key = trialKey(db);
    if (!key.ok())
        return key.error().code == ErrorCode::NotFound ? Status{} : Status(key.error());
    auto head = signedHead(db);
    TD_TRY(head);
    if (!*head)
        return {};
    const auto known = remembered(*key);
    if (known && known->headId >= (*head)->headId)
        return {};
    QSettings s = anchorSettings();
    s.beginGroup(*key);
    s.setValue(QStringLiteral("head_id"), (*head)->headId);
    s.setValue(QStringLiteral("head_hash"), (*head)->headHash);
    s.setValue(QStringLiteral("at_utc"), (*head)->atUtc);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        return makeError(ErrorCode::Database,
                         tr("The trail's head could not be remembered in %1.").arg(s.fileName()));
    return {};
}

Result<std::vector<AnchorFinding>> TrailAnchors::check(Database& db,
                                                       const std::vector<TrailAnchor>& anchors)
{
    std::vector<AnchorFinding> found;
    auto last = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    TD_TRY(last);
    for (const TrailAnchor& a : anchors) {
        if (a.headId > last->toLongLong()) {
            found.push_back({a, tr("%1 saw row %2 (%3), but the trail ends at row %4: rows were "
                                   "cut off")
                                    .arg(a.source)
                                    .arg(a.headId)
                                    .arg(a.atUtc)
                                    .arg(last->toLongLong())});
            continue;
        }
        auto hash =
            db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {a.headId});
        TD_TRY(hash);
        if (hash->toString() != a.headHash)
            found.push_back({a, tr("%1 saw another row %2 (%3) than the trail holds now: the "
                                   "history up to that row was replaced")
                                    .arg(a.source)
                                    .arg(a.headId)
                                    .arg(a.atUtc)});
    }
    return found;
}

} // namespace td
