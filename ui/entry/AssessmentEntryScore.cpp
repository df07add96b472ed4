// The entry form's score lines: the total (or subscales) and severity band as the answers are
// typed, the flags, and the result of completing (score, band, safety alerts raised). All
// derived by the scoring engine from the answers on the form.

#include "entry/AssessmentEntryForm.h"
#include "instruments/ItemNumber.h"
#include "instruments/ScoringEngine.h"
#include "outcomes/AlertText.h"

#include <QLabel>
#include <cmath>

namespace td {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2);
}

QString bandLabel(const InstrumentDefinition& d, const QString& key, const QString& language)
{
    for (const BandDefinition& b : d.bands)
        if (b.key == key)
            return b.label.in(language);
    return key;
}

} // namespace

QString AssessmentEntryForm::scoreText(const Score& s) const
{
    if (m_definition.total == TotalMethod::None) {
        QStringList parts;
        for (std::size_t i = 0; i < s.subscales.size(); ++i) {
            const auto& [id, value] = s.subscales[i];
            const QString label = i < m_definition.subscales.size()
                                      ? m_definition.subscales[i].label.in(language())
                                      : id;
            parts << QStringLiteral("%1 %2").arg(label.isEmpty() ? id : label,
                                                 value ? QLocale().toString(*value, 'f', 2)
                                                       : QStringLiteral("–"));
        }
        return parts.join(QStringLiteral(" · "));
    }
    const int items = m_definition.scoredItems();
    int answered = 0;
    const Assessment a = current(AssessmentStatus::Draft);
    for (std::size_t i = 0; i < m_definition.items.size(); ++i)
        if (m_definition.items[i].scored && i < static_cast<std::size_t>(a.items.size()) &&
            a.items[static_cast<qsizetype>(i)] != Assessment::missingItem())
            ++answered;
    if (s.total)
        return s.prorated ? tr("%1, prorated from %2 of %3 answered items")
                                .arg(number(*s.total))
                                .arg(answered)
                                .arg(items)
                          : number(*s.total);
    return tr("not scorable: %1 of %2 items missing, at most %3 may be")
        .arg(items - answered)
        .arg(items)
        .arg(m_definition.missing == MissingRule::Prorate ? m_definition.maxMissing : 0);
}

void AssessmentEntryForm::showScore()
{
    const Assessment a = current(AssessmentStatus::Draft);
    auto values = ScoringEngine::parse(m_definition, a.items);
    // An instrument with neither a total nor subscales has no line for them, only for a refusal.
    const bool noScoreLine =
        m_definition.total == TotalMethod::None && m_definition.subscales.empty();
    m_totalCaption->setVisible(!values.ok() || !noScoreLine);
    m_total->setVisible(!values.ok() || !noScoreLine);
    if (!values.ok()) {
        m_total->setText(values.message());
        return;
    }
    const Score s = ScoringEngine::score(m_definition, *values);
    // Items not entered yet are not missing answers: until every item has an answer (or NA),
    // show the running sum and the band it reaches so far.
    int entered = 0;
    int scored = 0;
    double sum = 0;
    for (std::size_t i = 0; i < m_definition.items.size(); ++i) {
        if (!m_definition.items[i].scored || !asked(static_cast<int>(i)))
            continue;
        ++scored;
        if (i < m_rows.size() && !m_rows[i].value.isEmpty())
            ++entered;
        const ItemValue& v = (*values)[i];
        if (!v.missing)
            sum += m_definition.items[i].number(v.value);
    }
    if (entered < scored && m_definition.total == TotalMethod::Sum) {
        m_total->setText(
            tr("%1 so far (%2 of %3 items entered)").arg(number(sum)).arg(entered).arg(scored));
        const BandDefinition* band = entered > 0 ? m_definition.band(sum) : nullptr;
        m_band->setText(band ? tr("%1 so far").arg(band->label.in(language()))
                             : QStringLiteral("–"));
    } else {
        m_total->setText(scoreText(s));
        m_band->setText(s.band.isEmpty() ? QStringLiteral("–")
                                         : bandLabel(m_definition, s.band, language()));
    }
    m_band->setVisible(!m_definition.bands.empty());
    m_bandCaption->setVisible(!m_definition.bands.empty());
    QStringList flags;
    for (const FlagDefinition& f : m_definition.flags)
        if (s.flags.contains(f.key))
            flags << tr("⚠ %1: item %2 is above %3")
                         .arg(f.label.in(language()),
                              m_definition.items[static_cast<std::size_t>(f.itemIndex)].id)
                         .arg(ItemNumber::show(
                             f.above,
                             m_definition.items[static_cast<std::size_t>(f.itemIndex)].decimals));
    m_flags->setText(flags.join(QLatin1Char('\n')));
    m_flags->setVisible(!flags.isEmpty());
}

void AssessmentEntryForm::showResult(const std::vector<Alert>& alerts)
{
    auto score = ScoringEngine::score(m_definition, current(AssessmentStatus::Complete).items);
    if (!score.ok())
        return;
    QStringList lines;
    QString summary = scoreText(*score);
    if (!score->band.isEmpty())
        summary = tr("%1, %2").arg(summary, bandLabel(m_definition, score->band, language()));
    lines << tr("Completed: %1.").arg(summary);
    for (const Alert& alert : alerts) {
        QString kind = alert.kind;
        for (const FlagDefinition& f : m_definition.flags)
            if (f.key == alert.kind)
                kind = f.label.in(language());
        if (alert.kind == QStringLiteral("deterioration"))
            kind = tr("Reliable deterioration");
        lines << tr("Safety alert raised: %1 (%2). It stays open for the PI and the therapist "
                    "until someone acknowledges it.")
                     .arg(kind, AlertText::describe(alert.kind, alert.detail, m_db));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->setStyleSheet(alerts.empty() ? QStringLiteral("background: #e8f5e9; padding: 6px;")
                                           : QStringLiteral("background: #fdecea; color: #8a0015; "
                                                            "font-weight: bold; padding: 6px;"));
    m_result->show();
}

} // namespace td
