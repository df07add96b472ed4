#include "audit/SignatureVerifier.h"

#include "access/Disclosure.h"
#include "audit/AuditTrail.h"
#include "audit/ElectronicSignature.h"
#include "audit/SignedRecords.h"
#include "audit/TrailKeys.h"
#include "storage/Database.h"

#include <QHash>
#include <map>

namespace td {

Result<SignatureVerification> SignatureVerifier::verify(Database& db)
{
    SignatureVerification v;
    auto version = db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSchema) {
        v.applicable = false;
        return v;
    }
    auto keys = readTrailKeys(db);
    TD_TRY(keys);
    // The trail row that recorded each signature.
    QHash<qint64, qint64> rowOf;
    AuditSelection selection;
    selection.entities = {QStringLiteral("electronic_signature")};
    TD_TRY(AuditTrail::forEach(db, selection, [&](const AuditFieldView& e) -> Status {
        if (e.action == "created")
            rowOf.insert(QByteArray(e.entityId.data(), e.entityId.size()).toLongLong(), e.rowId);
        return {};
    }));
    auto signatures = ElectronicSignatures::all(db, Disclosure::unblinded());
    TD_TRY(signatures);
    // The last signature of each record and meaning: it must match the record as it is.
    std::map<std::pair<QString, QString>, const ElectronicSignature*> last;
    for (const ElectronicSignature& s : *signatures) {
        ++v.signatures;
        const QString record = SignedRecords::describe(s.entity, s.recordId);
        const qint64 row = rowOf.value(s.id, 0);
        if (row == 0) {
            v.problems << tr("Electronic signature %1 (on %2) is not in the audit trail.")
                              .arg(s.id)
                              .arg(record);
            continue;
        }
        if (keys->keyBefore(s.username, row) != s.publicKey) {
            v.problems << tr("Electronic signature %1 (on %2) names a key that the audit trail "
                             "does not give its signer.")
                              .arg(s.id)
                              .arg(record);
            continue;
        }
        if (!SigningKey::verify(s.publicKey, ElectronicSignatures::message(s), s.signature)) {
            v.problems << tr("Electronic signature %1 (on %2) does not verify: the signature or "
                             "what it signs was changed.")
                              .arg(s.id)
                              .arg(record);
            continue;
        }
        last[{s.entity + QLatin1Char('\x1f') + s.recordId, ElectronicSignatures::key(s.meaning)}] =
            &s;
    }
    for (const auto& [key, s] : last) {
        const QString record = SignedRecords::describe(s->entity, s->recordId);
        auto digest = SignedRecords::digest(db, s->entity, s->recordId);
        if (!digest.ok()) {
            if (digest.error().code != ErrorCode::NotFound)
                return digest.error();
            v.problems << tr("%1, signed electronically (signature %2), is missing from the file.")
                              .arg(record)
                              .arg(s->id);
            continue;
        }
        if (*digest != s->digest)
            v.problems << tr("%1 was changed after it was signed electronically (signature %2).")
                              .arg(record)
                              .arg(s->id);
    }
    return v;
}

} // namespace td
