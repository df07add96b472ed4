#include "protocol/StratificationEditor.h"

#include "protocol/ProtocolDraft.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

namespace {
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

bool decimalComma()
{
    return QLocale().decimalPoint() == QStringLiteral(",");
}

// The code a factor is given when none is typed: what it stratifies by.
QString suggestedCode(const StratFactor& f)
{
    switch (f.source) {
    case StratSource::Site:
        return QStringLiteral("site");
    case StratSource::Covariate:
        return f.variable;
    case StratSource::Severity:
        return QStringLiteral("severity");
    }
    return {};
}

bool stratifiable(const Covariate& c)
{
    return c.isNumeric() || c.type == CovariateType::Choice;
}
} // namespace

QString StratificationEditor::cutPointsText(const QList<double>& cuts)
{
    const QLocale locale = numberLocale();
    QStringList parts;
    for (double c : cuts)
        parts << locale.toString(c, 'g', 12);
    return parts.join(decimalComma() ? QStringLiteral("; ") : QStringLiteral(", "));
}

std::optional<QList<double>> StratificationEditor::parseCutPoints(const QString& text, QString* bad)
{
    // With a decimal comma (Norwegian) cut points are separated by semicolons, or by a comma
    // followed by a space; otherwise by commas or semicolons.
    static const QRegularExpression commaList(QStringLiteral("[;,]"));
    static const QRegularExpression semicolonList(QStringLiteral(";|,\\s+"));
    const QLocale locale;
    QList<double> out;
    for (const QString& piece : text.split(decimalComma() ? semicolonList : commaList)) {
        const QString part = piece.trimmed();
        if (part.isEmpty())
            continue;
        bool ok = false;
        double v = locale.toDouble(part, &ok);
        if (!ok)
            v = QLocale::c().toDouble(part, &ok);
        if (!ok) {
            if (bad)
                *bad = part;
            return std::nullopt;
        }
        out << v;
    }
    return out;
}

StratificationEditor::StratificationEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_intro(new QLabel(this)), m_factors(new EditTable(this)),
      m_strata(new QLabel(this))
{
    using K = EditTable::Kind;
    m_intro->setWordWrap(true);
    m_strata->setWordWrap(true);
    m_strata->setObjectName(QStringLiteral("strata"));
    m_factors->setObjectName(QStringLiteral("stratification"));
    m_factors->setColumns({K::Text, K::Choice, K::Choice, K::Choice, K::Choice, K::Text});
    m_factors->setStretchColumns({Covariate, CutPoints});
    m_intro->setBuddy(m_factors->table());
    body()->addWidget(m_intro);
    body()->addWidget(m_factors, 1);
    body()->addWidget(m_strata);

    connect(m_factors, &EditTable::edited, this, &StratificationEditor::storeFactor);
    connect(m_factors, &EditTable::addRequested, this, [this] {
        auto& factors = m_draft.edit().factors;
        StratFactor f;
        if (std::none_of(factors.begin(), factors.end(),
                         [](const StratFactor& x) { return x.source == StratSource::Site; }))
            f.code = suggestedCode(f); // most trials stratify by site first
        factors.push_back(f);
        refresh(static_cast<int>(factors.size()) - 1);
        m_factors->focusRow(m_factors->rowCount() - 1);
    });
    connect(m_factors, &EditTable::removeRequested, this, [this](int row) {
        auto& factors = m_draft.edit().factors;
        factors.erase(factors.begin() + row);
        refresh(std::min(row, static_cast<int>(factors.size()) - 1));
    });
    connect(m_factors, &EditTable::moveRequested, this, [this](int row, int delta) {
        auto& factors = m_draft.edit().factors;
        std::swap(factors[static_cast<std::size_t>(row)],
                  factors[static_cast<std::size_t>(row + delta)]);
        refresh(row + delta);
    });
    // The covariates, visits and instruments offered follow the other pages.
    connect(&m_draft, &ProtocolDraft::changed, this, [this] {
        if (m_factors->rowCount() != static_cast<int>(m_draft.protocol().factors.size())) {
            load();
            return;
        }
        loadChoices();
        for (int r = 0; r < m_factors->rowCount(); ++r)
            showRow(r, false);
        showStrata();
    });
    init();
}

