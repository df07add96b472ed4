#pragma once

#include "common/Result.h"
#include "instruments/InstrumentDefinition.h"
#include "instruments/Score.h"

#include <QCoreApplication>

namespace td {

// The one scoring engine: validates raw answers against any instrument definition and derives
// total, proration, band, flags and subscales (docs/science.md section 1).
class ScoringEngine
{
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)

public:
    // Bumped whenever a rule changes, so stored scores record which rules made them.
    static constexpr int version = 1;

    // Checks the item count and every value; the message names the item and what is allowed.
    static Result<std::vector<ItemValue>> parse(const InstrumentDefinition& d,
                                                const QStringList& raw);
    // Checks one answer (item `index` of `d`), as parse() does for each: NA, or an allowed
    // value. Imports use it to report every refused answer, not only the first.
    static Status parseItem(const InstrumentDefinition& d, int index, const QString& raw,
                            ItemValue& value);
    // Which items are asked: all but those whose show_if (BranchingLogic) the answers make
    // false. An item not asked is neither scored nor counted as missing.
    static std::vector<bool> asked(const InstrumentDefinition& d,
                                   const std::vector<ItemValue>& values);
    // A required item that is asked but left empty (NA; a missing code is an answer, as in
    // REDCap): named in the message. Complete assessments are checked at every save.
    static Status checkRequired(const InstrumentDefinition& d,
                                const std::vector<ItemValue>& values);
    static Score score(const InstrumentDefinition& d, const std::vector<ItemValue>& values);
    static Result<Score> score(const InstrumentDefinition& d, const QStringList& raw);

    // "0 to 3", or "0, 1a, 1b, 2a, 2b, 3a, 3b; a digit alone (1 to 3) when the direction was
    // not recorded" for lettered items, always "or NA".
    static QString allowedValues(const ItemDefinition& item);
    // round_half_up(sum x n / answered), the proration of docs/science.md.
    static double prorate(double sum, int items, int answered);
};

} // namespace td
