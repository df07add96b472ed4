#include "audit/BackupManifest.h"

#include "audit/Keyring.h"
#include "storage/Database.h"
#include "storage/TrialFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace td {

namespace {
constexpr auto formatName = "trialdesk-backup-manifest-1";
constexpr auto suffix = ".manifest.json";

QJsonObject content(const BackupManifest& m)
{
    return QJsonObject{{QStringLiteral("format"), QString::fromLatin1(formatName)},
                       {QStringLiteral("trial_key"), m.trialKey},
                       {QStringLiteral("trial"), m.trial},
                       {QStringLiteral("file"), m.file},
                       {QStringLiteral("sha256"), m.sha256},
                       {QStringLiteral("bytes"), m.bytes},
                       {QStringLiteral("created_at"), m.createdAt},
                       {QStringLiteral("head_id"), m.headId},
                       {QStringLiteral("head_hash"), m.headHash},
                       {QStringLiteral("signed_by"), m.signedBy}};
}

Result<QString> fileHash(const QString& path, qint64& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         BackupManifests::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(ErrorCode::Database,
                         BackupManifests::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    bytes = f.size();
    return QString::fromLatin1(h.result().toHex());
}

// The newest signed head inside a backup file, read without opening it as a trial (an
// encrypted backup with its trial's key, `key`).
Result<std::pair<qint64, QString>> headInFile(const QString& path, const DataKeyPtr& key)
{
    const QString name = QStringLiteral("manifest-") + QUuid::createUuid().toString();
    std::pair<qint64, QString> head{0, {}};
    QString error;
    std::unique_ptr<CryptVfs::Grant> grant;
    if (key)
        grant = std::make_unique<CryptVfs::Grant>(key);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(
            grant ? TrialFile::uri(path, true) + QLatin1Char('&') + grant->uriParameters() : path);
        c.setConnectOptions(grant ? TrialFile::connectOptions(true)
                                  : QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT head_id, head_hash FROM audit_checkpoint ORDER BY "
                                      "id DESC LIMIT 1")) &&
                q.next())
                head = {q.value(0).toLongLong(), q.value(1).toString()};
            else if (q.lastError().isValid())
                error = q.lastError().text();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return makeError(ErrorCode::Database,
                         BackupManifests::tr("The backup %1 cannot be read: %2").arg(path, error));
    if (head.first == 0)
        return makeError(
            ErrorCode::Invalid,
            BackupManifests::tr("The backup %1 holds no signed checkpoint.").arg(path));
    return head;
}
} // namespace

QString BackupManifest::pathFor(const QString& backupFile)
{
    return backupFile + QLatin1String(suffix);
}

QByteArray BackupManifest::signedContent() const
{
    // QJsonObject keeps its keys sorted: the compact text is canonical.
    return QJsonDocument(content(*this)).toJson(QJsonDocument::Compact);
}

TrailAnchor BackupManifest::anchor(const QString& manifestPath) const
{
    return {BackupManifests::tr("the backup manifest %1").arg(QFileInfo(manifestPath).fileName()),
            headId, headHash, createdAt};
}

