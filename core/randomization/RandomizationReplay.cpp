#include "randomization/RandomizationReplay.h"

#include "audit/Keyring.h"
#include "randomization/AllocationList.h"
#include "randomization/AllocationSeal.h"
#include "randomization/MinimizationRecord.h"
#include "randomization/PermutedBlocks.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <cmath>
#include <map>

namespace td {

namespace {
// The arms (id, ratio) and block lengths recorded in a list's settings text
// (RandomizationRules::describe).
struct ListSettings
{
    std::vector<qint64> armIds;
    std::vector<int> ratios;
    std::vector<int> lengths;
};

ListSettings parseSettings(const QString& text)
{
    ListSettings s;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("arms=")))
            for (const QString& arm : line.mid(5).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList parts = arm.split(QLatin1Char(':'));
                s.armIds.push_back(parts.value(0).toLongLong());
                s.ratios.push_back(parts.value(2).toInt());
            }
        if (line.startsWith(QStringLiteral("blocks=")))
            for (const QString& l : line.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts))
                s.lengths.push_back(l.toInt());
    }
    return s;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a));
}

bool near(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!near(a[i], b[i]))
            return false;
    return true;
}
} // namespace

Result<ReplayReport> RandomizationReplay::run(Database& db)
{
    ReplayReport report;
    TD_TRY(checkLists(db, report));
    TD_TRY(checkAllocations(db, report));
    return report;
}

