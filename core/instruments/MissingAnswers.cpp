#include "instruments/MissingAnswers.h"

#include "instruments/ScoringEngine.h"

#include <QLocale>

namespace td {

MissingAnswers MissingAnswers::of(const InstrumentDefinition& d,
                                  const std::vector<ItemValue>& values)
{
    MissingAnswers m;
    const std::vector<bool> shown = ScoringEngine::asked(d, values);
    for (std::size_t i = 0; i < d.items.size() && i < values.size(); ++i) {
        if (!d.items[i].scored || !shown[i])
            continue;
        ++m.m_scored;
        if (!values[i].missing) {
            ++m.m_answered;
            continue;
        }
        m.m_items << d.items[i].id;
        if (m.m_firstIndex < 0)
            m.m_firstIndex = static_cast<int>(i);
    }
    if (m.m_items.isEmpty() || values.size() != d.items.size())
        return m;
    m.m_score = ScoringEngine::score(d, values);
    if (d.total == TotalMethod::None)
        m.m_outcome = Outcome::Partial;
    else if (m.m_score.prorated || (d.missing == MissingRule::Skip && m.m_score.total))
        m.m_outcome = Outcome::Prorated;
    else if (!m.m_score.total)
        m.m_outcome = Outcome::NotScorable;
    return m;
}

QString MissingAnswers::consequence(const InstrumentDefinition& d) const
{
    if (m_outcome == Outcome::None)
        return {};
    const QLocale locale;
    const QString which =
        m_items.size() == 1
            ? tr("Item %1 of %2 is marked NA (missing).").arg(m_items.front(), d.shortName)
            : tr("Items %1 of %2 are marked NA (missing).")
                  .arg(m_items.join(QStringLiteral(", ")), d.shortName);
    switch (m_outcome) {
    case Outcome::Prorated:
        if (d.missing == MissingRule::Skip)
            return which + QLatin1Char(' ') +
                   tr("The total is taken over the %1 answered items of %2: %3 (%4 skips "
                      "blank items, as REDCap's sum() and mean() do).")
                       .arg(locale.toString(m_answered), locale.toString(m_scored),
                            locale.toString(m_score.total.value_or(0)), d.shortName);
        return which + QLatin1Char(' ') +
               tr("The total will be prorated from the %1 answered items of %2: %3, marked as "
                  "prorated (%4 allows at most %5 missing).")
                   .arg(locale.toString(m_answered), locale.toString(m_scored),
                        locale.toString(m_score.total.value_or(0)), d.shortName,
                        locale.toString(d.maxMissing));
    case Outcome::NotScorable:
        return which + QLatin1Char(' ') +
               (d.missing == MissingRule::Prorate
                    ? tr("%1 allows at most %2 missing items, so the assessment will be "
                         "completed as not scorable: no total and no severity band, and it "
                         "will not count in the change statistics.")
                          .arg(d.shortName, locale.toString(d.maxMissing))
                    : tr("%1 needs every item for its total, so the assessment will be "
                         "completed as not scorable: no total and no severity band, and it "
                         "will not count in the change statistics.")
                          .arg(d.shortName));
    case Outcome::Partial: {
        // Subscale names in the interface's language (the locale follows it).
        const QString language = QLocale().language() == QLocale::NorwegianBokmal
                                     ? QStringLiteral("nb")
                                     : QStringLiteral("en");
        QStringList empty;
        for (std::size_t i = 0; i < m_score.subscales.size(); ++i) {
            if (m_score.subscales[i].second)
                continue;
            const QString label =
                i < d.subscales.size() ? d.subscales[i].label.in(language) : QString();
            empty << (label.isEmpty() ? m_score.subscales[i].first : label);
        }
        return which + QLatin1Char(' ') +
               (empty.isEmpty() ? tr("The subscales are computed from the answered items.")
                                : tr("Subscales missing too many items stay empty: %1.")
                                      .arg(empty.join(QStringLiteral(", "))));
    }
    case Outcome::None:
        break;
    }
    return {};
}

} // namespace td
