#include "audit/AuditReplay.h"

#include "access/Disclosure.h"
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
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace td {

namespace {

// The texts the trail gave, one after the other in one buffer: a value is where it starts and
// how long it is (millions of values, most of them a digit or two, without an allocation each).
struct Text
{
    quint32 offset = 0;
    qint32 size = -1; // -1: no value (NULL)
    bool isNull() const { return size < 0; }
};

class Arena
{
public:
    Text add(QByteArrayView v)
    {
        if (v.isNull())
            return {};
        const Text t{static_cast<quint32>(m_bytes.size()), static_cast<qint32>(v.size())};
        m_bytes.append(v.data(), static_cast<std::size_t>(v.size()));
        return t;
    }
    QByteArrayView view(Text t) const
    {
        if (t.isNull())
            return {};
        return QByteArrayView(m_bytes.data() + t.offset, t.size);
    }
    QString string(Text t) const { return t.isNull() ? QString() : QString::fromUtf8(view(t)); }
    bool full() const { return m_bytes.size() > 0xF0000000u; }

private:
    std::string m_bytes;
};

QString string(QByteArrayView v)
{
    return v.isNull() ? QString() : QString::fromUtf8(v.data(), v.size());
}

// The latest value of each field of one record, as the trail last set it.
struct Rebuilt
{
    qint64 firstRow = 0;
    bool compact = false; // first recorded by a compact row (every column is in the trail)
    std::vector<std::pair<qint32, Text>> values;

    const Text* value(int field) const
    {
        for (const auto& [f, v] : values)
            if (f == field)
                return &v;
        return nullptr;
    }
    void set(int field, Text v)
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
    QHash<QByteArray, int> fieldIndex;
    std::unordered_map<qint64, Rebuilt> records;

    int field(QByteArrayView name)
    {
        const auto it = fieldIndex.constFind(QByteArray::fromRawData(name.data(), name.size()));
        if (it != fieldIndex.constEnd())
            return *it;
        const int index = static_cast<int>(fieldIndex.size());
        fieldIndex.insert(name.toByteArray(), index);
        return index;
    }
    // -1 when the trail never named the field.
    int find(QByteArrayView name) const
    {
        return fieldIndex.value(QByteArray::fromRawData(name.data(), name.size()), -1);
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

const QStringList clinicalEntities = {QStringLiteral("participant"),
                                      QStringLiteral("therapy_session"),
                                      QStringLiteral("assessment"),
                                      QStringLiteral("alert"),
                                      QStringLiteral("allocation"),
                                      QStringLiteral("arm_guess"),
                                      QStringLiteral("emergency_unblinding"),
                                      QStringLiteral("electronic_signature"),
                                      QStringLiteral("data_lock"),
                                      QStringLiteral("data_query"),
                                      QStringLiteral("data_query_step"),
                                      QStringLiteral("double_entry"),
                                      QStringLiteral("double_entry_resolution"),
                                      QStringLiteral("source_verification")};

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

QByteArray itemField(qsizetype index)
{
    return QByteArrayLiteral("item_") + QByteArray::number(index + 1);
}

// A column's text; a non-NULL empty text is an empty, not a null, view.
QByteArrayView column(const SqlRow& r, int i)
{
    if (r.isNull(i))
        return {};
    const QByteArrayView v = r.text(i);
    return v.data() ? v : QByteArrayView("", 0);
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
        // The entries of one row share the record: it is looked up once per row.
        qint64 row = 0;
        Entity* entity = nullptr;
        Rebuilt* record = nullptr;
        qint64 id = 0;
        bool settable = false;
        return AuditTrail::forEach(
            m_db, {0, clinicalEntities, {}}, [&](const AuditFieldView& e) -> Status {
                ++m_report.entries;
                if (e.rowId != row) {
                    row = e.rowId;
                    bool ok = false;
                    id = e.entityId.toLongLong(&ok);
                    // Other actions (unblinded, imported from a source, ...) say something about
                    // a record without setting its values.
                    settable = ok && (e.action == "created" || e.action == "changed");
                    entity = &m_entities[string(e.entity)];
                    record = nullptr;
                }
                if (!settable || e.field.isNull())
                    return {};
                if (m_arena.full())
                    return makeError(ErrorCode::Invalid,
                                     AuditReplay::tr("The audit trail is too large to replay."));
                if (e.entity == "participant") {
                    if (e.field.startsWith("covariate.")) {
                        Keyed& k = m_covariates[{id, string(e.field.sliced(10))}];
                        k.value = string(e.newValue);
                        k.compact = e.compactRow;
                        return {};
                    }
                    if (e.field.startsWith("eligibility.")) {
                        const Key key{id, string(e.field.sliced(12))};
                        Keyed& k = m_eligibility[key];
                        k.value = string(e.newValue);
                        k.compact = e.compactRow;
                        if (eligibilityRow != e.rowId)
                            answeredInRow.clear();
                        eligibilityRow = e.rowId;
                        answeredInRow.push_back(key);
                        return {};
                    }
                    if (e.field == "eligibility_answered_at") {
                        if (eligibilityRow == e.rowId)
                            for (const Key& key : answeredInRow)
                                m_eligibility[key].answeredAt = string(e.newValue);
                        return {};
                    }
                }
                if (!record) {
                    auto [it, added] = entity->records.try_emplace(id);
                    if (added) {
                        it->second.firstRow = e.rowId;
                        it->second.compact = e.compactRow;
                    }
                    record = &it->second;
                }
                record->set(entity->field(e.field), m_arena.add(e.newValue));
                return {};
            });
    }

    void differs(const QString& table, const QString& row, const QString& field,
                 QByteArrayView file, QByteArrayView trail)
    {
        if (!m_disclosure.arms()) {
            m_report.findings.push_back(
                {ReplayFinding::Kind::Differs, table, row, field, {}, {}, true});
            return;
        }
        m_report.findings.push_back(
            {ReplayFinding::Kind::Differs, table, row, field, string(file), string(trail), false});
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
    bool same(QByteArrayView file, QByteArrayView expected, bool inTrail)
    {
        ++m_report.values;
        if (inTrail || !expected.isNull())
            return file.isNull() == expected.isNull() && file == expected;
        return file.isEmpty();
    }

    struct Column
    {
        QString name;
        QByteArray defaultValue; // null: NULL
    };
    Result<std::vector<Column>> columnsOf(const QString& table)
    {
        std::vector<Column> out;
        TD_TRY(m_db.read(m_db.dialect().columnsQuery(), {table}, [&out](const SqlRow& r) -> Status {
            Column c{QString::fromUtf8(r.text(0)), QByteArray()};
            if (!r.isNull(1)) {
                c.defaultValue = r.text(1).toByteArray();
                if (c.defaultValue.startsWith('\''))
                    c.defaultValue = c.defaultValue.mid(1).chopped(1);
            }
            out.push_back(c);
            return {};
        }));
        return out;
    }

    // The fields of a table's columns in the trail, and where the items are.
    Status compareTable(const QString& table)
    {
        auto columns = columnsOf(table);
        TD_TRY(columns);
        if (columns->empty()) // a table of a later schema than the file's
            return {};
        QStringList names;
        for (const Column& c : *columns)
            names << c.name;
        Entity& entity = m_entities[table];
        std::vector<int> fields;
        std::vector<bool> exempt;
        for (const Column& c : *columns) {
            fields.push_back(entity.find(c.name.toUtf8()));
            exempt.push_back(legacyExempt(table, c.name));
        }
        const int itemValues = static_cast<int>(names.indexOf(QStringLiteral("item_values")));
        const int idColumn = static_cast<int>(names.indexOf(QStringLiteral("id")));
        const bool armGuess = table == QStringLiteral("arm_guess");
        std::unordered_set<qint64> seen;
        TD_TRY(m_db.read(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(names.join(u','), table), {},
            [&](const SqlRow& r) -> Status {
                const qint64 id = r.text(idColumn).toLongLong();
                const auto found = entity.records.find(id);
                if (found == entity.records.end()) {
                    noTrail(table, QString::number(id));
                    return {};
                }
                seen.insert(id);
                const Rebuilt& rec = found->second;
                for (int i = 0; i < static_cast<int>(columns->size()); ++i) {
                    if (i == idColumn)
                        continue;
                    if (i == itemValues) {
                        compareItems(table, id, rec, entity, column(r, i));
                        continue;
                    }
                    const std::size_t c = static_cast<std::size_t>(i);
                    const Text* trail = fields[c] < 0 ? nullptr : rec.value(fields[c]);
                    if (!trail && !rec.compact && exempt[c])
                        continue;
                    QByteArrayView expected =
                        trail ? m_arena.view(*trail)
                              : ((*columns)[c].defaultValue.isNull()
                                     ? QByteArrayView()
                                     : QByteArrayView((*columns)[c].defaultValue));
                    // The trail spells out "don't know"; the table holds no arm.
                    if (armGuess && trail && expected == "dont_know")
                        expected = QByteArrayView();
                    const QByteArrayView file = column(r, i);
                    if (!same(file, expected, trail != nullptr))
                        differs(table, QString::number(id), (*columns)[c].name, file, expected);
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

    // The trail's items of an assessment: item_1, item_2, ... as far as they go.
    std::vector<QByteArrayView> trailItems(const Entity& entity, const Rebuilt& rec)
    {
        if (m_itemFields.empty())
            for (qsizetype i = 0; i < 500; ++i) {
                const int f = entity.find(itemField(i));
                if (f < 0)
                    break;
                m_itemFields.push_back(f);
            }
        std::vector<QByteArrayView> items;
        for (int f : m_itemFields) {
            const Text* v = rec.value(f);
            if (!v)
                break;
            items.push_back(m_arena.view(*v));
        }
        return items;
    }

    void compareItems(const QString& table, qint64 id, const Rebuilt& rec, const Entity& entity,
                      QByteArrayView file)
    {
        const std::vector<QByteArrayView> trail = trailItems(entity, rec);
        std::vector<QByteArrayView> stored;
        if (!file.isEmpty())
            for (qsizetype start = 0;;) {
                const qsizetype comma = file.indexOf(',', start);
                stored.push_back(file.sliced(start, (comma < 0 ? file.size() : comma) - start));
                if (comma < 0)
                    break;
                start = comma + 1;
            }
        if (stored.size() != trail.size()) {
            ++m_report.values;
            QByteArray joined;
            for (std::size_t i = 0; i < trail.size(); ++i) {
                if (i > 0)
                    joined.append(',');
                joined.append(trail[i]);
            }
            differs(table, QString::number(id), QStringLiteral("item_values"), file, joined);
            return;
        }
        for (std::size_t i = 0; i < trail.size(); ++i)
            if (!same(stored[i], trail[i], true))
                differs(table, QString::number(id),
                        QString::fromLatin1(itemField(static_cast<qsizetype>(i))), stored[i],
                        trail[i]);
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
                const QString row = AuditReplay::tr("participant %1, covariate %2")
                                        .arg(QString::number(key.first), key.second);
                const QByteArrayView file = column(r, 2);
                const auto found = m_covariates.find(key);
                if (found == m_covariates.end()) {
                    // Schema step 9 copied age, sex, years of education and episode length of
                    // participants recorded before it into the covariates of the same code.
                    const Text* copied = legacyColumn(participants, key);
                    if (!copied)
                        noTrail(QStringLiteral("covariate_value"), row);
                    else if (!same(file, m_arena.view(*copied), true))
                        differs(QStringLiteral("covariate_value"), row, QStringLiteral("value"),
                                file, m_arena.view(*copied));
                    return {};
                }
                seen.insert(key);
                const QByteArray trail = found->second.value.toUtf8();
                if (!same(file, found->second.value.isNull() ? QByteArrayView() : trail, true))
                    differs(QStringLiteral("covariate_value"), row, QStringLiteral("value"), file,
                            trail);
                return {};
            }));
        for (const auto& [key, k] : m_covariates)
            if (!seen.count(key) && !k.value.isNull())
                noRow(QStringLiteral("covariate_value"),
                      AuditReplay::tr("participant %1, covariate %2")
                          .arg(QString::number(key.first), key.second));
        return {};
    }

    const Text* legacyColumn(const Entity& participants, const Key& key) const
    {
        static const QStringList copied = {QStringLiteral("age"), QStringLiteral("sex"),
                                           QStringLiteral("education_years"),
                                           QStringLiteral("episode_months")};
        if (!copied.contains(key.second))
            return nullptr;
        const auto p = participants.records.find(key.first);
        if (p == participants.records.end() || p->second.compact)
            return nullptr;
        const int f = participants.find(key.second.toUtf8());
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
                const QString row = AuditReplay::tr("participant %1, criterion %2")
                                        .arg(QString::number(key.first), key.second);
                const auto found = m_eligibility.find(key);
                if (found == m_eligibility.end()) {
                    noTrail(QStringLiteral("eligibility_answer"), row);
                    return {};
                }
                seen.insert(key);
                const Keyed& k = found->second;
                const QByteArray answer = k.value == QStringLiteral("yes")  ? QByteArray("1")
                                          : k.value == QStringLiteral("no") ? QByteArray("0")
                                                                            : k.value.toUtf8();
                const QByteArrayView file = column(r, 2);
                if (!same(file, answer, true))
                    differs(QStringLiteral("eligibility_answer"), row, QStringLiteral("answer"),
                            file, answer);
                if (k.compact || !k.answeredAt.isNull()) {
                    const QByteArrayView at = column(r, 3);
                    const QByteArray trail = k.answeredAt.toUtf8();
                    if (!same(at, k.answeredAt.isNull() ? QByteArrayView() : trail, true))
                        differs(QStringLiteral("eligibility_answer"), row,
                                QStringLiteral("answered_at"), at, trail);
                }
                return {};
            }));
        for (const auto& [key, k] : m_eligibility)
            if (!seen.count(key))
                noRow(QStringLiteral("eligibility_answer"),
                      AuditReplay::tr("participant %1, criterion %2")
                          .arg(QString::number(key.first), key.second));
        return {};
    }

    // Factor levels of allocations: the allocation's fields level.<factor id>.
    Status compareLevels()
    {
        const Entity& allocations = m_entities[QStringLiteral("allocation")];
        const int armField = allocations.find("arm_id");
        std::set<std::pair<qint64, qint64>> seen;
        TD_TRY(m_db.read(
            QStringLiteral("SELECT allocation_id, factor_id, level, arm_id FROM allocation_level "
                           "ORDER BY allocation_id, factor_id"),
            {}, [&](const SqlRow& r) -> Status {
                const qint64 allocation = r.text(0).toLongLong();
                const qint64 factor = r.text(1).toLongLong();
                const QString row = AuditReplay::tr("allocation %1, factor %2")
                                        .arg(QString::number(allocation), QString::number(factor));
                const auto rec = allocations.records.find(allocation);
                const int f =
                    allocations.find(QByteArrayLiteral("level.") + QByteArray::number(factor));
                const Text* level =
                    rec == allocations.records.end() || f < 0 ? nullptr : rec->second.value(f);
                if (!level) {
                    // The per-value trail did not hold the levels.
                    if (rec == allocations.records.end() || rec->second.compact)
                        noTrail(QStringLiteral("allocation_level"), row);
                    return {};
                }
                seen.insert({allocation, factor});
                const QByteArrayView file = column(r, 2);
                if (!same(file, m_arena.view(*level), true))
                    differs(QStringLiteral("allocation_level"), row, QStringLiteral("level"), file,
                            m_arena.view(*level));
                const Text* arm = armField < 0 ? nullptr : rec->second.value(armField);
                const QByteArrayView fileArm = column(r, 3);
                if (arm && !same(fileArm, m_arena.view(*arm), true))
                    differs(QStringLiteral("allocation_level"), row, QStringLiteral("arm_id"),
                            fileArm, m_arena.view(*arm));
                return {};
            }));
        for (auto it = allocations.fieldIndex.constBegin(); it != allocations.fieldIndex.constEnd();
             ++it) {
            if (!it.key().startsWith("level."))
                continue;
            const qint64 factor = it.key().mid(6).toLongLong();
            for (const auto& [id, rec] : allocations.records)
                if (rec.value(*it) && !seen.count({id, factor}))
                    noRow(QStringLiteral("allocation_level"),
                          AuditReplay::tr("allocation %1, factor %2")
                              .arg(QString::number(id), QString::number(factor)));
        }
        return {};
    }

    // Scores: what the scoring engine gives for the trail's item values.
    Status compareScores()
    {
        auto catalog = InstrumentCatalog::load(m_db);
        TD_TRY(catalog);
        const Entity& assessments = m_entities[QStringLiteral("assessment")];
        const int instrumentField = assessments.find("instrument_id");
        std::unordered_set<qint64> seen;
        QStringList items;
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
                const Text* instrument =
                    instrumentField < 0 ? nullptr : rec->second.value(instrumentField);
                const InstrumentDefinition* d =
                    instrument ? catalog->find(m_arena.string(*instrument)) : nullptr;
                items.clear();
                for (QByteArrayView v : trailItems(assessments, rec->second))
                    items << QString::fromUtf8(v);
                auto score = d ? ScoringEngine::score(*d, items)
                               : Result<Score>(makeError(ErrorCode::Invalid,
                                                         AuditReplay::tr("unknown instrument")));
                if (!score.ok()) {
                    differs(QStringLiteral("assessment_score"), row, QStringLiteral("total"),
                            column(r, 1), score.message().toUtf8());
                    return {};
                }
                int i = 1;
                for (const auto& [name, value] : ScoreRepository::columns(*score)) {
                    const QByteArray expected =
                        value.isNull() ? QByteArray() : AuditLog::valueText(value).toUtf8();
                    const QByteArrayView file = column(r, i++);
                    if (!same(file, value.isNull() ? QByteArrayView() : expected, true))
                        differs(QStringLiteral("assessment_score"), row, name, file, expected);
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
    Arena m_arena;
    std::map<QString, Entity> m_entities;
    std::map<Key, Keyed> m_covariates;
    std::map<Key, Keyed> m_eligibility;
    std::vector<int> m_itemFields; // the assessment entity's item_1, item_2, ...
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