Status RandomizationReplay::checkLists(Database& db, ReplayReport& report)
{
    auto lists =
        db.exec(QStringLiteral("SELECT id, algorithm, seed, settings, entry_count, sha256, "
                               "sealed FROM allocation_list ORDER BY id"));
    TD_TRY(lists);
    struct Row
    {
        qint64 id;
        QString algorithm;
        quint64 seed;
        QString settings;
        int entryCount;
        QString sha256;
        QByteArray sealed;
    };
    std::vector<Row> rows;
    while ((*lists)->next()) {
        QSqlQuery& r = **lists;
        rows.push_back({r.value(0).toLongLong(), r.value(1).toString(),
                        r.value(2).toString().toULongLong(), r.value(3).toString(),
                        r.value(4).toInt(), r.value(5).toString(),
                        r.value(6).isNull() ? QByteArray() : r.value(6).toByteArray()});
    }
    // A sealed list (an encrypted trial) opens only with a statistician's allocation key.
    DataKeyPtr allocationKey;
    for (Row& list : rows) {
        if (list.sealed.isEmpty())
            continue;
        if (!allocationKey)
            allocationKey = db.keyring().anyAllocationKey();
        if (!allocationKey)
            return AllocationSeal::needsAllocationKey(db, tr("Replaying the randomization"));
        auto opened = AllocationSeal::openList(*allocationKey, list.id, list.sha256, list.sealed);
        if (!opened.ok()) {
            report.problems.push_back(
                {0, {}, tr("allocation list %1: %2").arg(list.id).arg(opened.message())});
            list.algorithm.clear();
            continue;
        }
        list.seed = opened->seed;
    }
    for (const Row& list : rows) {
        if (!list.sealed.isEmpty() && list.algorithm.isEmpty())
            continue; // reported above
        ++report.lists;
        auto problem = [&](const QString& text) {
            report.problems.push_back({0, {}, tr("allocation list %1: %2").arg(list.id).arg(text)});
        };
        if (list.algorithm != QString::fromLatin1(permutedBlocksAlgorithm)) {
            problem(tr("unknown algorithm \"%1\"").arg(list.algorithm));
            continue;
        }
        std::vector<AllocationListEntry> entries;
        if (list.sealed.isEmpty()) {
            auto q = db.exec(QStringLiteral("SELECT stratum, position, block_number, "
                                            "block_length, arm_id FROM allocation_list_entry "
                                            "WHERE list_id = ? ORDER BY id"),
                             {list.id});
            TD_TRY(q);
            while ((*q)->next()) {
                QSqlQuery& r = **q;
                entries.push_back({0, r.value(0).toString(), r.value(1).toInt(), r.value(2).toInt(),
                                   r.value(3).toInt(), r.value(4).toLongLong(), 0});
            }
        } else {
            // The list as generated is sealed under the allocation key; the entries the
            // randomizer opens (those added since included) are sealed one by one.
            auto generated =
                AllocationSeal::openList(*allocationKey, list.id, list.sha256, list.sealed);
            TD_TRY(generated);
            entries = generated->entries;
            auto q = db.exec(QStringLiteral("SELECT stratum, position, sealed FROM "
                                            "allocation_list_sealed_entry WHERE list_id = ? "
                                            "ORDER BY id"),
                             {list.id});
            TD_TRY(q);
            std::vector<AllocationListEntry> sealedEntries;
            while ((*q)->next()) {
                QSqlQuery& r = **q;
                auto e = AllocationSeal::openEntry(*db.dataKey(), list.id, r.value(0).toString(),
                                                   r.value(1).toInt(), r.value(2).toByteArray());
                if (!e.ok()) {
                    problem(e.message());
                    continue;
                }
                sealedEntries.push_back(*e);
            }
            // The sealed list as generated must be the recorded one too; the checks below
            // then hold the entries the randomizer opens against the hash and the seed.
            if (QString::fromLatin1(allocationListSha256(list.algorithm, list.settings, entries)) !=
                list.sha256)
                problem(tr("the SHA-256 of the sealed list as generated does not match the "
                           "recorded one"));
            entries = std::move(sealedEntries);
        }
        const std::vector<AllocationListEntry> initial(
            entries.begin(),
            entries.begin() + std::min<std::ptrdiff_t>(
                                  list.entryCount, static_cast<std::ptrdiff_t>(entries.size())));
        if (QString::fromLatin1(allocationListSha256(list.algorithm, list.settings, initial)) !=
            list.sha256)
            problem(tr("the SHA-256 of the list as generated does not match the recorded one"));
        // Every stratum's entries, as far as they go, must be what the seed generates.
        const ListSettings s = parseSettings(list.settings);
        if (s.armIds.size() != s.ratios.size() ||
            !PermutedBlocks::lengthsProblem(s.ratios,
                                            QList<int>(s.lengths.begin(), s.lengths.end()))
                 .isEmpty()) {
            problem(tr("its recorded settings cannot be read"));
            continue;
        }
        std::map<QString, std::vector<const AllocationListEntry*>> byStratum;
        for (const AllocationListEntry& e : entries)
            byStratum[e.stratum].push_back(&e);
        for (auto& [stratum, stored] : byStratum) {
            std::sort(stored.begin(), stored.end(),
                      [](auto* a, auto* b) { return a->position < b->position; });
            BlockStream stream(deriveSeed(list.seed, stratum), s.ratios, s.lengths);
            std::vector<BlockEntry> expected;
            while (expected.size() < stored.size())
                stream.appendBlock(expected);
            for (std::size_t i = 0; i < stored.size(); ++i) {
                const BlockEntry& x = expected[i];
                const AllocationListEntry& e = *stored[i];
                if (e.position != static_cast<int>(i + 1) || e.block != x.block ||
                    e.blockLength != x.blockLength ||
                    e.armId != s.armIds[static_cast<std::size_t>(x.arm)]) {
                    problem(tr("stratum %1, position %2 differs from the list its seed "
                               "generates")
                                .arg(stratum)
                                .arg(e.position));
                    break;
                }
            }
        }
    }
    return {};
}

