#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace td {

// A generated allocation list (permuted blocks). Only the statistician sees one.
struct AllocationListInfo
{
    qint64 id = 0;
    QString algorithm;  // e.g. td-permuted-blocks/1
    QString seedSource; // "os" (the operating system's random source) or "supplied"
    QString sha256;     // of the list as generated (AllocationListRepository::sha256)
    int entries = 0;    // as generated; strata that run out are extended later
    int strata = 0;
    qint64 createdBy = 0;
    QDateTime createdAt;
};

struct AllocationListEntry
{
    qint64 id = 0;
    QString stratum;
    int position = 0; // 1-based within the stratum
    int block = 0;    // 1-based block number within the stratum
    int blockLength = 0;
    qint64 armId = 0;
    qint64 participantId = 0; // 0 while unused
};

// SHA-256 (hex) over the algorithm, the settings text and the entries in (stratum, position)
// order: what the audit trail records when a list is made.
QByteArray allocationListSha256(const QString& algorithm, const QString& settings,
                                std::vector<AllocationListEntry> entries);

} // namespace td
