#include "audit/AuditReplay.h"

#include "access/Disclosure.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "instruments/ScoringEngine.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace td {

namespace {

// The latest value of each field of one record, as the trail last set it.
struct Rebuilt
{
    qint64 firstRow = 0;
    bool compact = false; // first recorded by a compact row (every column is in the trail)
    std::vector<std::pair<int, QString>> values;

    const QString* value(int field) const
    {
        for (const auto& [f, v] : values)
            if (f == field)
                return &v;
        return nullptr;
    }
    void set(int field, const QString& v)
    {
        for (auto& [f, old] : values)
            if (f == field) {
                old = v;
                return;
            }
        values.emplace_back(field, v);
    }
};

// The records of one entity (a table whose rows the trail names by id).
struct Entity
{
    QHash<QString, int> fieldIndex;
    std::unordered_map<qint64, Rebuilt> records;

    int field(const QString& name)
    {
        auto it = fieldIndex.constFind(name);
        if (it != fieldIndex.constEnd())
            return *it;
        const int index = static_cast<int>(fieldIndex.size());
        fieldIndex.insert(name, index);
        return index;
    }
    // -1 when the trail never named the field.
    int find(const QString& name) const { return fieldIndex.value(name, -1); }
    Rebuilt& record(qint64 id, const AuditFieldEntry& e)
    {
        auto [it, added] = records.try_emplace(id);
        if (added) {
            it->second.firstRow = e.rowId;
            it->second.compact = e.compactRow;
        }
        return it->second;
    }
};

// A value the trail keeps per participant and code (a covariate, an eligibility answer).
struct Keyed
{
    QString value;
    QString answeredAt; // eligibility answers given in a compact row
    bool compact = false;
};
using Key = std::pair<qint64, QString>;

const QStringList clinicalEntities = {
    QStringLiteral("participant"),         QStringLiteral("therapy_session"),
    QStringLiteral("assessment"),          QStringLiteral("alert"),
    QStringLiteral("allocation"),          QStringLiteral("arm_guess"),
    QStringLiteral("emergency_unblinding")};

// Columns that the per-value trail did not hold (or that schema steps 8 and 9 filled without
// a trail row): not compared for records the trail first recorded before the compact format.
bool legacyExempt(const QString& table, const QString& column)
{
    static const QSet<QString> exempt = {QStringLiteral("participant.protocol_version_screened"),
                                         QStringLiteral("participant.protocol_version_randomized"),
                                         QStringLiteral("assessment.created_at"),
                                         QStringLiteral("allocation.details"),
                                         QStringLiteral("allocation.allocated_by"),
                                         QStringLiteral("allocation.allocated_at")};
    return exempt.contains(table + QLatin1Char('.') + column);
}

QString itemField(qsizetype index)
{
    return QStringLiteral("item_%1").arg(index + 1);
}

class Replay
{
public:
    Replay(Database& db, const Disclosure& disclosure) : m_db(db), m_disclosure(disclosure) {}