Result<BackupManifest> BackupManifests::write(Database& live, const Actor& actor,
                                              const QString& copy, const QString& backupFile)
{
    const SecretKeyPtr key = live.keyring().find(actor.username);
    if (!key)
        return makeError(ErrorCode::Forbidden,
                         tr("The backup's manifest needs the signature of a signed-in user; "
                            "\"%1\" is not signed in.")
                             .arg(actor.username));
    BackupManifest m;
    auto trialKey = TrailAnchors::trialKey(live);
    TD_TRY(trialKey);
    m.trialKey = *trialKey;
    auto acronym = live.scalar(QStringLiteral("SELECT acronym FROM trial LIMIT 1"));
    m.trial = acronym.ok() ? acronym->toString() : QString();
    m.file = QFileInfo(backupFile).fileName();
    auto hash = fileHash(copy, m.bytes);
    TD_TRY(hash);
    m.sha256 = *hash;
    m.createdAt = live.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto head = headInFile(copy, live.dataKey());
    TD_TRY(head);
    m.headId = head->first;
    m.headHash = head->second;
    m.signedBy = actor.username;
    m.signature = SigningKey::sign(*key, m.signedContent());
    QJsonObject json = content(m);
    json.insert(QStringLiteral("signature"), m.signature);
    QSaveFile out(BackupManifest::pathFor(backupFile));
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return makeError(ErrorCode::Database,
                         tr("The backup's manifest %1 could not be written: %2")
                             .arg(out.fileName(), out.errorString()));
    QFile::setPermissions(out.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return m;
}

Result<BackupManifest> BackupManifests::read(const QString& manifestFile)
{
    QFile f(manifestFile);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("%1 cannot be read: %2").arg(manifestFile, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a TrialDesk backup manifest.").arg(manifestFile));
    BackupManifest m;
    m.trialKey = o.value(QStringLiteral("trial_key")).toString();
    m.trial = o.value(QStringLiteral("trial")).toString();
    m.file = o.value(QStringLiteral("file")).toString();
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    m.bytes = o.value(QStringLiteral("bytes")).toInteger();
    m.createdAt = o.value(QStringLiteral("created_at")).toString();
    m.headId = o.value(QStringLiteral("head_id")).toInteger();
    m.headHash = o.value(QStringLiteral("head_hash")).toString();
    m.signedBy = o.value(QStringLiteral("signed_by")).toString();
    m.signature = o.value(QStringLiteral("signature")).toString();
    return m;
}

Status BackupManifests::check(Database& db, const BackupManifest& m, const QString& backupFile)
{
    auto key = db.scalar(QStringLiteral("SELECT signing_public_key FROM users WHERE username = ?"),
                         {m.signedBy});
    if (!key.ok() || !SigningKey::verify(key->toString(), m.signedContent(), m.signature))
        return makeError(
            ErrorCode::Invalid,
            tr("the manifest of %1 is not validly signed by \"%2\"").arg(m.file, m.signedBy));
    if (backupFile.isEmpty() || !QFileInfo::exists(backupFile))
        return {};
    qint64 bytes = 0;
    auto hash = fileHash(backupFile, bytes);
    TD_TRY(hash);
    if (*hash != m.sha256 || bytes != m.bytes)
        return makeError(ErrorCode::Invalid,
                         tr("the backup %1 was changed after its manifest was signed").arg(m.file));
    return {};
}

QString BackupManifests::describe(Database& backup, const QString& backupFile, bool* problem)
{
    if (problem)
        *problem = false;
    const QString path = BackupManifest::pathFor(backupFile);
    if (!QFileInfo::exists(path))
        return tr("This backup has no signed manifest beside it (%1): it was made before "
                  "TrialDesk signed its backups, or the manifest was not copied with it.")
            .arg(QFileInfo(path).fileName());
    auto m = read(path);
    Status fits = m.ok() ? check(backup, *m, backupFile) : Status(m.error());
    if (fits.ok()) {
        auto found = TrailAnchors::check(backup, {m->anchor(path)});
        if (!found.ok())
            fits = found.error();
        else if (!found->empty())
            fits = makeError(ErrorCode::Invalid, found->front().problem);
    }
    if (!fits.ok()) {
        if (problem)
            *problem = true;
        return tr("The backup's manifest does not fit it: %1.").arg(fits.message());
    }
    return tr("Backup of %1 made by \"%2\" at %3 (UTC); it holds audit rows 1 to %4, signed.")
        .arg(m->trial, m->signedBy,
             m->createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')))
        .arg(m->headId);
}

Result<std::vector<TrailAnchor>> BackupManifests::anchorsIn(Database& db, const QString& folder,
                                                            std::vector<AnchorFinding>& problems)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, tr("There is no folder %1.").arg(folder));
    auto trialKey = TrailAnchors::trialKey(db);
    TD_TRY(trialKey);
    std::vector<TrailAnchor> anchors;
    const QStringList names =
        dir.entryList({QStringLiteral("*") + QLatin1String(suffix)}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        auto m = read(path);
        if (!m.ok()) {
            problems.push_back({{path, 0, {}, {}}, m.message()});
            continue;
        }
        if (m->trialKey != *trialKey)
            continue; // another trial's backup
        const QString backup = dir.filePath(m->file);
        if (Status ok = check(db, *m, backup); !ok.ok()) {
            problems.push_back({m->anchor(path), ok.message()});
            continue;
        }
        anchors.push_back(m->anchor(path));
    }
    return anchors;
}

} // namespace td
