#pragma once

#include "instruments/InstrumentDefinition.h"
#include "instruments/Score.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace td {

// The scored items answered NA (missing) in one set of answers, and what completing with them
// means for the score: prorated, or not scorable. The entry form asks before it completes such
// an assessment, in these words.
class MissingAnswers
{
    Q_DECLARE_TR_FUNCTIONS(MissingAnswers)

public:
    enum class Outcome {
        None,        // every scored item answered
        Prorated,    // the total is prorated from the answered items
        NotScorable, // too many missing: no total, no band
        Partial,     // no total by design (subscales): those missing too many items are empty
    };

    static MissingAnswers of(const InstrumentDefinition& d, const std::vector<ItemValue>& values);

    const QStringList& items() const { return m_items; }
    Outcome outcome() const { return m_outcome; }
    int firstIndex() const { return m_firstIndex; }
    // "Item 5 of BDI-II is marked NA (missing). BDI-II needs every item for its total, so ...":
    // what was missing, what completing will do, what the rule allows. Empty for None.
    QString consequence(const InstrumentDefinition& d) const;

private:
    QStringList m_items;
    int m_firstIndex = -1;
    int m_answered = 0;
    int m_scored = 0;
    Score m_score;
    Outcome m_outcome = Outcome::None;
};

} // namespace td
