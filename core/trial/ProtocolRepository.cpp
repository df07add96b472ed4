#include "trial/ProtocolRepository.h"

#include "access/Disclosure.h"
#include "audit/AuditLog.h"
#include "audit/AuditedWrite.h"
#include "audit/ElectronicSignature.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRules.h"
#include "trial/ProtocolWriter.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace td {

namespace {
QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

LocalText bilingual(const QVariant& en, const QVariant& nb)
{
    const QString english = en.toString();
    return LocalText(english, nb.isNull() ? english : nb.toString());
}

} // namespace

Result<Trial> ProtocolRepository::loadTrial()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, title, title_nb, acronym, target_sample_size, "
                                      "recruitment_start, recruitment_end, is_demo FROM trial "
                                      "ORDER BY id LIMIT 1"));
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("This database holds no trial yet."));
    QSqlQuery& r = **q;
    Trial t{r.value(0).toLongLong(), bilingual(r.value(1), r.value(2)),
            r.value(3).toString(),   r.value(4).toInt(),
            toDate(r.value(5)),      toDate(r.value(6)),
            r.value(7).toBool()};
    r.finish();
    return t;
}

Result<Protocol> ProtocolRepository::load(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewProtocol));
    return loadAll();
}

Result<Protocol> ProtocolRepository::loadAll()
{
    Protocol p;
    auto trial = loadTrial();
    TD_TRY(trial);
    p.trial = *trial;

    auto settings = m_db.exec(
        QStringLiteral("SELECT primary_instrument, primary_time_point, "
                       "comparative_visible_to, monitors_see_arms FROM trial WHERE id = ?"),
        {p.trial.id});
    TD_TRY(settings);
    if ((*settings)->next()) {
        p.primaryOutcome = {(*settings)->value(0).toString(), (*settings)->value(1).toString()};
        const QString visible = (*settings)->value(2).toString();
        p.comparativeOutcomesVisibleTo =
            visible.isEmpty() ? QStringList() : visible.split(QLatin1Char(','));
        p.monitorsSeeArms = (*settings)->value(3).toBool();
    }
    (*settings)->finish();

    auto sites =
        m_db.exec(QStringLiteral("SELECT id, code, name, name_nb FROM site ORDER BY position, id"));
    TD_TRY(sites);
    while ((*sites)->next())
        p.sites.push_back({(*sites)->value(0).toLongLong(), (*sites)->value(1).toString(),
                           bilingual((*sites)->value(2), (*sites)->value(3))});

    auto arms = m_db.exec(QStringLiteral("SELECT id, code, name, name_nb, ratio_weight, colour, "
                                         "treatment_weeks FROM arm ORDER BY position, id"));
    TD_TRY(arms);
    while ((*arms)->next()) {
        QSqlQuery& r = **arms;
        p.arms.push_back({r.value(0).toLongLong(),
                          r.value(1).toString(),
                          bilingual(r.value(2), r.value(3)),
                          r.value(4).toInt(),
                          r.value(5).toString(),
                          r.value(6).toInt(),
                          {}});
    }
    auto plan = m_db.exec(QStringLiteral("SELECT arm_id, kind, session_count, interval_weeks FROM "
                                         "arm_session_plan ORDER BY arm_id, phase"));
    TD_TRY(plan);
    while ((*plan)->next()) {
        QSqlQuery& r = **plan;
        for (Arm& a : p.arms)
            if (a.id == r.value(0).toLongLong())
                a.plan.push_back({r.value(1).toString() == QStringLiteral("booster")
                                      ? SessionKind::Booster
                                      : SessionKind::Regular,
                                  r.value(2).toInt(), r.value(3).toInt()});
    }

    auto covariates = m_db.exec(QStringLiteral("SELECT id, code, name, name_nb, type, min_value, "
                                               "max_value, required FROM covariate ORDER BY "
                                               "position, id"));
    TD_TRY(covariates);
    while ((*covariates)->next()) {
        QSqlQuery& r = **covariates;
        Covariate c;
        c.id = r.value(0).toLongLong();
        c.code = r.value(1).toString();
        c.name = bilingual(r.value(2), r.value(3));
        c.type = covariateTypeFromKey(r.value(4).toString()).value_or(CovariateType::Text);
        if (!r.value(5).isNull())
            c.min = r.value(5).toDouble();
        if (!r.value(6).isNull())
            c.max = r.value(6).toDouble();
        c.requiredForRandomization = r.value(7).toBool();
        p.covariates.push_back(c);
    }
    auto choices = m_db.exec(QStringLiteral("SELECT covariate_id, code, label, label_nb FROM "
                                            "covariate_choice ORDER BY covariate_id, position"));
    TD_TRY(choices);
    while ((*choices)->next()) {
        QSqlQuery& r = **choices;
        for (Covariate& c : p.covariates)
            if (c.id == r.value(0).toLongLong())
                c.choices.push_back({r.value(1).toString(), bilingual(r.value(2), r.value(3))});
    }

    auto criteria = m_db.exec(QStringLiteral("SELECT id, code, kind, text, text_nb, "
                                             "since_version FROM eligibility_criterion ORDER BY "
                                             "position, id"));
    TD_TRY(criteria);
    while ((*criteria)->next()) {
        QSqlQuery& r = **criteria;
        p.eligibility.push_back({r.value(0).toLongLong(), r.value(1).toString(),
                                 r.value(2).toString() == QStringLiteral("exclusion")
                                     ? CriterionKind::Exclusion
                                     : CriterionKind::Inclusion,
                                 bilingual(r.value(3), r.value(4)), r.value(5).toInt()});
    }

    auto factors = m_db.exec(QStringLiteral("SELECT id, code, name, source, variable, cut_points, "
                                            "time_point FROM strat_factor ORDER BY position, id"));
    TD_TRY(factors);
    while ((*factors)->next()) {
        QSqlQuery& r = **factors;
        StratFactor f;
        f.id = r.value(0).toLongLong();
        f.code = r.value(1).toString();
        f.name = r.value(2).toString();
        const QString source = r.value(3).toString();
        f.source = source == QStringLiteral("covariate")  ? StratSource::Covariate
                   : source == QStringLiteral("severity") ? StratSource::Severity
                                                          : StratSource::Site;
        f.variable = r.value(4).toString();
        for (const QString& part : r.value(5).toString().split(u',', Qt::SkipEmptyParts))
            f.cutPoints << part.toDouble();
        f.timePoint = r.value(6).toString();
        p.factors.push_back(f);
    }

    auto points = m_db.exec(QStringLiteral("SELECT id, code, label, label_nb, week_offset, "
                                           "window_days, before_randomization, arms FROM "
                                           "time_point ORDER BY position, id"));
    TD_TRY(points);
    while ((*points)->next()) {
        QSqlQuery& r = **points;
        TimePoint tp;
        tp.id = r.value(0).toLongLong();
        tp.code = r.value(1).toString();
        tp.label = bilingual(r.value(2), r.value(3));
        tp.weekOffset = r.value(4).toInt();
        tp.windowDays = r.value(5).toInt();
        tp.beforeRandomization = r.value(6).toBool();
        tp.arms = r.value(7).toString().split(u',', Qt::SkipEmptyParts);
        p.schedule.push_back(tp);
    }
    auto given = m_db.exec(QStringLiteral("SELECT time_point_id, instrument_id, rater, "
                                          "double_entry, edit_checks FROM "
                                          "time_point_instrument ORDER BY time_point_id, "
                                          "position"));
    TD_TRY(given);
    while ((*given)->next()) {
        QSqlQuery& r = **given;
        for (TimePoint& tp : p.schedule)
            if (tp.id == r.value(0).toLongLong())
                tp.instruments.push_back(
                    {r.value(1).toString(),
                     raterFromKey(r.value(2).toString()).value_or(Rater::SelfReport),
                     r.value(3).toBool(), editChecksFromJson(r.value(4).toString())});
    }

    auto measures = m_db.exec(QStringLiteral("SELECT m.instrument_id, a.code FROM session_measure "
                                             "m JOIN arm a ON a.id = m.arm_id ORDER BY "
                                             "m.position, a.position, a.id"));
    TD_TRY(measures);
    while ((*measures)->next()) {
        const QString id = (*measures)->value(0).toString();
        if (p.sessionMeasures.empty() || p.sessionMeasures.back().instrumentId != id)
            p.sessionMeasures.push_back({id, {}});
        p.sessionMeasures.back().arms << (*measures)->value(1).toString();
    }

    auto own = m_db.exec(QStringLiteral("SELECT definition FROM instrument_definition ORDER BY "
                                        "created_at, instrument_id"));
    TD_TRY(own);
    while ((*own)->next())
        p.instruments.push_back(
            QJsonDocument::fromJson((*own)->value(0).toString().toUtf8()).object());

    auto version = currentVersion();
    TD_TRY(version);
    p.version = *version;
    return p;
}

