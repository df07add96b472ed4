#pragma once

// Helpers shared by the export tests: an RFC 4180 reader and a trial with scored assessments.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"

#include <QFile>
#include <QStringList>

namespace tdtest {

// Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks).
inline std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

inline QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The value of `column` in `row`, by the header's names.
inline QString cell(const std::vector<QStringList>& csv, size_t row, const QString& column)
{
    const qsizetype i = csv.front().indexOf(column);
    return i < 0 || row >= csv.size() ? QStringLiteral("<none>") : csv[row].value(i);
}

// A trial with two randomized participants: one with a complete PHQ-9 at baseline (missing
// reason full of CSV specials) and one whose PHQ-9 has three items missing (not scorable).
class ExportTrial : public TestTrial
{
protected:
    static QString awkwardReason()
    {
        return QStringLiteral("Said \"later\", then left\nearly; æøå");
    }

    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_scored = randomized(m_armCbt);
        m_unscorable = randomized(m_armPdt);
        save(m_scored.id,
             QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                         QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("1"),
                         QStringLiteral("1")},
             awkwardReason());
        save(m_unscorable.id,
             QStringList{QStringLiteral("1"), QStringLiteral("NA"), QStringLiteral("NA"),
                         QStringLiteral("NA"), QStringLiteral("1"), QStringLiteral("2"),
                         QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("0"),
                         QStringLiteral("1")},
             QString());
    }

    void save(qint64 participant, const QStringList& items, const QString& reason)
    {
        td::Assessment a;
        a.participantId = participant;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today();
        a.items = items;
        a.status = td::AssessmentStatus::Complete;
        a.missingReason = reason;
        must(td::AssessmentRepository(db()).save(m_coordinator, a), "save assessment");
    }

    QString out(const QString& name) const { return m_dir.filePath(name); }

    td::Participant m_scored;
    td::Participant m_unscorable;
};

} // namespace tdtest