QString StratificationEditor::title() const
{
    return tr("Stratification");
}

QString StratificationEditor::subTitle() const
{
    return tr("The factors randomization balances the arms within: the site, a covariate cut "
              "into levels, or the severity before randomization cut at a score.");
}

bool StratificationEditor::belongs(const QString& path) const
{
    return path.startsWith(QStringLiteral("stratification"));
}

void StratificationEditor::loadChoices()
{
    const Protocol& p = m_draft.protocol();
    ProtocolTexts::Choices covariates;
    for (const td::Covariate& c : p.covariates) {
        if (!stratifiable(c))
            continue;
        const QString name = c.name.text().trimmed();
        covariates.append({c.code, name.isEmpty() ? c.code : tr("%1 (%2)").arg(name, c.code)});
    }
    ProtocolTexts::Choices visits;
    ProtocolTexts::Choices instruments;
    for (const td::TimePoint& tp : p.schedule) {
        if (!tp.beforeRandomization)
            continue;
        const QString label = tp.label.text().trimmed();
        visits.append({tp.code, label.isEmpty() ? tp.code : label});
        for (const ScheduledInstrument& s : tp.instruments)
            if (std::none_of(instruments.begin(), instruments.end(),
                             [&](const auto& i) { return i.first == s.instrumentId; }))
                instruments.append({s.instrumentId, m_draft.instrumentName(s.instrumentId)});
    }
    m_factors->setChoices(Covariate, covariates);
    m_factors->setChoices(Instrument, instruments);
    m_factors->setChoices(TimePoint, visits);
}

void StratificationEditor::load()
{
    m_unreadable.clear();
    loadChoices();
    const auto& factors = m_draft.protocol().factors;
    const int keep = m_factors->currentRow();
    m_factors->setRowCount(static_cast<int>(factors.size()));
    for (int r = 0; r < m_factors->rowCount(); ++r)
        showRow(r, true);
    if (keep < 0 && !factors.empty())
        m_factors->setCurrentRow(0);
    showStrata();
}

void StratificationEditor::showRow(int row, bool texts)
{
    const Protocol& p = m_draft.protocol();
    const StratFactor& f = p.factors[static_cast<std::size_t>(row)];
    const bool covariate = f.source == StratSource::Covariate;
    const bool severity = f.source == StratSource::Severity;
    // A choice covariate is cut by its choices: no cut points unless some are (wrongly) given.
    const td::Covariate* c = covariate ? p.covariate(f.variable) : nullptr;
    const bool cuts =
        severity ||
        (covariate && !(c && c->type == CovariateType::Choice && f.cutPoints.isEmpty()));
    // Typed cut points stay as typed (one that is not a number is shown as written).
    if (texts)
        m_factors->setText(row, Code, f.code);
    if (texts || !cuts || m_factors->text(row, CutPoints) == notApplicable())
        m_factors->setText(row, CutPoints, cuts ? cutPointsText(f.cutPoints) : notApplicable());
    m_factors->setChoice(row, Source, stratSourceKey(f.source));
    m_factors->setChoice(row, Covariate, covariate ? f.variable : QString());
    m_factors->setChoice(row, Instrument, severity ? f.variable : QString());
    m_factors->setChoice(row, TimePoint, severity ? f.timePoint : QString());
    const std::pair<int, bool> applies[] = {
        {Covariate, covariate}, {Instrument, severity}, {TimePoint, severity}, {CutPoints, cuts}};
    for (const auto& [column, enabled] : applies) {
        m_factors->setCellEnabled(row, column, enabled);
        if (!enabled && column != CutPoints)
            m_factors->setText(row, column, notApplicable());
    }
}

