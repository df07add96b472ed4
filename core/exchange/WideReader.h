#pragma once

#include "common/Result.h"
#include "exchange/ExportLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace td {

// One participant of the wide layout.
struct WideRow
{
    QString studyId;
    qint64 siteId = 0;
    QString siteCode;
    qint64 armId = 0; // 0: not randomized, or arms hidden
    QString armCode;
    QString status;
    QVariant age, sex, educationYears, episodeMonths;
    QString randomizedDate;
    QVariant protocolScreened, protocolRandomized; // protocol versions (null: none)
    QString therapist; // a code (T<user id>); empty when not assigned or hidden
    QString stratum;   // at allocation
    // Per ExportLayout::wideScores(): the value (band: 1-based index in the definition), and
    // whether the visit was assessed but yielded no value. Session summaries (a WideScore of
    // no visit) are counts and scores, never "not scorable".
    std::vector<std::optional<double>> values;
    std::vector<bool> notScorable;
};

// Streams the wide layout: participants in id order, merged with their scored visits read by
// a second forward-only query in the same order. Memory stays one participant.
class WideReader
{
    Q_DECLARE_TR_FUNCTIONS(WideReader)

public:
    explicit WideReader(ExportContext& ctx);
    Status start();
    // Fills `row` with the next participant; false at the end.
    Result<bool> next(WideRow& row);
    const std::vector<WideScore>& scores() const { return m_scores; }
    Result<qint64> participantCount();

private:
    // The session summaries of participant `id` (ExportLayout::wideScores, no visit).
    void readSessions(qint64 id, WideRow& row);

    ExportContext& m_ctx;
    std::vector<WideScore> m_scores;
    QHash<QString, int> m_index; // "visit|instrument|part" -> position
    QSqlQuery* m_people = nullptr;
    QSqlQuery* m_scored = nullptr;
    bool m_scoredValid = false;
    QSqlQuery* m_attended = nullptr; // session summaries (ExportSource::sessionAttendance)
    bool m_attendedValid = false;
    QSqlQuery* m_ratings = nullptr; // ExportSource::sessionRatings
    bool m_ratingsValid = false;
};

} // namespace td