Result<int> ProtocolRepository::currentVersion()
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 1) FROM protocol_version"));
    TD_TRY(v);
    return v->toInt();
}

Result<PrimaryOutcome> ProtocolRepository::primaryOutcome()
{
    auto q = m_db.exec(QStringLiteral("SELECT primary_instrument, primary_time_point FROM trial "
                                      "ORDER BY id LIMIT 1"));
    TD_TRY(q);
    PrimaryOutcome out;
    if ((*q)->next())
        out = {(*q)->value(0).toString(), (*q)->value(1).toString()};
    (*q)->finish();
    return out;
}

Result<int> ProtocolRepository::randomizedCount()
{
    auto n =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE arm_id IS NOT NULL"));
    TD_TRY(n);
    return n->toInt();
}

Result<std::vector<ProtocolVersion>> ProtocolRepository::versions(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::ViewProtocol));
    auto q = m_db.exec(QStringLiteral("SELECT version, effective_date, reason, changes, "
                                      "created_by, created_at FROM protocol_version ORDER BY "
                                      "version"));
    TD_TRY(q);
    std::vector<ProtocolVersion> out;
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        QString at = r.value(5).toString();
        at.replace(u' ', u'T');
        QDateTime created = QDateTime::fromString(at, Qt::ISODate);
        created.setTimeSpec(Qt::UTC);
        out.push_back({r.value(0).toInt(), toDate(r.value(1)), r.value(2).toString(),
                       r.value(3).toString(), r.value(4).toString(), created});
    }
    auto signatures = ElectronicSignatures::lastByRecord(m_db, Disclosure::of(actor),
                                                         QStringLiteral("protocol_version"));
    TD_TRY(signatures);
    for (ProtocolVersion& v : out)
        if (auto found = signatures->constFind(QString::number(v.version));
            found != signatures->cend())
            v.signature = *found;
    return out;
}

