#include "entry/ItemInput.h"

#include "assessments/Assessment.h"
#include "instruments/ItemNumber.h"
#include "instruments/ScoringEngine.h"

#include <QRegularExpression>
#include <utility>

namespace td {

ItemInput::ItemInput(const InstrumentDefinition& definition, std::size_t index)
{
    m_single.id = definition.id;
    m_single.shortName = definition.shortName;
    ItemDefinition item = definition.items.at(index);
    item.optional = false;
    m_single.items = {item};
    if (item.decimals > 0) {
        // Too many to list: classify() reads what is typed.
        m_allowed << Assessment::missingItem();
        return;
    }
    // Every answer the engine could accept, kept if it does accept it.
    QStringList candidates;
    for (int v = item.min; v <= item.max; ++v) {
        candidates << QString::number(v);
        for (const QString& letter : item.letters)
            candidates << QString::number(v) + letter;
    }
    candidates << Assessment::missingItem();
    for (const QString& c : candidates)
        if (ScoringEngine::parse(m_single, {c}).ok())
            m_allowed << c;
}

QString ItemInput::normalize(const QString& typed)
{
    if (typed == QStringLiteral("."))
        return Assessment::missingItem();
    if (typed.startsWith(QLatin1Char('n'), Qt::CaseInsensitive))
        return typed.toUpper();
    return typed.toLower();
}

ItemInput::Kind ItemInput::classify(const QString& text) const
{
    const ItemDefinition& item = m_single.items.front();
    if (item.decimals > 0 && !Assessment::missingItem().startsWith(text)) {
        // A number being typed: a sign, digits, one decimal separator and at most the item's
        // places after it. Complete once every place is typed.
        static const QRegularExpression number(QStringLiteral("^-?[0-9]*(?:[.]([0-9]*))?$"));
        const QString typed = stored(text);
        const auto m = number.match(typed);
        if (!m.hasMatch())
            return Kind::Refused;
        const bool placesFull = m.captured(1).size() >= item.decimals;
        if (m.captured(1).size() > item.decimals)
            return Kind::Refused;
        if (placesFull)
            return isAllowed(text) ? Kind::Complete : Kind::Refused;
        return Kind::Partial;
    }
    bool longer = false;
    for (const QString& a : m_allowed)
        longer = longer || (a.size() > text.size() && a.startsWith(text));
    if (m_allowed.contains(text))
        return longer ? Kind::Partial : Kind::Complete;
    return longer ? Kind::Partial : Kind::Refused;
}

bool ItemInput::isAllowed(const QString& text) const
{
    if (m_single.items.front().decimals > 0)
        return ScoringEngine::parse(m_single, {stored(text)}).ok();
    return m_allowed.contains(text);
}

QString ItemInput::stored(const QString& text) const
{
    return m_single.items.front().decimals > 0 ? ItemNumber::fromTyped(text) : text;
}

QString ItemInput::shown(const QString& value) const
{
    return m_single.items.front().decimals > 0 ? ItemNumber::toShown(value) : value;
}

int ItemInput::maxLength() const
{
    return m_single.items.front().decimals > 0 ? 6 + m_single.items.front().decimals : 4;
}

QString ItemInput::refusal(const QString& text) const
{
    auto parsed = ScoringEngine::parse(m_single, {stored(text)});
    if (!parsed.ok()) {
        // The value as it was typed ("300,5" in Bokmål), not as it would be stored.
        // The engine quotes it as the language quotes ("..." in English, «...» in Bokmål).
        QString message = parsed.message();
        for (const auto& [open, close] : {std::pair{u'"', u'"'}, std::pair{u'\u00ab', u'\u00bb'}})
            message.replace(QChar(open) + stored(text) + QChar(close),
                            QChar(open) + text + QChar(close));
        return message;
    }
    // The engine reads it (e.g. "02"), but the form keeps answers exactly as written.
    return tr("Item %1 of %2: write \"%3\" as one of the allowed answers: %4.")
        .arg(m_single.items.front().id, m_single.shortName, text,
             ScoringEngine::allowedValues(m_single.items.front()));
}

QString ItemInput::hint() const
{
    const ItemDefinition& item = m_single.items.front();
    if (item.decimals > 0)
        return tr("%1–%2, at most %n decimal place(s)", nullptr, item.decimals)
            .arg(ItemNumber::show(item.min, item.decimals),
                 ItemNumber::show(item.max, item.decimals));
    if (item.letters.isEmpty())
        return QStringLiteral("%1–%2").arg(item.min).arg(item.max);
    QStringList values;
    for (const QString& a : m_allowed)
        if (a != Assessment::missingItem() && (a == QStringLiteral("0") || !a.back().isDigit()))
            values << a;
    return tr("%1, or a digit alone: direction not recorded").arg(values.join(QLatin1Char(' ')));
}

QString ItemInput::remark(const QString& value) const
{
    const ItemDefinition& item = m_single.items.front();
    if (item.letters.isEmpty() || !isAllowed(value) || value == Assessment::missingItem() ||
        value.isEmpty() || !value.back().isDigit() || value.toInt() == 0)
        return {};
    return tr("Score %1, direction (%2) not recorded")
        .arg(value, item.letters.join(QLatin1Char('/')));
}

} // namespace td