    Result<ReplayReport> run()
    {
        TD_TRY(readTrail());
        for (const QString& table : clinicalEntities)
            TD_TRY(compareTable(table));
        TD_TRY(compareCovariates());
        TD_TRY(compareEligibility());
        TD_TRY(compareLevels());
        TD_TRY(compareScores());
        for (const auto& [name, entity] : m_entities)
            m_report.records += static_cast<qint64>(entity.records.size());
        m_report.records += static_cast<qint64>(m_covariates.size() + m_eligibility.size());
        return std::move(m_report);
    }

private:
    Status readTrail()
    {
        for (const QString& name : clinicalEntities)
            m_entities[name];
        qint64 eligibilityRow = 0;
        std::vector<Key> answeredInRow;
        return AuditTrail::forEach(
            m_db, {0, clinicalEntities, {}}, [&](const AuditFieldEntry& e) -> Status {
                ++m_report.entries;
                // Other actions (unblinded, imported from a source, ...) say something about a
                // record without setting its values.
                if (e.action != QStringLiteral("created") && e.action != QStringLiteral("changed"))
                    return {};
                bool ok = false;
                const qint64 id = e.entityId.toLongLong(&ok);
                if (!ok || e.field.isNull())
                    return {};
                if (e.entity == QStringLiteral("participant")) {
                    static const QString covariate = QStringLiteral("covariate.");
                    static const QString eligibility = QStringLiteral("eligibility.");
                    if (e.field.startsWith(covariate)) {
                        Keyed& k = m_covariates[{id, e.field.mid(covariate.size())}];
                        k.value = e.newValue;
                        k.compact = e.compactRow;
                        return {};
                    }
                    if (e.field.startsWith(eligibility)) {
                        const Key key{id, e.field.mid(eligibility.size())};
                        Keyed& k = m_eligibility[key];
                        k.value = e.newValue;
                        k.compact = e.compactRow;
                        if (eligibilityRow != e.rowId)
                            answeredInRow.clear();
                        eligibilityRow = e.rowId;
                        answeredInRow.push_back(key);
                        return {};
                    }
                    if (e.field == QStringLiteral("eligibility_answered_at")) {
                        if (eligibilityRow == e.rowId)
                            for (const Key& key : answeredInRow)
                                m_eligibility[key].answeredAt = e.newValue;
                        return {};
                    }
                }
                Entity& entity = m_entities[e.entity];
                entity.record(id, e).set(entity.field(e.field), e.newValue);
                return {};
            });
    }

    void differs(const QString& table, const QString& row, const QString& field,
                 const QString& file, const QString& trail)
    {
        if (!m_disclosure.arms()) {
            m_report.findings.push_back(
                {ReplayFinding::Kind::Differs, table, row, field, {}, {}, true});
            return;
        }
        m_report.findings.push_back(
            {ReplayFinding::Kind::Differs, table, row, field, file, trail, false});
    }
    void noTrail(const QString& table, const QString& row)
    {
        m_report.findings.push_back({ReplayFinding::Kind::NoTrail, table, row, {}, {}, {}, false});
    }
    void noRow(const QString& table, const QString& row)
    {
        m_report.findings.push_back({ReplayFinding::Kind::NoRow, table, row, {}, {}, {}, false});
    }

    // Whether the file's value is the trail's. A value the trail holds must match exactly; a
    // column the trail never set holds its default (an empty text counts as none: a new
    // record's audit row leaves empty values out).
    bool same(const QString& file, const QString& expected, bool inTrail)
    {
        ++m_report.values;
        if (inTrail || !expected.isNull())
            return file.isNull() == expected.isNull() && file == expected;
        return file.isEmpty();
    }

    struct Column
    {
        QString name;
        QString defaultValue; // null: NULL
    };
    Result<std::vector<Column>> columnsOf(const QString& table)
    {
        std::vector<Column> out;
        TD_TRY(m_db.read(QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(?)"),
                         {table}, [&out](const SqlRow& r) -> Status {
                             Column c{QString::fromUtf8(r.text(0)), QString()};
                             if (!r.isNull(1)) {
                                 c.defaultValue = QString::fromUtf8(r.text(1));
                                 if (c.defaultValue.startsWith(QLatin1Char('\'')))
                                     c.defaultValue = c.defaultValue.mid(1).chopped(1);
                             }
                             out.push_back(c);
                             return {};
                         }));
        return out;
    }

    static QString fileText(const SqlRow& r, int i)
    {
        return r.isNull(i) ? QString() : QString::fromUtf8(r.text(i));
    }