Result<Protocol> ProtocolRepository::create(const Actor& actor, const Protocol& protocol)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    const ProtocolProblems problems = ProtocolRules::check(protocol);
    if (!problems.empty())
        return ProtocolRules::toError(problems);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM trial"));
    TD_TRY(existing);
    if (existing->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("This trial file already holds a protocol; change it with an update "
                            "or an amendment instead."));
    Protocol empty;
    empty.comparativeOutcomesVisibleTo.clear();
    TD_TRY(ProtocolWriter(m_db, actor, {}).write(empty, protocol, 1));
    TD_TRY(insertVersion(actor, 1, protocol.trial.recruitmentStart,
                         QString::fromLatin1(protocolCreatedReason), {}));
    TD_TRY(tx.commit());
    return loadAll();
}

Result<ProtocolUpdate> ProtocolRepository::update(const Actor& actor, const Protocol& target,
                                                  const AmendmentInfo& info)
{
    return change(actor, target, info, true);
}

Result<ProtocolUpdate> ProtocolRepository::preview(const Actor& actor, const Protocol& target,
                                                   const AmendmentInfo& info)
{
    return change(actor, target, info, false);
}

Result<ProtocolUpdate> ProtocolRepository::change(const Actor& actor, const Protocol& target,
                                                  const AmendmentInfo& info, bool write)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    const ProtocolProblems problems = ProtocolRules::check(target);
    if (!problems.empty())
        return ProtocolRules::toError(problems);
    // An amendment is signed: the password is checked before the transaction, so that a wrong
    // one is recorded like a failed sign-in.
    // Every other refusal comes first (the same checks, nothing written).
    std::optional<SignatureKey> key;
    if (write) {
        auto checked = change(actor, target, info, false);
        TD_TRY(checked);
        if (checked->amendment) {
            auto opened = ElectronicSignatures::unlock(m_db, actor, info.signature);
            TD_TRY(opened);
            key = std::move(*opened);
        }
    }
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto current = loadAll();
    TD_TRY(current);
    Protocol wanted = target;
    wanted.trial.isDemo = current->trial.isDemo;
    ProtocolUpdate result;
    result.changes = ProtocolDiff::compare(*current, wanted);
    result.version = current->version;
    if (result.changes.empty())
        return makeError(ErrorCode::Invalid,
                         tr("Nothing to change: this is the protocol in force (version %1).")
                             .arg(current->version));
    auto randomized = randomizedCount();
    TD_TRY(randomized);
    result.amendment = *randomized > 0;
    if (result.amendment) {
        QStringList refused;
        for (const ProtocolChange& c : result.changes)
            if (!c.allowedInAmendment())
                refused << tr("%1 (%2): %3")
                               .arg(ProtocolDiff::fieldName(c.path),
                                    ProtocolDiff::readableDescription(c.description),
                                    ProtocolDiff::amendmentRule(c));
        if (!refused.isEmpty())
            return makeError(ErrorCode::Conflict,
                             tr("%n participant(s) are randomized, so this change is an "
                                "amendment, and an amendment may not make it:",
                                nullptr, *randomized) +
                                 QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
        if (info.reason.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("An amendment needs a reason for the audit trail and the "
                                "protocol history."));
        auto versions = m_db.exec(QStringLiteral("SELECT effective_date FROM protocol_version "
                                                 "ORDER BY version DESC LIMIT 1"));
        TD_TRY(versions);
        const QDate lastEffective = (*versions)->next() ? toDate((*versions)->value(0)) : QDate();
        (*versions)->finish();
        if (!info.effectiveDate.isValid() ||
            (lastEffective.isValid() && info.effectiveDate < lastEffective))
            return makeError(ErrorCode::Invalid,
                             tr("An amendment needs an effective date on or after %1, the "
                                "date version %2 took effect.")
                                 .arg(QLocale().toString(lastEffective, QLocale::ShortFormat))
                                 .arg(current->version));
        result.version = current->version + 1;
    }
    if (!write)
        return result;
    TD_TRY(
        ProtocolWriter(m_db, actor, info.reason.trimmed()).write(*current, wanted, result.version));
    if (result.amendment) {
        QStringList lines;
        for (const ProtocolChange& c : result.changes)
            lines << c.text();
        TD_TRY(insertVersion(actor, result.version, info.effectiveDate, info.reason.trimmed(),
                             lines.join(QLatin1Char('\n'))));
        if (!key)
            return makeError(ErrorCode::Conflict,
                             tr("Participants were randomized while the change was prepared, so "
                                "it is now an amendment, which is signed: try again."));
        TD_TRY(ElectronicSignatures::sign(m_db, *key, SignatureMeaning::Approval,
                                          QStringLiteral("protocol_version"),
                                          QString::number(result.version)));
    }
    TD_TRY(tx.commit());
    return result;
}

