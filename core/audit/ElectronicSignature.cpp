#include "audit/ElectronicSignature.h"

#include "access/Disclosure.h"
#include "access/ServerCredentials.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "audit/SignedMessage.h"
#include "audit/SignedRecords.h"
#include "storage/Database.h"

#include <QLocale>
#include <algorithm>

namespace td {

namespace {
const char* const meaningKeys[] = {"review", "approval", "responsibility", "authorship"};

// The signer's name and role are shown only to a reader who may learn them.
void disclose(ElectronicSignature& s, const Disclosure& disclosure)
{
    if (disclosure.names(s.role))
        return;
    s.username.clear();
    s.signerName.clear();
}

// Records of the randomization tell the allocation's make-up to someone who reads their
// signatures' names and times; a reader who may not see arms gets none of them.
bool shownTo(const QString& entity, const Disclosure& disclosure)
{
    return disclosure.arms() || (entity != QLatin1String("randomization_settings") &&
                                 entity != QLatin1String("allocation_list"));
}

Result<std::vector<ElectronicSignature>> select(Database& db, const Disclosure& disclosure,
                                                const QString& where, const QVariantList& args)
{
    std::vector<ElectronicSignature> out;
    TD_TRY(db.read(QStringLiteral("SELECT id, entity, record_id, meaning, username, signer_name, "
                                  "role, signed_at, record_digest, public_key, signature FROM "
                                  "electronic_signature %1 ORDER BY id")
                       .arg(where),
                   args, [&](const SqlRow& r) -> Status {
                       auto text = [&r](int i) { return QString::fromUtf8(r.text(i)); };
                       ElectronicSignature s;
                       s.id = text(0).toLongLong();
                       s.entity = text(1);
                       s.recordId = text(2);
                       if (!shownTo(s.entity, disclosure))
                           return {};
                       s.meaning = ElectronicSignatures::meaningFromKey(text(3)).value_or(
                           SignatureMeaning::Review);
                       s.username = text(4);
                       s.signerName = text(5);
                       s.role = text(6);
                       s.signedAt = QDateTime::fromString(text(7), Qt::ISODateWithMs);
                       s.digest = text(8);
                       s.publicKey = text(9);
                       s.signature = text(10);
                       disclose(s, disclosure);
                       out.push_back(std::move(s));
                       return {};
                   }));
    return out;
}
} // namespace

Result<SignatureKey> ElectronicSignatures::unlock(Database& db, const Actor& actor,
                                                  const SignWith& with)
{
    if (with.password.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("This act is signed electronically: type your own password to sign "
                            "it. Nothing was saved."),
                         QStringLiteral("password"));
    if (auto checked = UserRepository(db).verify(actor, with.password); !checked.ok())
        return makeError(
            checked.error().code,
            tr("Your signature was not accepted: %1 Nothing was saved.").arg(checked.message()),
            QStringLiteral("password"));
    auto q =
        db.exec(QStringLiteral("SELECT display_name, signing_public_key FROM users WHERE id = ?"),
                {actor.userId});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound,
                         tr("User \"%1\" does not exist.").arg(actor.username));
    SignatureKey key;
    key.m_actor = actor;
    key.m_name = (*q)->value(0).toString();
    key.m_publicKey = (*q)->value(1).toString();
    (*q)->finish();
    // On a server a login reads its own sealed key only (ServerCredentials).
    auto own = ServerCredentials::of(db, actor.userId);
    TD_TRY(own);
    const QString sealed = own->signingKeySealed;
    auto secret = SigningKey::unseal(sealed, key.m_publicKey, with.password);
    if (!secret.ok())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The signing key of \"%1\" could not be opened (%2). Sign out and in "
                            "again; if that does not help, an administrator can reset the "
                            "password, which gives a new key. Nothing was saved.")
                             .arg(actor.username, secret.message()));
    key.m_secret = *secret;
    return key;
}

