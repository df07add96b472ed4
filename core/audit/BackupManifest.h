#pragma once

#include "access/Actor.h"
#include "audit/TrailAnchor.h"

#include <QCoreApplication>

namespace td {

class Database;

// The signed note a backup carries beside it (<backup>.manifest.json, docs/audit.md): which
// trial, the file's SHA-256, the head of the audit chain the backup holds, who made it and
// when. `restore` shows it; `audit verify --anchors FOLDER` holds the live trail against it.
struct BackupManifest
{
    QString trialKey;
    QString trial; // acronym
    QString file;  // the backup's file name
    QString sha256;
    qint64 bytes = 0;
    QString createdAt;
    qint64 headId = 0;
    QString headHash;
    QString signedBy;
    QString signature;

    static QString pathFor(const QString& backupFile);
    // The canonical bytes the signature covers.
    QByteArray signedContent() const;
    TrailAnchor anchor(const QString& manifestPath) const;
};

class BackupManifests
{
    Q_DECLARE_TR_FUNCTIONS(BackupManifests)

public:
    // Writes the manifest of `backupFile` (a finished copy of `live`, read at `copy` until it
    // is renamed), signed by `actor`.
    static Result<BackupManifest> write(Database& live, const Actor& actor, const QString& copy,
                                        const QString& backupFile);
    static Result<BackupManifest> write(Database& live, const Actor& actor,
                                        const QString& backupFile)
    {
        return write(live, actor, backupFile, backupFile);
    }
    static Result<BackupManifest> read(const QString& manifestFile);
    // Whether the manifest is signed by the key the trial records for its signer, and
    // describes `backupFile` as it is now (size and hash).
    static Status check(Database& db, const BackupManifest& m, const QString& backupFile);
    // What a restore shows of a backup: its manifest, checked against the backup's own trail
    // and bytes, or a note that it has none (translated; `problem` set when it does not fit).
    static QString describe(Database& backup, const QString& backupFile, bool* problem = nullptr);
    // The anchors of every manifest of this trial in `folder`, with the problems of any that
    // do not verify (bad signature, unreadable).
    static Result<std::vector<TrailAnchor>> anchorsIn(Database& db, const QString& folder,
                                                      std::vector<AnchorFinding>& problems);
};

} // namespace td