Status RandomizationReplay::checkAllocations(Database& db, ReplayReport& report)
{
    auto q = db.exec(QStringLiteral(
        "SELECT a.id, a.sequence, a.method, a.arm_id, a.stratum, a.position, a.list_entry_id, "
        "a.details, p.study_id, p.arm_id, e.stratum, e.position, e.arm_id, s.list_id, s.sealed "
        "FROM allocation a JOIN participant p ON p.id = a.participant_id LEFT JOIN "
        "allocation_list_entry e ON e.id = a.list_entry_id LEFT JOIN "
        "allocation_list_sealed_entry s ON a.method = 'block' AND s.list_id = (SELECT MAX(id) "
        "FROM allocation_list) AND s.stratum = a.stratum AND s.position = a.position ORDER BY "
        "a.sequence"));
    TD_TRY(q);
    struct Row
    {
        qint64 id;
        int sequence;
        QString method, stratum, details, studyId;
        qint64 armId;
        int position;
        bool hasEntry;
        qint64 participantArm;
        QString entryStratum;
        int entryPosition;
        qint64 entryArm;
    };
    std::vector<Row> rows;
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        Row row{r.value(0).toLongLong(), r.value(1).toInt(),     r.value(2).toString(),
                r.value(4).toString(),   r.value(7).toString(),  r.value(8).toString(),
                r.value(3).toLongLong(), r.value(5).toInt(),     !r.value(6).isNull(),
                r.value(9).toLongLong(), r.value(10).toString(), r.value(11).toInt(),
                r.value(12).toLongLong()};
        // The entry of a sealed list (the allocation names its stratum and position), opened
        // with the trial's key.
        if (!r.value(14).isNull() && db.encrypted()) {
            auto e = AllocationSeal::openEntry(*db.dataKey(), r.value(13).toLongLong(), row.stratum,
                                               row.position, r.value(14).toByteArray());
            if (e.ok()) {
                row.hasEntry = true;
                row.entryStratum = e->stratum;
                row.entryPosition = e->position;
                row.entryArm = e->armId;
            }
        }
        rows.push_back(row);
    }
    // Levels of every allocation, for the running minimization counts.
    std::map<qint64, std::vector<std::pair<qint64, int>>> levels;
    auto l = db.exec(QStringLiteral("SELECT l.allocation_id, l.factor_id, l.level FROM "
                                    "allocation_level l JOIN randomization_factor f ON "
                                    "f.factor_id = l.factor_id ORDER BY l.allocation_id, "
                                    "f.position"));
    TD_TRY(l);
    while ((*l)->next())
        levels[(*l)->value(0).toLongLong()].push_back(
            {(*l)->value(1).toLongLong(), (*l)->value(2).toInt()});

    std::map<QString, int> nextPosition;                            // blocks, per stratum
    std::map<std::pair<qint64, int>, std::map<qint64, int>> counts; // (factor, level) -> arm -> n
    for (const Row& a : rows) {
        auto problem = [&](const QString& text) {
            report.problems.push_back({a.sequence, a.studyId, text});
        };
        if (a.participantArm != a.armId)
            problem(tr("the participant's recorded arm differs from the allocation"));
        if (a.method == QStringLiteral("block")) {
            ++report.blockAllocations;
            const int expected = ++nextPosition[a.stratum];
            if (!a.hasEntry)
                problem(tr("no allocation list entry is recorded"));
            else if (a.entryStratum != a.stratum || a.entryPosition != a.position ||
                     a.position != expected)
                problem(tr("it did not take the next entry (%1) of stratum %2; it took %3 of %4")
                            .arg(expected)
                            .arg(a.stratum)
                            .arg(a.entryPosition)
                            .arg(a.entryStratum));
            else if (a.entryArm != a.armId)
                problem(tr("its arm differs from the list entry it took"));
        } else {
            ++report.minimizationAllocations;
            const auto record = MinimizationRecord::fromJson(a.details);
            if (!record) {
                problem(tr("its minimization record is missing or unreadable"));
                continue;
            }
            std::vector<std::pair<qint64, int>> recorded;
            for (const MinimizationRecord::Factor& f : record->factors)
                recorded.push_back({f.factorId, f.level});
            if (recorded != levels[a.id])
                problem(tr("the factor levels in its record differ from its stored levels"));
            bool countsMatch = true;
            for (const MinimizationRecord::Factor& f : record->factors) {
                const auto& seen = counts[{f.factorId, f.level}];
                for (std::size_t k = 0; k < record->armIds.size(); ++k) {
                    auto it = seen.find(record->armIds[k]);
                    countsMatch &= f.counts[k] == (it == seen.end() ? 0 : it->second);
                }
            }
            if (!countsMatch)
                problem(tr("its stored counts do not follow from the allocations before it"));
            MinimizationDecision again;
            Minimization::decide(record->input(), record->tieDraw, record->draw, again);
            if (!near(again.scores, record->decision.scores))
                problem(tr("its imbalance scores do not match the recomputed ones"));
            if (again.tied != record->decision.tied ||
                again.preferred != record->decision.preferred)
                problem(tr("its preferred arm does not match the recomputed one"));
            if (!near(again.probabilities, record->decision.probabilities))
                problem(tr("its probabilities do not match the recomputed ones"));
            if (again.arm != record->decision.arm ||
                record->armIds[static_cast<std::size_t>(again.arm)] != a.armId)
                problem(tr("its arm does not match the arm recomputed from its draw"));
        }
        for (const auto& [factor, level] : levels[a.id])
            ++counts[{factor, level}][a.armId];
    }
    return {};
}

} // namespace td
