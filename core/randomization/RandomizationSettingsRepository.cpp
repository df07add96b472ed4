#include "randomization/RandomizationSettingsRepository.h"

#include "audit/AuditLog.h"
#include "audit/ElectronicSignature.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QStringList>

namespace td {

namespace {
QString lengthsText(const QList<int>& lengths)
{
    QStringList parts;
    for (int l : lengths)
        parts << QString::number(l);
    return parts.isEmpty() ? QStringLiteral("") : parts.join(QLatin1Char(','));
}

QString factorsText(const RandomizationSettings& s, const Protocol& protocol)
{
    QStringList parts;
    const auto chosen = RandomizationRules::chosenFactors(s, protocol);
    for (std::size_t i = 0; i < chosen.size(); ++i)
        parts << QStringLiteral("%1:%2")
                     .arg(chosen[i] ? chosen[i]->code : QString::number(s.factors[i].factorId))
                     .arg(s.factors[i].weight);
    return parts.join(QLatin1Char(';'));
}
} // namespace

Result<std::optional<RandomizationSettings>> RandomizationSettingsRepository::read(Database& db)
{
    auto q = db.exec(
        QStringLiteral("SELECT method, block_lengths, q FROM randomization_settings WHERE id = 1"));
    TD_TRY(q);
    if (!(*q)->next())
        return std::optional<RandomizationSettings>();
    RandomizationSettings s;
    const QString method = (*q)->value(0).toString();
    const QString lengths = (*q)->value(1).toString();
    s.q = (*q)->value(2).toDouble();
    (*q)->finish();
    auto m = randomizationMethodFromKey(method);
    if (!m)
        return makeError(ErrorCode::Database,
                         tr("The stored randomization method \"%1\" is unknown.").arg(method));
    s.method = *m;
    for (const QString& l : lengths.split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.blockLengths << l.toInt();
    auto f = db.exec(QStringLiteral(
        "SELECT factor_id, weight FROM randomization_factor ORDER BY position, factor_id"));
    TD_TRY(f);
    while ((*f)->next())
        s.factors.push_back({(*f)->value(0).toLongLong(), (*f)->value(1).toDouble()});
    return std::optional<RandomizationSettings>(s);
}

Result<bool> RandomizationSettingsRepository::configured(Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM randomization_settings"));
    TD_TRY(n);
    return n->toInt() > 0;
}

Result<int> RandomizationSettingsRepository::allocationsMade(Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE arm_id IS NOT NULL"));
    TD_TRY(n);
    return n->toInt();
}

Result<std::optional<RandomizationSettings>>
RandomizationSettingsRepository::load(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ManageRandomization));
    return read(m_db);
}

Result<RandomizationSettings> RandomizationSettingsRepository::save(const Actor& actor,
                                                                    const RandomizationSettings& s,
                                                                    const SignWith& signature,
                                                                    const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::ManageRandomization));
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    TD_TRY(RandomizationRules::validate(s, *protocol));
    auto key = ElectronicSignatures::unlock(m_db, actor, signature);
    TD_TRY(key);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto made = allocationsMade(m_db);
    TD_TRY(made);
    if (*made > 0)
        return makeError(ErrorCode::Conflict,
                         tr("The randomization settings cannot change after the first "
                            "allocation; %1 participants are already allocated.")
                             .arg(*made));
    auto old = read(m_db);
    TD_TRY(old);
    if (*old && reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Changing the randomization settings needs a "
                                                "reason for the audit trail."));
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODate);
    const QString method = randomizationMethodKey(s.method);
    // Never a null string: the column is NOT NULL, and Qt binds a null QString as NULL.
    const QString lengths = s.method == RandomizationMethod::PermutedBlocks
                                ? lengthsText(s.blockLengths)
                                : QStringLiteral("");
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM randomization_factor")));
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM randomization_settings")));
    TD_TRY(m_db.exec(QStringLiteral("INSERT INTO randomization_settings (id, method, "
                                    "block_lengths, q, updated_at) VALUES (1, ?, ?, ?, ?)"),
                     {method, lengths, s.q, now}));
    for (std::size_t i = 0; i < s.factors.size(); ++i)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO randomization_factor (factor_id, weight, "
                                        "position) VALUES (?, ?, ?)"),
                         {s.factors[i].factorId, s.factors[i].weight, static_cast<int>(i + 1)}));
    const QString factors = factorsText(s, *protocol);
    if (*old) {
        const RandomizationSettings& o = **old;
        TD_TRY(AuditLog::recordChanges(
            m_db, actor, QStringLiteral("randomization_settings"), 1,
            {{QStringLiteral("method"), randomizationMethodKey(o.method), method},
             {QStringLiteral("block_lengths"),
              o.method == RandomizationMethod::PermutedBlocks ? lengthsText(o.blockLengths)
                                                              : QString(),
              lengths},
             {QStringLiteral("q"), o.q, s.q},
             {QStringLiteral("factors"), factorsText(o, *protocol), factors}},
            reason.trimmed()));
    } else {
        TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("randomization_settings"), 1,
                                       {{QStringLiteral("method"), method},
                                        {QStringLiteral("block_lengths"), lengths},
                                        {QStringLiteral("q"), s.q},
                                        {QStringLiteral("factors"), factors}}));
    }
    TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Approval,
                                      QStringLiteral("randomization_settings"),
                                      QStringLiteral("1")));
    TD_TRY(tx.commit());
    RandomizationSettings saved = s;
    if (s.method != RandomizationMethod::PermutedBlocks)
        saved.blockLengths.clear();
    return saved;
}

} // namespace td
