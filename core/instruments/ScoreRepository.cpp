#include "instruments/ScoreRepository.h"

#include "assessments/AssessmentRepository.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"
#include "storage/Database.h"
#include "storage/ReadQuery.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace td {

namespace {
QString encodeSubscales(const Score& s)
{
    QStringList parts;
    for (const auto& [id, value] : s.subscales)
        parts << id + QLatin1Char('=') + (value ? QString::number(*value, 'g', 17) : QString());
    return parts.join(QLatin1Char(';'));
}

Score decode(const QString& instrumentId, const QSqlQuery& r)
{
    Score s;
    s.instrumentId = instrumentId;
    if (!r.value(0).isNull())
        s.total = r.value(0).toDouble();
    s.band = r.value(1).toString();
    s.complete = r.value(2).toBool();
    s.prorated = r.value(3).toBool();
    const QString flags = r.value(4).toString();
    if (!flags.isEmpty())
        s.flags = flags.split(QLatin1Char(','));
    const QString subs = r.value(5).toString();
    if (!subs.isEmpty())
        for (const QString& part : subs.split(QLatin1Char(';'))) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            const QString value = part.mid(eq + 1);
            s.subscales.emplace_back(part.left(eq), value.isEmpty()
                                                        ? std::nullopt
                                                        : std::optional<double>(value.toDouble()));
        }
    return s;
}

QVariantList bindings(qint64 assessmentId, const Score& s)
{
    QVariantList out;
    for (const auto& [column, value] : ScoreRepository::columns(s))
        out << value;
    out << assessmentId;
    return out;
}

const QString insertSql = QStringLiteral(
    "INSERT INTO assessment_score (total, band, complete, prorated, flags, subscales, "
    "engine_version, assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
} // namespace

std::vector<std::pair<QString, QVariant>> ScoreRepository::columns(const Score& s)
{
    return {{QStringLiteral("total"), s.total ? QVariant(*s.total) : QVariant()},
            {QStringLiteral("band"), s.band.isEmpty() ? QVariant() : QVariant(s.band)},
            {QStringLiteral("complete"), s.complete ? 1 : 0},
            {QStringLiteral("prorated"), s.prorated ? 1 : 0},
            {QStringLiteral("flags"), s.flags.join(QLatin1Char(','))},
            {QStringLiteral("subscales"), encodeSubscales(s)},
            {QStringLiteral("engine_version"), ScoringEngine::version}};
}

Status ScoreRepository::insert(Database& db, qint64 assessmentId, const Score& s)
{
    TD_TRY(db.write(insertSql, bindings(assessmentId, s)));
    return {};
}

Status ScoreRepository::store(Database& db, qint64 assessmentId, const Score& s)
{
    const QVariantList values = bindings(assessmentId, s);
    auto upd = db.write(QStringLiteral("UPDATE assessment_score SET total = ?, band = ?, complete "
                                       "= ?, prorated = ?, flags = ?, subscales = ?, "
                                       "engine_version = ? WHERE assessment_id = ?"),
                        values);
    TD_TRY(upd);
    if (upd->rows > 0)
        return {};
    TD_TRY(db.write(insertSql, values));
    return {};
}

Result<std::optional<Score>> ScoreRepository::load(Database& db, qint64 assessmentId,
                                                   const QString& instrumentId)
{
    auto q = db.exec(QStringLiteral("SELECT total, band, complete, prorated, flags, subscales "
                                    "FROM assessment_score WHERE assessment_id = ?"),
                     {assessmentId});
    TD_TRY(q);
    if (!(*q)->next())
        return std::optional<Score>();
    Score s = decode(instrumentId, **q);
    (*q)->finish();
    return std::optional<Score>(s);
}

Result<ScoreCheck> ScoreRepository::verify(Database& db, const InstrumentCatalog& catalog)
{
    QSqlQuery q = readQuery(db);
    const QString sql = QStringLiteral(
        "SELECT s.total, s.band, s.complete, s.prorated, s.flags, s.subscales, a.id, "
        "a.instrument_id, a.item_values, s.assessment_id FROM assessment a LEFT JOIN "
        "assessment_score s ON s.assessment_id = a.id ORDER BY a.id");
    if (!q.exec(sql))
        return db.sqlError(q, sql);
    ScoreCheck check;
    while (q.next()) {
        ++check.checked;
        const QString instrumentId = q.value(7).toString();
        const QString stored = q.value(9).isNull() ? QString() : decode(instrumentId, q).toJson();
        const InstrumentDefinition* d = catalog.find(instrumentId);
        QString recomputed;
        if (!d) {
            recomputed = tr("unknown instrument");
        } else {
            auto s =
                ScoringEngine::score(*d, AssessmentRepository::decodeItems(q.value(8).toString()));
            recomputed = s.ok() ? s->toJson() : s.message();
        }
        if (stored != recomputed)
            check.mismatches.push_back({q.value(6).toLongLong(), instrumentId, stored, recomputed});
    }
    return check;
}

Result<ScoreRepository::Backfill> ScoreRepository::scoreMissing(Database& db,
                                                                const InstrumentCatalog& catalog)
{
    Transaction tx(db);
    TD_TRY(tx.status());
    QSqlQuery q = readQuery(db);
    const QString sql = QStringLiteral(
        "SELECT a.id, a.instrument_id, a.item_values FROM assessment a LEFT JOIN "
        "assessment_score s ON s.assessment_id = a.id WHERE s.assessment_id IS NULL ORDER BY a.id");
    if (!q.exec(sql))
        return db.sqlError(q, sql);
    Backfill b;
    while (q.next()) {
        const InstrumentDefinition* d = catalog.find(q.value(1).toString());
        auto s =
            d ? ScoringEngine::score(*d, AssessmentRepository::decodeItems(q.value(2).toString()))
              : Result<Score>(makeError(ErrorCode::Invalid, QString()));
        if (!s.ok()) {
            ++b.unscorable;
            continue;
        }
        TD_TRY(store(db, q.value(0).toLongLong(), *s));
        ++b.scored;
    }
    TD_TRY(tx.commit());
    return b;
}

Result<qint64> ScoreRepository::rescoreAll(Database& db, const InstrumentCatalog& catalog)
{
    Transaction tx(db);
    TD_TRY(tx.status());
    QSqlQuery q = readQuery(db);
    const QString sql =
        QStringLiteral("SELECT id, instrument_id, item_values FROM assessment ORDER BY id");
    if (!q.exec(sql))
        return db.sqlError(q, sql);
    qint64 n = 0;
    while (q.next()) {
        auto d = catalog.require(q.value(1).toString());
        TD_TRY(d);
        auto s =
            ScoringEngine::score(**d, AssessmentRepository::decodeItems(q.value(2).toString()));
        TD_TRY(s);
        TD_TRY(store(db, q.value(0).toLongLong(), *s));
        ++n;
    }
    TD_TRY(tx.commit());
    return n;
}

} // namespace td
