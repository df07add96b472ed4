#include "randomization/Randomizer.h"

#include "access/Disclosure.h"
#include "audit/AuditedWrite.h"
#include "participants/CovariateValues.h"
#include "participants/ParticipantRepository.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/MinimizationRecord.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnitOfWork.h"
#include "trial/ProtocolRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace td {

namespace {
// A uniform draw in [0, 1) from the operating system's random source (53 bits, as td::Random).
double systemUniform()
{
    return static_cast<double>(QRandomGenerator::system()->generate64() >> 11) * 0x1.0p-53;
}
} // namespace

Randomizer::Randomizer(Database& db, SeverityProvider severity)
    : m_db(db), m_severity(severity ? std::move(severity) : baselineItemSum(db))
{}

Status Randomizer::readiness(const Protocol& protocol,
                             const std::optional<RandomizationSettings>& settings)
{
    if (!settings)
        return makeError(ErrorCode::Invalid,
                         tr("This trial has no randomization settings yet; the statistician sets "
                            "the method before the first allocation."));
    if (settings->method == RandomizationMethod::Minimization)
        return {};
    auto list = AllocationListRepository::latest(m_db);
    TD_TRY(list);
    if (!*list)
        return makeError(ErrorCode::Invalid,
                         tr("No allocation list has been generated yet; the statistician "
                            "generates it before the first allocation."));
    if ((*list)->settings != RandomizationRules::describe(*settings, protocol))
        return makeError(ErrorCode::Invalid,
                         tr("The allocation list was generated for other randomization settings "
                            "or arms; the statistician must generate a new one."));
    return {};
}

Status Randomizer::ready(const Actor& actor)
{
    TD_TRY(Access::require(actor, Permission::Randomize));
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto settings = RandomizationSettingsRepository::read(m_db);
    TD_TRY(settings);
    return readiness(*protocol, *settings);
}

Result<Randomizer::Checked> Randomizer::check(const Actor& actor, qint64 participantId)
{
    TD_TRY(Access::require(actor, Permission::Randomize));
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto settings = RandomizationSettingsRepository::read(m_db);
    TD_TRY(settings);
    TD_TRY(readiness(*protocol, *settings));
    const RandomizationSettings& s = **settings;
    TD_TRY(RandomizationRules::validate(s, *protocol));

    auto p = ParticipantRepository(m_db).get(actor, participantId);
    TD_TRY(p);
    auto earlier = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM allocation WHERE "
                                              "participant_id = ?"),
                               {participantId});
    TD_TRY(earlier);
    if (earlier->toInt() > 0 || p->isRandomized() || p->armId || p->armHidden)
        return makeError(
            ErrorCode::Conflict,
            tr("%1 is already randomized; a participant is randomized only once.").arg(p->studyId));
    if (p->status != ParticipantStatus::Consented)
        return makeError(ErrorCode::Invalid,
                         tr("%1 cannot be randomized: only consented participants who are not "
                            "yet randomized can be, and %1 is \"%2\".")
                             .arg(p->studyId, StatusRules::displayName(p->status)));
    TD_TRY(prerequisites(*protocol, *p));
    const auto factors = RandomizationRules::chosenFactors(s, *protocol);
    auto levels = Strata::levelsOf(*p, factors, *protocol, m_severity);
    TD_TRY(levels);
    RandomizationPreview preview{*p, {}};
    for (std::size_t i = 0; i < factors.size() && i < levels->size(); ++i)
        preview.stratum.push_back({factors[i]->name, (*levels)[i].label});
    return Checked{std::move(protocol).value(), s, std::move(levels).value(), std::move(preview)};
}

Status Randomizer::prerequisites(const Protocol& protocol, const Participant& p)
{
    const QStringList missing = CovariateValues::missingForRandomization(protocol, p);
    if (!missing.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("%1 cannot be randomized: the protocol requires these covariates "
                            "first, and they are not recorded: %2.")
                             .arg(p.studyId, missing.join(QStringLiteral(", "))),
                         QStringLiteral("covariates"));
    // Visits the protocol puts before randomization (baseline): each scheduled instrument
    // completed, or recorded as missing with a reason.
    QStringList open;
    for (const TimePoint& t : protocol.schedule) {
        if (!t.beforeRandomization || !t.arms.isEmpty())
            continue;
        for (const ScheduledInstrument& i : t.instruments) {
            auto done = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                                   "participant_id = ? AND time_point_id = ? AND "
                                                   "instrument_id = ? AND status = 'complete' AND "
                                                   "removed = 0"),
                                    {p.id, t.id, i.instrumentId});
            TD_TRY(done);
            if (done->toInt() == 0)
                open << QStringLiteral("%1 %2").arg(t.code, i.instrumentId);
        }
    }
    if (!open.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("%1 cannot be randomized: the protocol puts these assessments before "
                            "randomization, and they are not complete (or recorded as missing): "
                            "%2.")
                             .arg(p.studyId, open.join(QStringLiteral(", "))),
                         QStringLiteral("baseline"));
    return {};
}

Result<RandomizationPreview> Randomizer::preview(const Actor& actor, qint64 participantId)
{
    auto checked = check(actor, participantId);
    TD_TRY(checked);
    return checked->preview;
}

Result<Allocation> Randomizer::allocate(const Actor& actor, qint64 participantId)
{
    // A lost race with another client runs the whole allocation again (UnitOfWork).
    return UnitOfWork::run(m_db, [&]() -> Result<Allocation> {
        Transaction tx(m_db);
        TD_TRY(tx.status());
        auto checked = check(actor, participantId);
        TD_TRY(checked);
        const RandomizationSettings& s = checked->settings;
        const QString stratum = Strata::key(checked->levels);
        auto decision = s.method == RandomizationMethod::PermutedBlocks
                            ? byBlocks(actor, checked->protocol, s, stratum)
                            : byMinimization(checked->protocol, s, checked->levels);
        TD_TRY(decision);
        auto allocation = insert(actor, participantId, s, stratum, checked->levels, *decision);
        TD_TRY(allocation);
        TD_TRY(ParticipantRepository(m_db).applyAllocation(actor, participantId, decision->armId));
        TD_TRY(tx.commit());
        return allocation;
    });
}