    Status compareTable(const QString& table)
    {
        auto columns = columnsOf(table);
        TD_TRY(columns);
        QStringList names;
        for (const Column& c : *columns)
            names << c.name;
        Entity& entity = m_entities[table];
        std::unordered_set<qint64> seen;
        const int itemValues = static_cast<int>(names.indexOf(QStringLiteral("item_values")));
        const int idColumn = static_cast<int>(names.indexOf(QStringLiteral("id")));
        TD_TRY(
            m_db.read(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(names.join(u','), table),
                      {}, [&](const SqlRow& r) -> Status {
                          const qint64 id = r.text(idColumn).toLongLong();
                          const QString row = QString::number(id);
                          const auto found = entity.records.find(id);
                          if (found == entity.records.end()) {
                              noTrail(table, row);
                              return {};
                          }
                          seen.insert(id);
                          const Rebuilt& rec = found->second;
                          for (int i = 0; i < static_cast<int>(columns->size()); ++i) {
                              const Column& c = (*columns)[static_cast<std::size_t>(i)];
                              if (c.name == QStringLiteral("id"))
                                  continue;
                              if (i == itemValues) {
                                  compareItems(table, row, rec, entity, fileText(r, i));
                                  continue;
                              }
                              const int f = entity.find(c.name);
                              const QString* trail = f < 0 ? nullptr : rec.value(f);
                              if (!trail && !rec.compact && legacyExempt(table, c.name))
                                  continue;
                              QString expected = trail ? *trail : c.defaultValue;
                              // The trail spells out "don't know"; the table holds no arm.
                              if (trail && table == QStringLiteral("arm_guess") &&
                                  c.name == QStringLiteral("guessed_arm_id") &&
                                  expected == QStringLiteral("dont_know"))
                                  expected = QString();
                              const QString file = fileText(r, i);
                              if (!same(file, expected, trail != nullptr))
                                  differs(table, row, c.name, file, expected);
                          }
                          return {};
                      }));
        std::vector<qint64> missing;
        for (const auto& [id, rec] : entity.records)
            if (!seen.count(id))
                missing.push_back(id);
        std::sort(missing.begin(), missing.end());
        for (qint64 id : missing)
            noRow(table, QString::number(id));
        return {};
    }

    QStringList trailItems(const Entity& entity, const Rebuilt& rec) const
    {
        QStringList items;
        for (qsizetype i = 0;; ++i) {
            const int f = entity.find(itemField(i));
            const QString* v = f < 0 ? nullptr : rec.value(f);
            if (!v)
                break;
            items << *v;
        }
        return items;
    }

    void compareItems(const QString& table, const QString& row, const Rebuilt& rec,
                      const Entity& entity, const QString& file)
    {
        const QStringList trail = trailItems(entity, rec);
        const QStringList stored = AssessmentRepository::decodeItems(file);
        if (stored.size() != trail.size()) {
            ++m_report.values;
            differs(table, row, QStringLiteral("item_values"), file,
                    AssessmentRepository::encodeItems(trail));
            return;
        }
        for (qsizetype i = 0; i < trail.size(); ++i)
            if (!same(stored[i], trail[i], true))
                differs(table, row, itemField(i), stored[i], trail[i]);
    }

    // Covariate values: the trail's participant fields covariate.<code>.
    Status compareCovariates()
    {
        const Entity& participants = m_entities[QStringLiteral("participant")];
        std::set<Key> seen;
        TD_TRY(m_db.read(
            QStringLiteral("SELECT v.participant_id, c.code, v.value FROM covariate_value v JOIN "
                           "covariate c ON c.id = v.covariate_id ORDER BY v.participant_id, "
                           "c.code"),
            {}, [&](const SqlRow& r) -> Status {
                const Key key{r.text(0).toLongLong(), QString::fromUtf8(r.text(1))};
                const QString row =
                    AuditReplay::tr("participant %1, covariate %2").arg(key.first).arg(key.second);
                const QString file = fileText(r, 2);
                const auto found = m_covariates.find(key);
                if (found == m_covariates.end()) {
                    // Schema step 9 copied age, sex, years of education and episode length of
                    // participants recorded before it into the covariates of the same code.
                    const QString* copied = legacyColumn(participants, key);
                    if (!copied)
                        noTrail(QStringLiteral("covariate_value"), row);
                    else if (!same(file, *copied, true))
                        differs(QStringLiteral("covariate_value"), row, QStringLiteral("value"),
                                file, *copied);
                    return {};
                }
                seen.insert(key);
                if (!same(file, found->second.value, true))
                    differs(QStringLiteral("covariate_value"), row, QStringLiteral("value"), file,
                            found->second.value);
                return {};
            }));
        for (const auto& [key, k] : m_covariates)
            if (!seen.count(key) && !k.value.isNull())
                noRow(
                    QStringLiteral("covariate_value"),
                    AuditReplay::tr("participant %1, covariate %2").arg(key.first).arg(key.second));
        return {};
    }

