// The electronic signatures file: who signed which record, meaning what, when, and the
// signature itself, so that anyone holding the file and the signers' public keys can check
// each one outside TrialDesk (docs/audit.md).

#include "audit/ElectronicSignature.h"
#include "exchange/CsvWriter.h"
#include "exchange/ExportFormat.h"
#include "storage/Database.h"

#include <QSet>

namespace td {

class SignatureExport final : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(SignatureExport)

public:
    QString key() const override { return QStringLiteral("signatures"); }
    QString name() const override
    {
        return tr("Electronic signatures CSV: who signed which record, meaning what, when");
    }
    QString suffix() const override { return QStringLiteral("csv"); }
    CodebookSection codebook(const ExportContext&) const override
    {
        return {QStringLiteral("signatures"), ExportLayout::signatureVariables()};
    }
    // Every electronic signature the data set may show: a blinded data set has none on the
    // randomization's records, on emergency unblindings or on alerts it does not hold, and
    // names no unblinded signer.
    Result<qint64> write(ExportContext& ctx, QIODevice& out) const override;
};

namespace {
ExportVariable variable(const char* name, const QString& label, const char* type,
                        const QString& allowed = {})
{
    ExportVariable v;
    v.name = QString::fromLatin1(name);
    v.label = label;
    v.type = QString::fromLatin1(type);
    v.allowed = allowed;
    return v;
}

// The study id of each signed record that belongs to a participant, for the records this data
// set may hold: alerts it holds (a blinded one holds none raised by a session measure) and,
// unblinded only, emergency unblindings.
Result<QHash<QString, QString>> participantsOf(ExportContext& ctx, const QString& entity)
{
    QHash<QString, QString> out;
    QString sql;
    if (entity == QLatin1String("alert"))
        sql = QStringLiteral("SELECT a.id, p.study_id FROM alert a JOIN participant p ON p.id = "
                             "a.participant_id WHERE 1 = 1") +
              ctx.disclosure.alertsWithoutSessions(QStringLiteral("a"));
    else if (entity == QLatin1String("emergency_unblinding") && ctx.disclosure.arms())
        sql = QStringLiteral("SELECT e.id, p.study_id FROM emergency_unblinding e JOIN "
                             "participant p ON p.id = e.participant_id");
    else
        return out;
    TD_TRY(ctx.db.read(sql, {}, [&](const SqlRow& r) -> Status {
        out.insert(QString::fromUtf8(r.text(0)), QString::fromUtf8(r.text(1)));
        return {};
    }));
    return out;
}
} // namespace

std::vector<ExportVariable> ExportLayout::signatureVariables()
{
    return {
        variable("signature_id", tr("Electronic signature"), "integer"),
        variable("record", tr("Kind of record signed"), "string",
                 QStringLiteral("alert, emergency_unblinding, randomization_settings, "
                                "allocation_list, protocol_version")),
        variable("record_id", tr("The record's id (protocol_version: the version)"), "string"),
        variable("study_id", tr("Participant the record belongs to (alerts, unblindings)"),
                 "string"),
        variable("meaning", tr("What the signature means"), "string",
                 QStringLiteral("review, approval, responsibility, authorship")),
        variable("signer",
                 tr("User name of the signer (empty when this data set may not name "
                    "them)"),
                 "string"),
        variable("signer_name", tr("Printed name of the signer when signing"), "string"),
        variable("signer_role", tr("Role of the signer when signing (empty like signer)"),
                 "string"),
        variable("signed_at_utc", tr("When it was signed (UTC, ISO 8601)"), "string"),
        variable("record_sha256", tr("SHA-256 of the record as signed"), "string"),
        variable("public_key", tr("The signer's Ed25519 public key (hex)"), "string"),
        variable("signature", tr("The Ed25519 signature (hex)"), "string"),
    };
}

Result<qint64> SignatureExport::write(ExportContext& ctx, QIODevice& out) const
{
    CsvWriter csv(out);
    for (const ExportVariable& v : ExportLayout::signatureVariables())
        csv.field(v.name);
    csv.endRow();
    auto signatures = ElectronicSignatures::all(ctx.db, ctx.disclosure);
    TD_TRY(signatures);
    QHash<QString, QHash<QString, QString>> participants;
    for (const QString& entity :
         {QStringLiteral("alert"), QStringLiteral("emergency_unblinding")}) {
        auto ids = participantsOf(ctx, entity);
        TD_TRY(ids);
        participants.insert(entity, *ids);
    }
    qint64 rows = 0;
    for (const ElectronicSignature& s : *signatures) {
        const auto own = participants.constFind(s.entity);
        if (own != participants.cend() && !own->contains(s.recordId))
            continue; // a record this data set does not hold
        // An unnamed signer: the public key would name them as surely as their name.
        const bool named = !s.username.isEmpty();
        const QString studyId = own != participants.cend() ? own->value(s.recordId) : QString();
        for (const QString& field :
             {QString::number(s.id), s.entity, s.recordId, studyId,
              ElectronicSignatures::key(s.meaning), s.username, s.signerName,
              named ? s.role : QString(), s.signedAt.toUTC().toString(Qt::ISODateWithMs), s.digest,
              named ? s.publicKey : QString(), named ? s.signature : QString()})
            csv.field(field);
        csv.endRow();
        ++rows;
    }
    if (!csv.flush())
        return writeFailed(out);
    return rows;
}

const ExportFormat& signatureExport()
{
    static const SignatureExport format;
    return format;
}

} // namespace td