Result<Randomizer::Decision> Randomizer::byBlocks(const Actor& actor, const Protocol& protocol,
                                                  const RandomizationSettings& settings,
                                                  const QString& stratum)
{
    auto list = AllocationListRepository::latest(m_db);
    TD_TRY(list);
    const int strata = static_cast<int>(
        Strata::allKeys(RandomizationRules::chosenFactors(settings, protocol), protocol).size());
    auto entry =
        AllocationListRepository(m_db).next(actor, **list, protocol, settings, stratum, strata);
    TD_TRY(entry);
    return Decision{entry->armId, entry->position, entry->id, {}};
}

Result<Randomizer::Decision> Randomizer::byMinimization(const Protocol& protocol,
                                                        const RandomizationSettings& settings,
                                                        const std::vector<FactorLevel>& levels)
{
    MinimizationRecord record;
    record.algorithm = QString::fromLatin1(minimizationAlgorithm);
    record.q = settings.q;
    for (const Arm& a : protocol.arms) {
        record.armIds.push_back(a.id);
        record.ratios.push_back(a.ratioWeight);
    }
    for (std::size_t f = 0; f < levels.size(); ++f) {
        MinimizationRecord::Factor factor{levels[f].factorId, levels[f].code, levels[f].level,
                                          settings.factors[f].weight,
                                          std::vector<int>(record.armIds.size(), 0)};
        auto q = m_db.exec(QStringLiteral("SELECT arm_id, COUNT(*) FROM allocation_level WHERE "
                                          "factor_id = ? AND level = ? GROUP BY arm_id"),
                           {factor.factorId, factor.level});
        TD_TRY(q);
        while ((*q)->next())
            for (std::size_t k = 0; k < record.armIds.size(); ++k)
                if (record.armIds[k] == (*q)->value(0).toLongLong())
                    factor.counts[k] = (*q)->value(1).toInt();
        record.factors.push_back(factor);
    }
    record.tieDraw = systemUniform();
    record.draw = systemUniform();
    Minimization::decide(record.input(), record.tieDraw, record.draw, record.decision);
    return Decision{record.armIds[static_cast<std::size_t>(record.decision.arm)], 0, 0,
                    record.toJson()};
}

Result<Allocation> Randomizer::insert(const Actor& actor, qint64 participantId,
                                      const RandomizationSettings& settings, const QString& stratum,
                                      const std::vector<FactorLevel>& levels, const Decision& d)
{
    auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM allocation"));
    TD_TRY(last);
    Allocation a{0,       participantId, last->toInt() + 1, settings.method,      d.armId,
                 stratum, d.position,    actor.userId,      m_db.clock().nowUtc()};
    const QVariant position = d.position > 0 ? QVariant(d.position) : QVariant();
    const QVariant entry = d.listEntryId > 0 ? QVariant(d.listEntryId) : QVariant();
    const QString method = randomizationMethodKey(settings.method);
    const AuditedWrite::Values values = {
        {QStringLiteral("participant_id"), participantId},
        {QStringLiteral("sequence"), a.sequence},
        {QStringLiteral("method"), method},
        {QStringLiteral("arm_id"), a.armId},
        {QStringLiteral("stratum"), stratum},
        {QStringLiteral("position"), position},
        {QStringLiteral("list_entry_id"), entry},
        {QStringLiteral("details"), d.details.isEmpty() ? QVariant() : d.details},
        {QStringLiteral("allocated_by"), actor.userId},
        {QStringLiteral("allocated_at"), a.allocatedAt.toString(Qt::ISODateWithMs)}};
    // The audit row holds the allocation with its factor levels (allocation_level), so that
    // the trail explains both tables.
    AuditedWrite::Values audited = values;
    for (const FactorLevel& l : levels)
        audited.push_back({QStringLiteral("level.%1").arg(l.factorId), l.level});
    auto id = AuditedWrite::insert(m_db, actor, QStringLiteral("allocation"), values, audited);
    TD_TRY(id);
    a.id = *id;
    for (const FactorLevel& l : levels)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO allocation_level (allocation_id, factor_id, "
                                        "level, arm_id) VALUES (?, ?, ?, ?)"),
                         {a.id, l.factorId, l.level, a.armId}));
    return a;
}

Result<Allocation> Randomizer::allocationOf(const Actor& actor, qint64 participantId)
{
    TD_TRY(Disclosure::requireArms(actor));
    auto p = ParticipantRepository(m_db).get(actor, participantId);
    TD_TRY(p);
    auto q = m_db.exec(QStringLiteral("SELECT id, sequence, method, arm_id, stratum, position, "
                                      "allocated_by, allocated_at FROM allocation WHERE "
                                      "participant_id = ?"),
                       {participantId});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has not been randomized in TrialDesk.").arg(p->studyId));
    QSqlQuery& r = **q;
    Allocation a{r.value(0).toLongLong(),
                 participantId,
                 r.value(1).toInt(),
                 randomizationMethodFromKey(r.value(2).toString())
                     .value_or(RandomizationMethod::PermutedBlocks),
                 r.value(3).toLongLong(),
                 r.value(4).toString(),
                 r.value(5).toInt(),
                 r.value(6).toLongLong(),
                 QDateTime::fromString(r.value(7).toString(), Qt::ISODateWithMs)};
    r.finish();
    return a;
}

} // namespace td