    const QString* legacyColumn(const Entity& participants, const Key& key) const
    {
        static const QStringList copied = {QStringLiteral("age"), QStringLiteral("sex"),
                                           QStringLiteral("education_years"),
                                           QStringLiteral("episode_months")};
        if (!copied.contains(key.second))
            return nullptr;
        const auto p = participants.records.find(key.first);
        if (p == participants.records.end() || p->second.compact)
            return nullptr;
        const int f = participants.find(key.second);
        return f < 0 ? nullptr : p->second.value(f);
    }

    // Eligibility answers: the trail's participant fields eligibility.<code> (yes or no), with
    // the time they were given (eligibility_answered_at, compact rows).
    Status compareEligibility()
    {
        std::set<Key> seen;
        TD_TRY(m_db.read(
            QStringLiteral("SELECT a.participant_id, c.code, a.answer, a.answered_at FROM "
                           "eligibility_answer a JOIN eligibility_criterion c ON c.id = "
                           "a.criterion_id ORDER BY a.participant_id, c.code"),
            {}, [&](const SqlRow& r) -> Status {
                const Key key{r.text(0).toLongLong(), QString::fromUtf8(r.text(1))};
                const QString row =
                    AuditReplay::tr("participant %1, criterion %2").arg(key.first).arg(key.second);
                const auto found = m_eligibility.find(key);
                if (found == m_eligibility.end()) {
                    noTrail(QStringLiteral("eligibility_answer"), row);
                    return {};
                }
                seen.insert(key);
                const Keyed& k = found->second;
                const QString answer = k.value == QStringLiteral("yes")  ? QStringLiteral("1")
                                       : k.value == QStringLiteral("no") ? QStringLiteral("0")
                                                                         : k.value;
                const QString file = fileText(r, 2);
                if (!same(file, answer, true))
                    differs(QStringLiteral("eligibility_answer"), row, QStringLiteral("answer"),
                            file, answer);
                if (k.compact || !k.answeredAt.isNull()) {
                    const QString at = fileText(r, 3);
                    if (!same(at, k.answeredAt, true))
                        differs(QStringLiteral("eligibility_answer"), row,
                                QStringLiteral("answered_at"), at, k.answeredAt);
                }
                return {};
            }));
        for (const auto& [key, k] : m_eligibility)
            if (!seen.count(key))
                noRow(
                    QStringLiteral("eligibility_answer"),
                    AuditReplay::tr("participant %1, criterion %2").arg(key.first).arg(key.second));
        return {};
    }

    // Factor levels of allocations: the allocation's fields level.<factor id>.
    Status compareLevels()
    {
        const Entity& allocations = m_entities[QStringLiteral("allocation")];
        const int armField = allocations.find(QStringLiteral("arm_id"));
        std::set<std::pair<qint64, qint64>> seen;
        TD_TRY(m_db.read(
            QStringLiteral("SELECT allocation_id, factor_id, level, arm_id FROM allocation_level "
                           "ORDER BY allocation_id, factor_id"),
            {}, [&](const SqlRow& r) -> Status {
                const qint64 allocation = r.text(0).toLongLong();
                const qint64 factor = r.text(1).toLongLong();
                const QString row =
                    AuditReplay::tr("allocation %1, factor %2").arg(allocation).arg(factor);
                const auto rec = allocations.records.find(allocation);
                const int f = allocations.find(QStringLiteral("level.%1").arg(factor));
                const QString* level =
                    rec == allocations.records.end() || f < 0 ? nullptr : rec->second.value(f);
                if (!level) {
                    // The per-value trail did not hold the levels.
                    if (rec == allocations.records.end() || rec->second.compact)
                        noTrail(QStringLiteral("allocation_level"), row);
                    return {};
                }
                seen.insert({allocation, factor});
                const QString file = fileText(r, 2);
                if (!same(file, *level, true))
                    differs(QStringLiteral("allocation_level"), row, QStringLiteral("level"), file,
                            *level);
                const QString* arm = armField < 0 ? nullptr : rec->second.value(armField);
                const QString fileArm = fileText(r, 3);
                if (arm && !same(fileArm, *arm, true))
                    differs(QStringLiteral("allocation_level"), row, QStringLiteral("arm_id"),
                            fileArm, *arm);
                return {};
            }));
        static const QString prefix = QStringLiteral("level.");
        for (auto it = allocations.fieldIndex.constBegin(); it != allocations.fieldIndex.constEnd();
             ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            const qint64 factor = it.key().mid(prefix.size()).toLongLong();
            for (const auto& [id, rec] : allocations.records)
                if (rec.value(*it) && !seen.count({id, factor}))
                    noRow(QStringLiteral("allocation_level"),
                          AuditReplay::tr("allocation %1, factor %2").arg(id).arg(factor));
        }
        return {};
    }

