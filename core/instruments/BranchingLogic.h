#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace td {

// REDCap branching logic ("show the field only if") that TrialDesk evaluates: comparisons of
// an item with a literal ([field] = 'v', <>, !=, >, <, >=, <=; [field(code)] for a checkbox
// choice, the item field___code), joined by and, or and parentheses. A blank item equals ''
// only; an ordering comparison with a blank or a text is false, as in REDCap. Anything else
// (functions, arithmetic, other events' or forms' fields, smart variables) is not evaluated:
// check() says why, and the item is then always asked.
class BranchingLogic
{
    Q_DECLARE_TR_FUNCTIONS(BranchingLogic)

public:
    // Whether `expression` can be evaluated, every field it names being an item for which
    // `isItem` is true (given the item id: `field` or `field___code`).
    static Status check(const QString& expression,
                        const std::function<bool(const QString&)>& isItem);
    // Whether the item is shown, given each item's answer as written (empty when blank).
    // An expression check() refuses shows the item.
    static bool shows(const QString& expression,
                      const std::function<QString(const QString&)>& valueOf);
    // The item id a reference names: `field`, or `field___code` for [field(code)].
    static QString itemId(const QString& field, const QString& code);
};

} // namespace td
