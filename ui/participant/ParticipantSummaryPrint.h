#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QTextDocument;

namespace td {

class ParticipantPage;

// A participant's summary on paper, made from what the page shows the signed-in user and
// nothing else (the core's Disclosure already decided that): the header facts, the visits,
// the assessments with their scores, the chart of the chosen instrument, the therapy sessions
// (only on pages that show them) and the safety alerts (only on pages that show them).
class ParticipantSummaryPrint
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantSummaryPrint)

public:
    explicit ParticipantSummaryPrint(const ParticipantPage& page) : m_page(page) {}

    // The document's name ("Participant OSL-001").
    QString title() const;
    // The summary as HTML (the chart is the image resource "chart"), for tests.
    QString html() const;
    // Lays the summary out on the printer's pages and prints it.
    void print(QPrinter& printer) const;

private:
    void fill(QTextDocument& document) const;

    const ParticipantPage& m_page;
};

} // namespace td