    // Scores: what the scoring engine gives for the trail's item values.
    Status compareScores()
    {
        auto catalog = InstrumentCatalog::load(m_db);
        TD_TRY(catalog);
        const Entity& assessments = m_entities[QStringLiteral("assessment")];
        const int instrumentField = assessments.find(QStringLiteral("instrument_id"));
        std::unordered_set<qint64> seen;
        TD_TRY(m_db.read(
            QStringLiteral("SELECT assessment_id, total, band, complete, prorated, flags, "
                           "subscales, engine_version FROM assessment_score ORDER BY "
                           "assessment_id"),
            {}, [&](const SqlRow& r) -> Status {
                const qint64 id = r.text(0).toLongLong();
                const QString row = QString::number(id);
                const auto rec = assessments.records.find(id);
                if (rec == assessments.records.end()) {
                    noTrail(QStringLiteral("assessment_score"), row);
                    return {};
                }
                seen.insert(id);
                const QString* instrument =
                    instrumentField < 0 ? nullptr : rec->second.value(instrumentField);
                const InstrumentDefinition* d = instrument ? catalog->find(*instrument) : nullptr;
                auto score = d ? ScoringEngine::score(*d, trailItems(assessments, rec->second))
                               : Result<Score>(makeError(ErrorCode::Invalid,
                                                         AuditReplay::tr("unknown instrument")));
                if (!score.ok()) {
                    differs(QStringLiteral("assessment_score"), row, QStringLiteral("total"),
                            fileText(r, 1), score.message());
                    return {};
                }
                int i = 1;
                for (const auto& [column, value] : ScoreRepository::columns(*score)) {
                    const QString expected =
                        value.isNull() ? QString() : AuditLog::valueText(value);
                    const QString file = fileText(r, i++);
                    if (!same(file, expected, true))
                        differs(QStringLiteral("assessment_score"), row, column, file, expected);
                }
                return {};
            }));
        std::vector<qint64> missing;
        for (const auto& [id, rec] : assessments.records)
            if (!seen.count(id))
                missing.push_back(id);
        std::sort(missing.begin(), missing.end());
        for (qint64 id : missing)
            noRow(QStringLiteral("assessment_score"), QString::number(id));
        return {};
    }

    Database& m_db;
    const Disclosure& m_disclosure;
    ReplayReport m_report;
    std::map<QString, Entity> m_entities;
    std::map<Key, Keyed> m_covariates;
    std::map<Key, Keyed> m_eligibility;
};

} // namespace

Result<ReplayReport> AuditReplay::run(Database& db, const Disclosure& disclosure)
{
    return Replay(db, disclosure).run();
}

QString AuditReplay::describe(const ReplayFinding& f)
{
    auto shown = [](const QString& v) {
        return v.isNull() ? tr("nothing") : QStringLiteral("\"%1\"").arg(v);
    };
    switch (f.kind) {
    case ReplayFinding::Kind::Differs:
        if (f.withheld)
            return tr("%1 %2, %3: the file holds another value than the audit trail gives (the "
                      "values are shown to readers who may see the allocation)")
                .arg(f.table, f.row, f.field);
        return tr("%1 %2, %3: the file holds %4, the audit trail gives %5")
            .arg(f.table, f.row, f.field, shown(f.fileValue), shown(f.trailValue));
    case ReplayFinding::Kind::NoTrail:
        return tr("%1 %2: the row has no audit trail").arg(f.table, f.row);
    case ReplayFinding::Kind::NoRow:
        return tr("%1 %2: the audit trail records it, but the file has no such row")
            .arg(f.table, f.row);
    }
    return {};
}

} // namespace td
