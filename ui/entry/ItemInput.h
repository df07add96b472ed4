#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

// What typing makes of one item's answer on the entry form. The allowed answers are those the
// scoring engine accepts for the item (its range, letters, NA), so the form refuses exactly what
// a save would refuse, with the engine's message.
class ItemInput
{
    Q_DECLARE_TR_FUNCTIONS(ItemInput)

public:
    enum class Kind {
        Complete, // an allowed answer that no longer allowed answer begins with: move on
        Partial,  // the start of an allowed answer ("1" of "1a", "N" of "NA", "-" of "-1")
        Refused,  // neither
    };

    ItemInput(const InstrumentDefinition& definition, std::size_t index);

    // Upper-case NA, lower-case letters, "." as a one-key NA.
    static QString normalize(const QString& typed);
    Kind classify(const QString& text) const;
    bool isAllowed(const QString& text) const;
    // Why `text` is refused, naming the item and the allowed answers (the engine's words).
    QString refusal(const QString& text) const;
    // A short reminder of the allowed answers for the form ("0–3", "0 1a 1b 2a 2b 3a 3b, or a
    // digit alone: direction not recorded").
    QString hint() const;
    // What the form says under an accepted answer: that a digit alone on a lettered item is
    // the score with the direction not recorded; else empty (the hint stays).
    QString remark(const QString& value) const;
    // Items with decimals: what is stored of the field's text (the language's decimal comma
    // becomes a point: "2,5" -> "2.5"), and how a stored answer shows in the field ("2.5" ->
    // "2,5" in Bokmål). Other items keep the text as it is.
    QString stored(const QString& text) const;
    QString shown(const QString& value) const;
    // The characters the field takes for this item (longer for items with decimals).
    int maxLength() const;

private:
    InstrumentDefinition m_single; // the instrument cut down to this one item
    QStringList m_allowed;
};

} // namespace td
