#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

// The records a person can sign, and what of each a signature covers: its values as stored,
// read the same way when signing and when verifying. A digest is SHA-256 over the values in a
// fixed order (column names and length-prefixed texts, NULL distinct from empty).
//  - alert: a safety alert with its acknowledgement (the review);
//  - emergency_unblinding: the record with its review;
//  - randomization_settings: the method, block lengths, q and the minimization factors;
//  - allocation_list: the list's algorithm, settings, size, entries' hash, maker and time
//    (not its seed, which the digest must not help anyone guess);
//  - protocol_version: an amendment (its date, reason, changes, author, time);
//  - data_lock: a database lock or an unlock (what, why, by whom, at which trail head).
class SignedRecords
{
    Q_DECLARE_TR_FUNCTIONS(SignedRecords)

public:
    static const QStringList& entities();
    // NotFound when the record does not exist; Invalid for an entity that is never signed.
    static Result<QString> digest(Database& db, const QString& entity, const QString& recordId);
    // "Alert 12", "Protocol version 3", ... (translated).
    static QString describe(const QString& entity, const QString& recordId);
};

} // namespace td
