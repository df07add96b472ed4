#include "trial/NewTrial.h"

#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "access/UserRepository.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace td {

namespace {
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

Status NewTrial::createOnServer(const QString& uri, const Protocol& protocol, const NewUser& admin,
                                bool encrypt)
{
    // On a server the trial goes into a database of its own: a missing one is created, an
    // empty one is used, and one that holds anything is refused untouched (Database::open).
    Database::Options options;
    options.encrypt = encrypt;
    auto db = Database::open(uri, options);
    TD_TRY(db);
    if ((*db)->versionAtOpen() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("The database %1 already holds a trial; a new trial is created in a "
                            "new or empty database, so name another.")
                             .arg((*db)->path()));
    // The trial's group roles and their privileges; the administrator's login role comes with
    // the administrator (UserRepository), in the same transaction.
    TD_TRY(ServerRoles::createGroups(**db));
    TD_TRY(ServerPrivileges::grant(**db));
    auto actor = UserRepository(**db).bootstrapAdministrator(admin);
    TD_TRY(actor);
    TD_TRY(ProtocolRepository(**db).create(*actor, protocol));
    return {};
}

Status NewTrial::create(const QString& path, const Protocol& protocol, const NewUser& admin,
                        bool encrypt)
{
    const ProtocolProblems problems = ProtocolRules::check(protocol);
    if (!problems.empty())
        return ProtocolRules::toError(problems);
    if (ConnectionSpec::isServerUri(path))
        return createOnServer(path, protocol, admin, encrypt);
    const QFileInfo target(path);
    if (target.exists())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; a new trial is created in a new file, so choose "
                            "another name.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    // A unique name in the same folder, so the final rename stays on one file system.
    QString temporary;
    {
        QTemporaryFile reserve(target.absoluteDir().filePath(
            QStringLiteral(".%1.creating-XXXXXX").arg(target.fileName())));
        if (!reserve.open())
            return makeError(
                ErrorCode::Database,
                tr("Cannot create a file in %1: %2.")
                    .arg(QDir::toNativeSeparators(target.absolutePath()), reserve.errorString()));
        temporary = reserve.fileName();
    } // removed again: SQLite creates the file itself
    Status made = [&]() -> Status {
        Database::Options options;
        options.encrypt = encrypt;
        auto db = Database::open(temporary, options);
        TD_TRY(db);
        auto actor = UserRepository(**db).bootstrapAdministrator(admin);
        TD_TRY(actor);
        TD_TRY(ProtocolRepository(**db).create(*actor, protocol));
        return {};
    }(); // the database closes here, folding its write-ahead log into the file
    if (made.ok() && QFileInfo::exists(temporary + QStringLiteral("-wal")))
        made = makeError(ErrorCode::Database,
                         tr("The new trial file was not closed cleanly; nothing was created."));
    if (!made.ok()) {
        removeDatabaseFiles(temporary);
        return made;
    }
    if (!QFile::rename(temporary, path)) {
        removeDatabaseFiles(temporary);
        return makeError(ErrorCode::Conflict,
                         tr("The trial could not be saved as %1 (does a file of that name exist "
                            "now?); nothing was created.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace td
