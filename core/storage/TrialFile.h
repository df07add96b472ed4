#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace td {

// What a file holds, judged by its content and never by its name: the one place that tells a
// TrialDesk database (a trial or a backup of one) from an empty file, someone else's SQLite
// database or anything else.
class TrialFile
{
    Q_DECLARE_TR_FUNCTIONS(TrialFile)

public:
    enum class Content {
        Missing,
        Folder,
        Unreadable,    // there, but this program may not read it
        Empty,         // no bytes at all
        NotSqlite,     // bytes, but not an SQLite database
        Sqlite,        // the SQLite header: a database of some kind
        WriteAheadLog, // an SQLite -wal file (the header of a write-ahead log)
    };
    // From the file's first bytes alone; opens no database.
    static Content contentOf(const QString& path);

    // The tables every TrialDesk trial has had since schema version 1.
    static bool hasTrialTables(const QStringList& tables);
    // The names of the tables of an open connection, or an empty list with `error` set.
    static QStringList tablesOf(const QSqlDatabase& connection, QString& error);

    enum class Probe { NotTrial, Trial, Unreadable };
    // Whether `path` is a TrialDesk database: the SQLite header and a trial's tables, read on
    // a read-only connection of its own (the file is not changed). Unreadable: an SQLite file
    // whose tables cannot be read now (locked, damaged).
    static Probe probe(const QString& path);

    // The SQLite URI of a file: opened read-only or read-write, never created (mode=ro|rw).
    // `immutable` reads a file in a folder where SQLite cannot create its -shm file.
    static QString uri(const QString& path, bool readOnly, bool immutable = false);
    // The Qt connection options that go with uri().
    static QString connectOptions(bool readOnly);
};

} // namespace td
