#include "storage/TrialFile.h"

#include "storage/CryptVfs.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace td {

TrialFile::Content TrialFile::contentOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Content::Missing;
    if (info.isDir())
        return Content::Folder;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Content::Unreadable;
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return Content::Empty;
    if (head == QByteArrayView("SQLite format 3\0", 16))
        return Content::Sqlite;
    // The magic number of a write-ahead log, big-endian, with either checksum byte order.
    if (head.size() >= 4 && head.startsWith("\x37\x7f\x06") &&
        (head[3] == '\x82' || head[3] == '\x83'))
        return Content::WriteAheadLog;
    return Content::NotSqlite;
}

bool TrialFile::hasTrialTables(const QStringList& tables)
{
    return tables.contains(QStringLiteral("users")) &&
           tables.contains(QStringLiteral("audit_log")) && tables.contains(QStringLiteral("trial"));
}

QStringList TrialFile::tablesOf(const QSqlDatabase& connection, QString& error)
{
    QSqlQuery q(connection);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
        error = q.lastError().text();
        return {};
    }
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

TrialFile::Probe TrialFile::probe(const QString& path)
{
    // An encrypted TrialDesk database (docs/encryption.md): its tables need its key.
    if (contentOf(path) == Content::NotSqlite && CryptVfs::isEncrypted(path))
        return Probe::Trial;
    if (contentOf(path) != Content::Sqlite)
        return Probe::NotTrial;
    const QString name = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::Id128);
    Probe result = Probe::Unreadable;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setConnectOptions(connectOptions(true));
        c.setDatabaseName(uri(path, true));
        if (c.open()) {
            QString error;
            const QStringList tables = tablesOf(c, error);
            if (error.isEmpty())
                result = hasTrialTables(tables) ? Probe::Trial : Probe::NotTrial;
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString TrialFile::uri(const QString& path, bool readOnly, bool immutable)
{
    QString out =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        (readOnly ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=rw"));
    if (immutable)
        out += QStringLiteral("&immutable=1");
    return out;
}

QString TrialFile::connectOptions(bool readOnly)
{
    return readOnly ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY")
                    : QStringLiteral("QSQLITE_OPEN_URI");
}

} // namespace td
