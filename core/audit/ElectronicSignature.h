#pragma once

#include "access/Actor.h"
#include "audit/SigningKey.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <optional>
#include <vector>

namespace td {

class Database;
class Disclosure;

// The password a user types again to sign an act (never stored, never taken from a sign-in).
struct SignWith
{
    QString password;
};

// What a signature means (21 CFR 11.50: every signed record shows it).
enum class SignatureMeaning { Review, Approval, Responsibility, Authorship };

// One electronic signature: a person bound to one record, with what their signature means and
// when they signed. The signer's Ed25519 key signs the record's digest and all of this
// (docs/audit.md), so the signature cannot be moved to another record, and a record changed
// after it was signed no longer matches its last signature.
struct ElectronicSignature
{
    qint64 id = 0;
    QString entity;   // the record's table: alert, emergency_unblinding, protocol_version, ...
    QString recordId; // its key in that table
    SignatureMeaning meaning = SignatureMeaning::Review;
    QString username;   // empty for a reader who may not learn the signer's name
    QString signerName; // the printed name when signing (empty like the user name)
    QString role;       // role key at signing
    QDateTime signedAt; // UTC
    QString digest;     // SHA-256 of the record as signed (SignedRecords)
    QString publicKey;
    QString signature;
};

// The signing key of a user who has just typed their password again: the proof that the
// person signing is the one signed in. Made by ElectronicSignatures::unlock outside the act's
// transaction, so a wrong password is recorded like a failed sign-in even though the act is
// not done.
class SignatureKey
{
public:
    const Actor& actor() const { return m_actor; }

private:
    friend class ElectronicSignatures;
    Actor m_actor;
    QString m_name;
    QString m_publicKey;
    SecretKeyPtr m_secret;
};

class ElectronicSignatures
{
    Q_DECLARE_TR_FUNCTIONS(ElectronicSignatures)

public:
    // Checks `with` as UserRepository::verify does (throttled, a wrong password audited) and
    // opens the actor's signing key with it. Call it before the act's transaction.
    static Result<SignatureKey> unlock(Database& db, const Actor& actor, const SignWith& with);
    // Inside the act's transaction, once the record has its final values: signs the record
    // and stores the signature, audited.
    static Result<ElectronicSignature> sign(Database& db, const SignatureKey& key,
                                            SignatureMeaning meaning, const QString& entity,
                                            const QString& recordId);

    // The signatures of one record, oldest first, the signer named only as `disclosure`
    // allows. The caller has checked that the reader may see the record.
    static Result<std::vector<ElectronicSignature>>
    of(Database& db, const Disclosure& disclosure, const QString& entity, const QString& recordId);
    // The last signature of every signed record of `entity`, by record id (one query, for
    // lists), named as `disclosure` allows.
    static Result<QHash<QString, ElectronicSignature>>
    lastByRecord(Database& db, const Disclosure& disclosure, const QString& entity);
    // Every signature, oldest first (for the exports and the verifier), named as `disclosure`
    // allows; a reader who may not see arms gets none on the randomization's records.
    static Result<std::vector<ElectronicSignature>> all(Database& db, const Disclosure& disclosure);

    // The exact bytes a signature signs.
    static QByteArray message(const ElectronicSignature& s);

    static QString key(SignatureMeaning meaning);
    static std::optional<SignatureMeaning> meaningFromKey(const QString& key);
    // "Reviewed", "Approved", ... (translated).
    static QString meaningLabel(SignatureMeaning meaning);
    // What the signer declares, shown before they type their password (translated).
    static QString statement(const QString& entity, SignatureMeaning meaning);
    // "Signed electronically by Kari Nordmann (kari), approved, 05.12.2026 14:03" in the
    // chosen language; without the name for a signature whose signer the reader may not learn.
    static QString describe(const ElectronicSignature& s);
};

} // namespace td
