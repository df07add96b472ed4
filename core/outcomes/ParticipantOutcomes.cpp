#include "outcomes/ParticipantOutcomes.h"

#include "access/Disclosure.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "outcomes/NormRepository.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <map>

namespace td {

std::optional<double> ParticipantOutcomes::olsSlope(const std::vector<std::pair<double, double>>& p)
{
    if (p.size() < 2)
        return std::nullopt;
    double mx = 0, my = 0;
    for (const auto& [x, y] : p) {
        mx += x;
        my += y;
    }
    mx /= static_cast<double>(p.size());
    my /= static_cast<double>(p.size());
    double sxx = 0, sxy = 0;
    for (const auto& [x, y] : p) {
        sxx += (x - mx) * (x - mx);
        sxy += (x - mx) * (y - my);
    }
    if (sxx <= 0)
        return std::nullopt;
    return sxy / sxx;
}

Result<std::vector<MeasureOutcome>> ParticipantOutcomes::forParticipant(const Actor& actor,
                                                                        qint64 participantId)
{
    auto participant = ParticipantRepository(m_db).get(actor, participantId);
    TD_TRY(participant);
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    auto q =
        m_db.exec(QStringLiteral(
                      "SELECT a.id, a.instrument_id, a.assessment_date, t.week_offset, s.total, "
                      "s.subscales FROM assessment a JOIN assessment_score s ON s.assessment_id "
                      "= a.id LEFT JOIN time_point t ON t.id = a.time_point_id WHERE "
                      "a.participant_id = ? AND a.removed = 0 AND a.status = 'complete'%1 ORDER BY "
                      "a.assessment_date, a.id")
                      .arg(Disclosure::of(actor).withoutSessions(QStringLiteral("a.session_id"))),
                  {participantId});
    TD_TRY(q);
    struct Row
    {
        qint64 id;
        QString instrument;
        QDate date;
        bool baselineVisit;
        std::optional<double> total;
        QString subscales;
    };
    std::vector<Row> rows;
    while ((*q)->next()) {
        QSqlQuery& r = **q;
        rows.push_back(
            {r.value(0).toLongLong(), r.value(1).toString(),
             QDate::fromString(r.value(2).toString(), Qt::ISODate),
             !r.value(3).isNull() && r.value(3).toInt() == 0,
             r.value(4).isNull() ? std::nullopt : std::optional<double>(r.value(4).toDouble()),
             r.value(5).toString()});
    }
    if (rows.empty())
        return std::vector<MeasureOutcome>();
    const QDate origin =
        participant->randomizedAt.isValid() ? participant->randomizedAt.date() : rows.front().date;
    std::map<QString, MeasureOutcome> measures;
    std::map<QString, bool> baselineVisitSeen;
    auto add = [&](const QString& measure, const Row& row, double value) {
        MeasureOutcome& m = measures[measure];
        m.measure = measure;
        m.instrumentId = row.instrument;
        const TrajectoryPoint point{row.id, row.date, origin.daysTo(row.date) / 7.0, value};
        m.trajectory.push_back(point);
        if (!m.baseline || (row.baselineVisit && !baselineVisitSeen[measure])) {
            m.baseline = point;
            baselineVisitSeen[measure] = row.baselineVisit;
        }
        m.latest = point;
    };
    for (const Row& row : rows) {
        if (row.total)
            add(row.instrument, row, *row.total);
        if (!row.subscales.isEmpty())
            for (const QString& part : row.subscales.split(QLatin1Char(';'))) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                if (eq > 0 && eq + 1 < part.size())
                    add(row.instrument + QLatin1Char('.') + part.left(eq), row,
                        part.mid(eq + 1).toDouble());
            }
    }
    NormRepository norms(m_db);
    std::vector<MeasureOutcome> out;
    for (auto& [name, m] : measures) {
        std::vector<std::pair<double, double>> xy;
        for (const TrajectoryPoint& p : m.trajectory)
            xy.emplace_back(p.weeks, p.value);
        m.slopePerWeek = olsSlope(xy);
        const InstrumentDefinition* d = catalog->find(m.instrumentId);
        if (d && name == m.instrumentId && m.baseline && m.latest) {
            auto in = norms.defaults(*d);
            TD_TRY(in);
            if (in->sd && in->reliability) {
                ChangeInput c = *in;
                c.baseline = m.baseline->value;
                c.followup = m.latest->value;
                auto change = ChangeStatistics::compute(*d, c);
                if (change.ok()) {
                    m.smallestReliableChange = change->smallestReliableChange;
                    m.reliableImprovementBound = ChangeStatistics::reliableImprovementBound(
                        *d, m.baseline->value, change->smallestReliableChange);
                    if (m.latest->assessmentId != m.baseline->assessmentId)
                        m.change = *change;
                }
            }
        }
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace td