namespace {
template <typename T> bool moveOut(std::vector<T>& items, const QString& code)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.code == code; });
    if (it == items.end())
        return false;
    items.erase(it);
    return true;
}

template <typename T> bool reorderBy(std::vector<T>& items, const QStringList& codes)
{
    if (codes.size() != static_cast<qsizetype>(items.size()))
        return false;
    std::vector<T> out;
    for (const QString& code : codes) {
        auto it =
            std::find_if(items.begin(), items.end(), [&](const T& t) { return t.code == code; });
        if (it == items.end())
            return false;
        out.push_back(*it);
    }
    items = std::move(out);
    return true;
}

template <typename F> bool onPart(Protocol& p, ProtocolPart part, F f)
{
    switch (part) {
    case ProtocolPart::Sites:
        return f(p.sites);
    case ProtocolPart::Arms:
        return f(p.arms);
    case ProtocolPart::Covariates:
        return f(p.covariates);
    case ProtocolPart::Eligibility:
        return f(p.eligibility);
    case ProtocolPart::Stratification:
        return f(p.factors);
    case ProtocolPart::Schedule:
        return f(p.schedule);
    }
    return false;
}
} // namespace

Result<ProtocolUpdate> ProtocolRepository::remove(const Actor& actor, ProtocolPart part,
                                                  const QString& code, const AmendmentInfo& info)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    auto p = loadAll();
    TD_TRY(p);
    Protocol target = *p;
    if (!onPart(target, part, [&](auto& items) { return moveOut(items, code); }))
        return makeError(ErrorCode::NotFound,
                         tr("\"%1\" is not in this part of the protocol.").arg(code));
    return update(actor, target, info);
}

Result<ProtocolUpdate> ProtocolRepository::reorder(const Actor& actor, ProtocolPart part,
                                                   const QStringList& codes,
                                                   const AmendmentInfo& info)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    auto p = loadAll();
    TD_TRY(p);
    Protocol target = *p;
    if (!onPart(target, part, [&](auto& items) { return reorderBy(items, codes); }))
        return makeError(ErrorCode::Invalid,
                         tr("The new order must name every element of the list once: %1.")
                             .arg(codes.join(QStringLiteral(", "))));
    return update(actor, target, info);
}

Status ProtocolRepository::insertVersion(const Actor& actor, int version, const QDate& effective,
                                         const QString& reason, const QString& changes)
{
    // The row's key is its version (the table has no id; on a file the version is the row id).
    return AuditedWrite::insertKeyed(
        m_db, actor, QStringLiteral("protocol_version"), version,
        {{QStringLiteral("version"), version},
         {QStringLiteral("effective_date"), effective.isValid() ? effective : m_db.clock().today()},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("changes"), changes.isEmpty() ? QVariant() : QVariant(changes)},
         {QStringLiteral("created_by"), actor.username},
         {QStringLiteral("created_at"), m_db.clock().nowUtc().toString(Qt::ISODate)}});
}

Result<int> ProtocolRepository::nextPosition(const QString& table)
{
    auto n =
        m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM %1").arg(table));
    TD_TRY(n);
    return n->toInt();
}

} // namespace td
