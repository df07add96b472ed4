#include "participants/CovariateValues.h"

#include "audit/AuditLog.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QDate>
#include <QLocale>
#include <cmath>

namespace td {

namespace {
QString range(const Covariate& c)
{
    const QLocale locale;
    if (c.min && c.max)
        return CovariateValues::tr("from %1 to %2")
            .arg(locale.toString(*c.min), locale.toString(*c.max));
    if (c.min)
        return CovariateValues::tr("at least %1").arg(locale.toString(*c.min));
    if (c.max)
        return CovariateValues::tr("at most %1").arg(locale.toString(*c.max));
    return CovariateValues::tr("any value");
}
} // namespace

Result<QString> CovariateValues::check(const Covariate& c, const QString& raw)
{
    const QString value = raw.trimmed();
    const QString name = c.name;
    const auto refuse = [&](const QString& allowed) {
        return makeError(ErrorCode::Invalid,
                         tr("%1 (%2) \"%3\" is not allowed: %4.").arg(name, c.code, value, allowed),
                         c.code);
    };
    switch (c.type) {
    case CovariateType::Integer:
    case CovariateType::Number: {
        bool ok = false;
        // Both a decimal point and the current language's decimal comma are accepted.
        double v = QLocale::c().toDouble(value, &ok);
        if (!ok)
            v = QLocale().toDouble(value, &ok);
        const bool integer = c.type == CovariateType::Integer;
        if (!ok || (integer && std::floor(v) != v))
            return refuse(integer ? tr("enter a whole number, %1").arg(range(c))
                                  : tr("enter a number, %1").arg(range(c)));
        if ((c.min && v < *c.min) || (c.max && v > *c.max))
            return refuse(tr("enter %1").arg(range(c)));
        return integer ? QString::number(static_cast<qint64>(v)) : QString::number(v, 'g', 15);
    }
    case CovariateType::Choice: {
        QStringList codes;
        for (const CovariateChoice& choice : c.choices) {
            if (choice.code == value ||
                QString(choice.label).compare(value, Qt::CaseInsensitive) == 0)
                return choice.code;
            codes << QStringLiteral("%1 (%2)").arg(choice.code, QString(choice.label));
        }
        return refuse(tr("choose one of %1").arg(codes.join(QStringLiteral(", "))));
    }
    case CovariateType::Date: {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            return refuse(tr("enter a date as YYYY-MM-DD"));
        return d.toString(Qt::ISODate);
    }
    case CovariateType::Text:
        if (value.size() > 500)
            return refuse(tr("use at most 500 characters"));
        return value;
    }
    return refuse(tr("unknown covariate type"));
}

QStringList CovariateValues::missingForRandomization(const Protocol& protocol, const Participant& p)
{
    QStringList missing;
    for (const Covariate& c : protocol.covariates)
        if (c.requiredForRandomization && !p.covariates.values.count(c.code))
            missing << c.code;
    return missing;
}

Status CovariateValues::write(const Actor& actor, const Protocol& protocol, const Participant& p,
                              const std::map<QString, QString>& values, const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::ScreenParticipants));
    std::vector<FieldChange> changes;
    std::vector<std::pair<const Covariate*, QString>> checked;
    for (const auto& [code, raw] : values) {
        const Covariate* c = nullptr;
        for (const Covariate& candidate : protocol.covariates)
            if (candidate.code == code)
                c = &candidate;
        if (!c) {
            QStringList known;
            for (const Covariate& candidate : protocol.covariates)
                known << candidate.code;
            return makeError(
                ErrorCode::Invalid,
                tr("The protocol has no covariate \"%1\". Its covariates: %2.")
                    .arg(code, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))),
                code);
        }
        if (raw.trimmed().isEmpty())
            continue; // not given: a recorded value is never erased, only corrected
        auto ok = check(*c, raw);
        TD_TRY(ok);
        const QString normalized = *ok;
        const auto before = p.covariates.values.find(code);
        const QString old = before == p.covariates.values.end() ? QString() : before->second;
        if (old == normalized)
            continue;
        if (!old.isEmpty() && reason.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("%1 is already recorded as \"%2\"; changing it needs a reason.")
                                 .arg(QString(c->name), old),
                             QStringLiteral("reason"));
        changes.push_back({QStringLiteral("covariate.") + code,
                           old.isEmpty() ? QVariant() : QVariant(old), normalized});
        checked.push_back({c, normalized});
    }
    for (const auto& [c, value] : checked) {
        auto upd = m_db.exec(QStringLiteral("UPDATE covariate_value SET value = ? WHERE "
                                            "participant_id = ? AND covariate_id = ?"),
                             {value, p.id, c->id});
        TD_TRY(upd);
        if ((*upd)->numRowsAffected() == 0)
            TD_TRY(m_db.exec(QStringLiteral("INSERT INTO covariate_value (participant_id, "
                                            "covariate_id, value) VALUES (?, ?, ?)"),
                             {p.id, c->id, value}));
    }
    auto n = AuditLog::recordChanges(m_db, actor, QStringLiteral("participant"), p.id, changes,
                                     reason.trimmed());
    TD_TRY(n);
    return {};
}

Result<Participant> CovariateValues::set(const Actor& actor, qint64 participantId,
                                         const std::map<QString, QString>& values,
                                         const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::ScreenParticipants));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    ParticipantRepository participants(m_db);
    auto p = participants.get(actor, participantId);
    TD_TRY(p);
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    TD_TRY(write(actor, *protocol, *p, values, reason));
    TD_TRY(tx.commit());
    return participants.get(actor, participantId);
}

} // namespace td
