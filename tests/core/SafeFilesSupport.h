#pragma once

// Shared by the safe-file tests: a file's bytes as a hash, its permission bits, a plain SQLite
// file of another program, and the command line with a password in its environment.

#include "TestTrial.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <sys/stat.h>

namespace tdtest {

// The SHA-256 of a file's bytes; empty for a missing file.
inline QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The permission bits (e.g. 0600), or -1 for a missing file.
inline int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

// An SQLite file as another program leaves it (rollback journal), after `statements`.
inline void sqliteFile(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        if (!c.open())
            throw SetupFailure("cannot create " + str(path));
        QSqlQuery q(c);
        for (const QString& s : statements)
            if (!q.exec(s))
                throw SetupFailure("statement failed: " + str(s));
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw SetupFailure("cannot write " + str(path));
}

// trialdesk-cli with TRIALDESK_PASSWORD set for the run.
inline CliResult cliWithPassword(const QString& password, const QStringList& args)
{
    qputenv("TRIALDESK_PASSWORD", password.toUtf8());
    CliResult r = runCli(args);
    qunsetenv("TRIALDESK_PASSWORD");
    return r;
}

} // namespace tdtest