QString StratificationEditor::notApplicable()
{
    return QStringLiteral("\u2013"); // a greyed-out dash: the cell does not apply
}

QString StratificationEditor::strataText() const
{
    return m_strata->text();
}

void StratificationEditor::showStrata()
{
    const Protocol& p = m_draft.protocol();
    if (p.factors.empty()) {
        m_strata->setText(tr("No stratification factors: every participant is in one stratum."));
        return;
    }
    QStringList parts;
    qint64 strata = 1;
    for (const StratFactor& f : p.factors) {
        qint64 levels = f.cutPoints.size() + 1;
        if (f.source == StratSource::Site)
            levels = static_cast<qint64>(p.sites.size());
        else if (const td::Covariate* c = p.covariate(f.variable);
                 f.source == StratSource::Covariate && c && c->type == CovariateType::Choice)
            levels = static_cast<qint64>(c->choices.size());
        strata = std::min<qint64>(strata * std::max<qint64>(levels, 1), 1'000'000'000);
        parts << tr("%1 (%Ln level(s))", nullptr, static_cast<int>(levels))
                     .arg(f.code.isEmpty() ? QStringLiteral("?") : f.code);
    }
    m_strata->setText(tr("%1 = %Ln stratum(s)", nullptr, static_cast<int>(strata))
                          .arg(parts.join(QStringLiteral(" × "))));
}

void StratificationEditor::setSource(StratFactor& f, StratSource source) const
{
    const Protocol& p = m_draft.protocol();
    f.source = source;
    f.variable.clear();
    f.timePoint.clear();
    f.cutPoints.clear();
    if (source == StratSource::Covariate) {
        // The first covariate that may stratify, preferring one required for randomization.
        for (const td::Covariate& c : p.covariates)
            if (stratifiable(c) && (f.variable.isEmpty() || c.requiredForRandomization)) {
                f.variable = c.code;
                if (c.requiredForRandomization)
                    break;
            }
    } else if (source == StratSource::Severity) {
        // The visit before randomization, and its primary outcome instrument if given there.
        for (const td::TimePoint& tp : p.schedule) {
            if (!tp.beforeRandomization || tp.instruments.empty())
                continue;
            f.timePoint = tp.code;
            f.variable = tp.instruments.front().instrumentId;
            for (const ScheduledInstrument& s : tp.instruments)
                if (s.instrumentId == p.primaryOutcome.instrumentId)
                    f.variable = s.instrumentId;
            break;
        }
    }
}

void StratificationEditor::storeFactor(int row, int column)
{
    auto& factors = m_draft.edit().factors;
    if (row < 0 || row >= static_cast<int>(factors.size()))
        return;
    StratFactor& f = factors[static_cast<std::size_t>(row)];
    const QString path = QStringLiteral("stratification[%1].cut_points").arg(row);
    auto forgetUnreadable = [&] {
        std::erase_if(m_unreadable, [&](const ProtocolProblem& p) { return p.path == path; });
    };
    const StratFactor before = f;
    switch (column) {
    case Code: {
        const QString code = m_factors->text(row, Code).trimmed();
        if (f.name == f.code)
            f.name = code;
        f.code = code;
        break;
    }
    case Source: {
        const StratSource source = ProtocolTexts::stratSourceFromKey(m_factors->choice(row, Source))
                                       .value_or(StratSource::Site);
        if (source != f.source) {
            setSource(f, source);
            forgetUnreadable();
        }
        break;
    }
    case Covariate: {
        f.variable = m_factors->choice(row, Covariate);
        const td::Covariate* c = m_draft.protocol().covariate(f.variable);
        if (c && c->type == CovariateType::Choice) {
            f.cutPoints.clear(); // cut by its choices
            forgetUnreadable();
        }
        break;
    }
    case Instrument:
        f.variable = m_factors->choice(row, Instrument);
        break;
    case TimePoint:
        f.timePoint = m_factors->choice(row, TimePoint);
        break;
    case CutPoints: {
        forgetUnreadable();
        const QString text = m_factors->text(row, CutPoints);
        QString bad;
        if (auto cuts = parseCutPoints(text, &bad)) {
            f.cutPoints = *cuts;
            m_factors->setText(row, CutPoints, cutPointsText(f.cutPoints));
        } else {
            m_unreadable.push_back(
                {path, tr("\"%1\" is not a number; write the cut points as numbers separated by "
                          "\"%2\"")
                           .arg(bad, decimalComma() ? QStringLiteral(";") : QStringLiteral(","))});
        }
        break;
    }
    default:
        break;
    }
    // A factor without a code of its own is named after what it stratifies by.
    if (column == Source || column == Covariate) {
        const QString suggestion = suggestedCode(f);
        const bool taken = std::any_of(factors.begin(), factors.end(), [&](const StratFactor& x) {
            return &x != &f && x.code == suggestion;
        });
        if ((f.code.isEmpty() || f.code == suggestedCode(before)) && !suggestion.isEmpty() &&
            !taken) {
            if (f.name == f.code)
                f.name = suggestion;
            f.code = suggestion;
        }
    }
    showRow(row, column != CutPoints); // typed cut points stay as typed
    m_draft.commit();
}

void StratificationEditor::refresh(int row)
{
    load();
    m_factors->setCurrentRow(row);
    m_draft.commit();
}

void StratificationEditor::mark(const ProtocolProblems& problems)
{
    // A problem with the whole factor (a site factor given a covariate) is shown at its source.
    m_factors->setMarks(rowMarks(problems, QStringLiteral("stratification"), m_factors,
                                 {{QString(), Source},
                                  {QStringLiteral("code"), Code},
                                  {QStringLiteral("source"), Source},
                                  {QStringLiteral("covariate"), Covariate},
                                  {QStringLiteral("instrument"), Instrument},
                                  {QStringLiteral("time_point"), TimePoint},
                                  {QStringLiteral("cut_points"), CutPoints}}));
}

void StratificationEditor::retranslateUi()
{
    m_intro->setText(
        tr("&Factors, one row per factor. A site factor needs nothing more. A covariate factor "
           "names a covariate that is required for randomization: a number is cut at cut points, "
           "a choice is stratified by its choices. A severity factor cuts the total score of an "
           "instrument given at the visit before randomization. Write cut points in ascending "
           "order, separated by \"%1\" (for example %2); each starts a level, so a cut at 24 "
           "makes the levels below 24, and 24 or more.")
            .arg(decimalComma() ? QStringLiteral(";") : QStringLiteral(","),
                 cutPointsText({14, 24.5})));
    m_factors->setHeaders({tr("Code"), tr("Source"), tr("Covariate"), tr("Instrument"),
                           tr("Time point"), tr("Cut points")});
    m_factors->setChoices(Source, ProtocolTexts::stratSources());
    // Room to type a code and to pick a source from the list, in either language.
    QHeaderView* header = m_factors->table()->horizontalHeader();
    const QFontMetrics metrics = m_factors->table()->fontMetrics();
    int source = metrics.horizontalAdvance(tr("Source"));
    for (const auto& [key, name] : ProtocolTexts::stratSources())
        source = std::max(source, metrics.horizontalAdvance(name));
    header->setSectionResizeMode(Code, QHeaderView::Interactive);
    header->setSectionResizeMode(Source, QHeaderView::Interactive);
    header->resizeSection(Code, metrics.horizontalAdvance(QStringLiteral("episode_months")) + 24);
    header->resizeSection(Source, source + 48);
    m_factors->setButtonTexts(tr("&Add factor"), tr("&Remove factor"), tr("Move &up"),
                              tr("Move &down"));
    if (!m_loading)
        load();
}

} // namespace td
