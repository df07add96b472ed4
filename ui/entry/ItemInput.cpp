#include "entry/ItemInput.h"

#include "assessments/Assessment.h"
#include "instruments/ScoringEngine.h"

namespace td {

ItemInput::ItemInput(const InstrumentDefinition& definition, std::size_t index)
{
    m_single.id = definition.id;
    m_single.shortName = definition.shortName;
    ItemDefinition item = definition.items.at(index);
    item.optional = false;
    m_single.items = {item};
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
    bool longer = false;
    for (const QString& a : m_allowed)
        longer = longer || (a.size() > text.size() && a.startsWith(text));
    if (m_allowed.contains(text))
        return longer ? Kind::Partial : Kind::Complete;
    return longer ? Kind::Partial : Kind::Refused;
}

QString ItemInput::refusal(const QString& text) const
{
    auto parsed = ScoringEngine::parse(m_single, {text});
    if (!parsed.ok())
        return parsed.message();
    // The engine reads it (e.g. "02"), but the form keeps answers exactly as written.
    return tr("Item %1 of %2: write \"%3\" as one of the allowed answers: %4.")
        .arg(m_single.items.front().id, m_single.shortName, text,
             ScoringEngine::allowedValues(m_single.items.front()));
}

QString ItemInput::hint() const
{
    const ItemDefinition& item = m_single.items.front();
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
