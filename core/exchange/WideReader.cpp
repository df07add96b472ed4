#include "exchange/WideReader.h"

#include "exchange/ExportSource.h"
#include "storage/Database.h"

#include <QDate>
#include <cmath>

namespace td {

namespace {

QString key(const QString& visit, const QString& instrument, const QString& part)
{
    return visit + QLatin1Char('|') + instrument + QLatin1Char('|') + part;
}

} // namespace

WideReader::WideReader(ExportContext& ctx) : m_ctx(ctx), m_scores(ExportLayout::wideScores(ctx))
{
    for (size_t i = 0; i < m_scores.size(); ++i)
        m_index.insert(key(m_scores[i].visit, m_scores[i].instrument, m_scores[i].part),
                       static_cast<int>(i));
}

Result<qint64> WideReader::participantCount()
{
    auto n = m_ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM participant"));
    TD_TRY(n);
    return n->toLongLong();
}

Status WideReader::start()
{
    const ExportSource source(m_ctx.disclosure);
    auto people = m_ctx.db.exec(source.participants());
    TD_TRY(people);
    m_people = *people;
    // The latest non-removed assessment of a visit wins when there are several.
    auto scored = m_ctx.db.exec(source.visitScores());
    TD_TRY(scored);
    m_scored = *scored;
    m_scoredValid = m_scored->next();
    auto attended = m_ctx.db.exec(source.sessionAttendance());
    TD_TRY(attended);
    m_attended = *attended;
    m_attendedValid = m_attended->next();
    auto ratings = m_ctx.db.exec(source.sessionRatings());
    TD_TRY(ratings);
    m_ratings = *ratings;
    m_ratingsValid = m_ratings->next();
    return {};
}

void WideReader::readSessions(qint64 id, WideRow& row)
{
    auto at = [&](const QString& instrument, const QString& part) {
        return m_index.value(key(QString(), instrument, part), -1);
    };
    auto set = [&](int i, double v) {
        if (i >= 0)
            row.values[static_cast<size_t>(i)] = v;
    };
    const QString attended = QStringLiteral("attended");
    // Counts are 0 rather than empty where the data set holds sessions.
    for (size_t i = 0; i < m_scores.size(); ++i)
        if (m_scores[i].visit.isEmpty() &&
            (m_scores[i].instrument == attended || m_scores[i].part == QLatin1String("n")))
            row.values[i] = 0.0;
    while (m_attendedValid && m_attended->value(0).toLongLong() < id)
        m_attendedValid = m_attended->next();
    double all = 0;
    while (m_attendedValid && m_attended->value(0).toLongLong() == id) {
        const double n = m_attended->value(2).toDouble();
        set(at(attended, m_attended->value(1).toString()), n);
        all += n;
        m_attendedValid = m_attended->next();
    }
    set(at(attended, QStringLiteral("all")), all);

    while (m_ratingsValid && m_ratings->value(0).toLongLong() < id)
        m_ratingsValid = m_ratings->next();
    while (m_ratingsValid && m_ratings->value(0).toLongLong() == id) {
        const QString instrument = m_ratings->value(1).toString();
        int n = 0;
        double sum = 0;
        double first = 0;
        double last = 0;
        while (m_ratingsValid && m_ratings->value(0).toLongLong() == id &&
               m_ratings->value(1).toString() == instrument) {
            last = m_ratings->value(2).toDouble();
            first = n == 0 ? last : first;
            sum += last;
            ++n;
            m_ratingsValid = m_ratings->next();
        }
        set(at(instrument, QStringLiteral("n")), n);
        set(at(instrument, QStringLiteral("first")), first);
        set(at(instrument, QStringLiteral("last")), last);
        set(at(instrument, QStringLiteral("mean")), sum / n);
    }
}

Result<bool> WideReader::next(WideRow& row)
{
    if (!m_people->next())
        return false;
    const qint64 id = m_people->value(0).toLongLong();
    row.studyId = m_people->value(1).toString();
    row.siteId = m_people->value(2).toLongLong();
    row.siteCode = m_people->value(3).toString();
    row.armId = m_ctx.disclosure.arms() ? m_people->value(4).toLongLong() : 0;
    row.armCode = m_ctx.disclosure.arms() ? m_people->value(5).toString() : QString();
    row.status = m_people->value(6).toString();
    row.age = m_people->value(7);
    row.sex = m_people->value(8);
    row.educationYears = m_people->value(9);
    row.episodeMonths = m_people->value(10);
    row.randomizedDate = m_people->value(11).toString().left(10);
    row.protocolScreened = m_people->value(12);
    row.protocolRandomized = m_people->value(13);
    row.therapist = m_ctx.disclosure.therapists() ? m_people->value(14).toString() : QString();
    row.stratum = m_people->value(15).toString();
    row.values.assign(m_scores.size(), std::nullopt);
    row.notScorable.assign(m_scores.size(), false);

    while (m_scoredValid && m_scored->value(0).toLongLong() < id)
        m_scoredValid = m_scored->next();
    while (m_scoredValid && m_scored->value(0).toLongLong() == id) {
        const QString visit = m_scored->value(1).toString();
        const QString instrument = m_scored->value(2).toString();
        const InstrumentDefinition* d = m_ctx.catalog.find(instrument);
        auto set = [&](const QString& part, const QVariant& v) {
            const int i = m_index.value(key(visit, instrument, part), -1);
            if (i < 0)
                return;
            const auto u = static_cast<size_t>(i);
            row.values[u] = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
            row.notScorable[u] = v.isNull();
        };
        // When the visit's instrument was given: its date (a Julian day) and the weeks since
        // randomization, one decimal.
        const QDate date = QDate::fromString(m_scored->value(6).toString().left(10), Qt::ISODate);
        const QDate randomized =
            QDate::fromString(m_scored->value(7).toString().left(10), Qt::ISODate);
        if (date.isValid())
            set(QStringLiteral("date"), static_cast<double>(date.toJulianDay()));
        if (date.isValid() && randomized.isValid())
            set(QStringLiteral("weeks"),
                std::round(static_cast<double>(randomized.daysTo(date)) / 7.0 * 10.0) / 10.0);
        set(QStringLiteral("total"), m_scored->value(3));
        QVariant band;
        const QString bandKey = m_scored->value(4).toString();
        if (d && !bandKey.isEmpty())
            for (size_t b = 0; b < d->bands.size(); ++b)
                if (d->bands[b].key == bandKey)
                    band = static_cast<int>(b + 1);
        set(QStringLiteral("band"), band);
        if (d) {
            const QStringList stored = m_scored->value(5).toString().split(QLatin1Char(';'));
            for (const SubscaleDefinition& s : d->subscales) {
                QVariant value;
                for (const QString& part : stored)
                    if (part.startsWith(s.id + QLatin1Char('=')) && part.size() > s.id.size() + 1)
                        value = part.mid(s.id.size() + 1).toDouble();
                set(s.id, value);
            }
        }
        m_scoredValid = m_scored->next();
    }
    readSessions(id, row);
    if (m_people->lastError().isValid() || m_scored->lastError().isValid() ||
        m_attended->lastError().isValid() || m_ratings->lastError().isValid())
        return makeError(ErrorCode::Database,
                         tr("Reading the participants failed: %1")
                             .arg(m_people->lastError().text() + m_scored->lastError().text()));
    return true;
}

} // namespace td