Result<ElectronicSignature> ElectronicSignatures::sign(Database& db, const SignatureKey& signer,
                                                       SignatureMeaning meaning,
                                                       const QString& entity,
                                                       const QString& recordId)
{
    if (!signer.m_secret)
        return makeError(ErrorCode::Invalid, tr("No signing key was opened for this signature."));
    auto digest = SignedRecords::digest(db, entity, recordId);
    TD_TRY(digest);
    ElectronicSignature s;
    s.entity = entity;
    s.recordId = recordId;
    s.meaning = meaning;
    s.username = signer.m_actor.username;
    s.signerName = signer.m_name;
    s.role = Roles::key(signer.m_actor.role);
    // Never before the last audit row: signatures and the trail keep one order of time.
    QString at = db.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto last = db.scalar(QStringLiteral("SELECT at_utc FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (last.ok())
        at = std::max(at, last->toString());
    s.signedAt = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
    at = s.signedAt.toString(Qt::ISODateWithMs); // the text the signature covers
    s.digest = *digest;
    s.publicKey = signer.m_publicKey;
    s.signature = SigningKey::sign(*signer.m_secret, message(s));
    auto written = db.write(QStringLiteral("INSERT INTO electronic_signature (entity, record_id, "
                                           "meaning, username, signer_name, role, signed_at, "
                                           "record_digest, public_key, signature) VALUES (?, ?, ?, "
                                           "?, ?, ?, ?, ?, ?, ?)"),
                            {entity, recordId, ElectronicSignatures::key(meaning), s.username,
                             s.signerName, s.role, at, s.digest, s.publicKey, s.signature});
    TD_TRY(written);
    s.id = written->lastId;
    TD_TRY(AuditLog::recordCreated(db, signer.m_actor, QStringLiteral("electronic_signature"), s.id,
                                   {{QStringLiteral("entity"), entity},
                                    {QStringLiteral("record_id"), recordId},
                                    {QStringLiteral("meaning"), ElectronicSignatures::key(meaning)},
                                    {QStringLiteral("username"), s.username},
                                    {QStringLiteral("signer_name"), s.signerName},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("signed_at"), at},
                                    {QStringLiteral("record_digest"), s.digest},
                                    {QStringLiteral("public_key"), s.publicKey},
                                    {QStringLiteral("signature"), s.signature}}));
    return s;
}

Result<std::vector<ElectronicSignature>> ElectronicSignatures::of(Database& db,
                                                                  const Disclosure& disclosure,
                                                                  const QString& entity,
                                                                  const QString& recordId)
{
    return select(db, disclosure, QStringLiteral("WHERE entity = ? AND record_id = ?"),
                  {entity, recordId});
}

Result<QHash<QString, ElectronicSignature>>
ElectronicSignatures::lastByRecord(Database& db, const Disclosure& disclosure,
                                   const QString& entity)
{
    auto list = select(db, disclosure, QStringLiteral("WHERE entity = ?"), {entity});
    TD_TRY(list);
    QHash<QString, ElectronicSignature> out;
    for (const ElectronicSignature& s : *list)
        out.insert(s.recordId, s);
    return out;
}

Result<std::vector<ElectronicSignature>> ElectronicSignatures::all(Database& db,
                                                                   const Disclosure& disclosure)
{
    return select(db, disclosure, {}, {});
}

QByteArray ElectronicSignatures::message(const ElectronicSignature& s)
{
    QByteArray m("TrialDesk electronic signature v1;");
    for (const QString& field :
         {s.entity, s.recordId, key(s.meaning), s.username, s.signerName, s.role,
          s.signedAt.toUTC().toString(Qt::ISODateWithMs), s.digest, s.publicKey})
        appendSignedField(m, field);
    return m;
}

QString ElectronicSignatures::key(SignatureMeaning meaning)
{
    return QString::fromLatin1(meaningKeys[static_cast<int>(meaning)]);
}

std::optional<SignatureMeaning> ElectronicSignatures::meaningFromKey(const QString& key)
{
    for (int i = 0; i < 4; ++i)
        if (key == QLatin1String(meaningKeys[i]))
            return static_cast<SignatureMeaning>(i);
    return std::nullopt;
}

QString ElectronicSignatures::meaningLabel(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::Review:
        return tr("reviewed");
    case SignatureMeaning::Approval:
        return tr("approved");
    case SignatureMeaning::Responsibility:
        return tr("takes responsibility");
    case SignatureMeaning::Authorship:
        return tr("author");
    }
    return {};
}

QString ElectronicSignatures::statement(const QString& entity, SignatureMeaning meaning)
{
    if (entity == QLatin1String("alert"))
        return tr("I have reviewed this safety alert, and my note says what was done.");
    if (entity == QLatin1String("emergency_unblinding"))
        return tr("I have reviewed this emergency unblinding and its reason.");
    if (entity == QLatin1String("randomization_settings"))
        return tr("I approve these randomization settings for the trial.");
    if (entity == QLatin1String("allocation_list"))
        return tr("I approve this allocation list as the one the trial's allocations use.");
    if (entity == QLatin1String("protocol_version"))
        return tr("I approve this protocol amendment, with its reason and effective date.");
    if (entity == QLatin1String("data_lock"))
        return meaning == SignatureMeaning::Responsibility
                   ? tr("I unlock these data, and take responsibility for the changes made "
                        "until they are locked again.")
                   : tr("I lock these data for the analysis: no change is accepted until they "
                        "are unlocked.");
    return tr("I sign this record (%1).").arg(meaningLabel(meaning));
}

QString ElectronicSignatures::describe(const ElectronicSignature& s)
{
    const QString when =
        QLocale().toString(s.signedAt.toLocalTime(), QLocale::FormatType::ShortFormat);
    if (s.username.isEmpty())
        return tr("Signed electronically (%1), %2").arg(meaningLabel(s.meaning), when);
    return tr("Signed electronically by %1 (%2), %3, %4")
        .arg(s.signerName, s.username, meaningLabel(s.meaning), when);
}

} // namespace td
