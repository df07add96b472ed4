#include "protocol/ScheduleEditor.h"

#include "protocol/ArmChecks.h"
#include "protocol/ProtocolDraft.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
template <typename T> void moveIn(std::vector<T>& list, int row, int delta)
{
    std::swap(list[static_cast<std::size_t>(row)], list[static_cast<std::size_t>(row + delta)]);
}
} // namespace

ScheduleEditor::ScheduleEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_intro(new QLabel(this)), m_visits(new EditTable(this)),
      m_instrumentsLabel(new QLabel(this)), m_instruments(new EditTable(this)),
      m_arms(new ArmChecks(this))
{
    using K = EditTable::Kind;
    m_intro->setWordWrap(true);
    m_visits->setObjectName(QStringLiteral("schedule"));
    m_instruments->setObjectName(QStringLiteral("visitInstruments"));
    m_arms->setObjectName(QStringLiteral("visitArms"));
    m_visits->setColumns(
        {K::Text, K::Text, K::Text, K::Number, K::Number, K::Check, K::ReadOnly, K::ReadOnly});
    m_instruments->setColumns({K::Choice, K::Choice});
    m_visits->setStretchColumns({NameEn, NameNb, Instruments});
    m_instrumentsLabel->setBuddy(m_instruments->table());
    body()->addWidget(m_intro);
    body()->addWidget(m_visits, 3);
    body()->addWidget(m_instrumentsLabel);
    body()->addWidget(m_instruments, 2);
    body()->addWidget(m_arms);

    connect(m_visits, &EditTable::edited, this, &ScheduleEditor::storeVisit);
    connect(m_visits, &EditTable::currentRowChanged, this, [this] { loadVisit(); });
    connect(m_visits, &EditTable::addRequested, this, [this] {
        auto& schedule = m_draft.edit().schedule;
        TimePoint tp;
        tp.weekOffset = schedule.empty() ? 0 : schedule.back().weekOffset + 4;
        tp.windowDays = 14;
        schedule.push_back(tp);
        refresh(static_cast<int>(schedule.size()) - 1);
        m_visits->focusRow(m_visits->rowCount() - 1);
    });
    connect(m_visits, &EditTable::removeRequested, this, [this](int row) {
        auto& schedule = m_draft.edit().schedule;
        schedule.erase(schedule.begin() + row);
        refresh(std::min(row, static_cast<int>(schedule.size()) - 1));
    });
    connect(m_visits, &EditTable::moveRequested, this, [this](int row, int delta) {
        moveIn(m_draft.edit().schedule, row, delta);
        refresh(row + delta);
    });

    connect(m_instruments, &EditTable::edited, this,
            [this](int row, int) { storeInstrument(row); });
    connect(m_instruments, &EditTable::addRequested, this, [this] {
        TimePoint* tp = currentVisit();
        if (!tp)
            return;
        // The first instrument not yet given at this visit, rated as it usually is.
        ScheduledInstrument given;
        for (const ProtocolDraft::Instrument& i : m_draft.instruments()) {
            if (std::none_of(
                    tp->instruments.begin(), tp->instruments.end(),
                    [&](const ScheduledInstrument& s) { return s.instrumentId == i.id; })) {
                given = {i.id, i.clinicianRated ? Rater::BlindedClinician : Rater::SelfReport};
                break;
            }
        }
        tp->instruments.push_back(given);
        refresh(m_visits->currentRow(), static_cast<int>(tp->instruments.size()) - 1);
        m_instruments->focusRow(m_instruments->rowCount() - 1);
    });
    connect(m_instruments, &EditTable::removeRequested, this, [this](int row) {
        if (TimePoint* tp = currentVisit()) {
            tp->instruments.erase(tp->instruments.begin() + row);
            refresh(m_visits->currentRow(), row);
        }
    });
    connect(m_instruments, &EditTable::moveRequested, this, [this](int row, int delta) {
        if (TimePoint* tp = currentVisit()) {
            moveIn(tp->instruments, row, delta);
            refresh(m_visits->currentRow(), row + delta);
        }
    });
    connect(m_arms, &ArmChecks::toggled, this, &ScheduleEditor::storeArms);
    // The arms offered follow the arms page.
    connect(&m_draft, &ProtocolDraft::changed, this, [this] { loadVisit(); });
    init();
}

QString ScheduleEditor::title() const
{
    return tr("Visit schedule");
}

QString ScheduleEditor::subTitle() const
{
    return tr("The assessment visits, counted in weeks from randomization, with the window "
              "allowed either side, the instruments given and who rates them.");
}

bool ScheduleEditor::belongs(const QString& path) const
{
    // A severity factor's problems (its visit, its instrument) are shown on the stratification
    // page.
    return path.startsWith(QStringLiteral("schedule"));
}

TimePoint* ScheduleEditor::currentVisit()
{
    const int row = m_visits->currentRow();
    auto& schedule = m_draft.edit().schedule;
    return row >= 0 && row < static_cast<int>(schedule.size())
               ? &schedule[static_cast<std::size_t>(row)]
               : nullptr;
}

void ScheduleEditor::refresh(int visitRow, int instrumentRow)
{
    load();
    m_visits->setCurrentRow(visitRow);
    loadVisit();
    if (instrumentRow >= 0)
        m_instruments->setCurrentRow(std::min(instrumentRow, m_instruments->rowCount() - 1));
    m_draft.commit();
}

void ScheduleEditor::showSummary(int row)
{
    const TimePoint& tp = m_draft.protocol().schedule[static_cast<std::size_t>(row)];
    QStringList given;
    for (const ScheduledInstrument& s : tp.instruments)
        given << tr("%1 (%2)").arg(m_draft.instrumentName(s.instrumentId),
                                   ProtocolTexts::raterName(s.rater));
    m_visits->setText(row, Instruments, given.join(QStringLiteral(", ")));
    m_visits->setText(row, Arms, ProtocolTexts::armsText(tp.arms));
}

void ScheduleEditor::load()
{
    ProtocolTexts::Choices instruments;
    for (const ProtocolDraft::Instrument& i : m_draft.instruments())
        instruments.append({i.id, i.shortName});
    m_instruments->setChoices(Instrument, instruments);

    const auto& schedule = m_draft.protocol().schedule;
    const int keep = m_visits->currentRow();
    m_visits->setRowCount(static_cast<int>(schedule.size()));
    for (int r = 0; r < m_visits->rowCount(); ++r) {
        const TimePoint& tp = schedule[static_cast<std::size_t>(r)];
        m_visits->setText(r, Code, tp.code);
        m_visits->setText(r, NameEn, tp.label.en);
        m_visits->setText(r, NameNb, tp.label.nb);
        m_visits->setNumber(r, Week, tp.weekOffset);
        m_visits->setNumber(r, Window, tp.windowDays);
        m_visits->setChecked(r, Before, tp.beforeRandomization);
        showSummary(r);
    }
    if (keep < 0 && !schedule.empty())
        m_visits->setCurrentRow(0);
    loadVisit();
}

void ScheduleEditor::loadVisit()
{
    const Protocol& p = m_draft.protocol();
    QStringList armCodes;
    for (const Arm& a : p.arms)
        armCodes << a.code;
    m_arms->setArms(armCodes);
    const int row = m_visits->currentRow();
    const TimePoint* tp = row >= 0 && row < static_cast<int>(p.schedule.size())
                              ? &p.schedule[static_cast<std::size_t>(row)]
                              : nullptr;
    m_instruments->setEnabled(tp);
    m_arms->setEnabled(tp && !tp->beforeRandomization);
    m_instrumentsLabel->setText(tp ? tr("&Instruments at %1:").arg(tp->code)
                                   : tr("&Instruments (choose a visit above):"));
    m_arms->setSelected(tp ? tp->arms : QStringList());
    const int count = tp ? static_cast<int>(tp->instruments.size()) : 0;
    m_instruments->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const ScheduledInstrument& s = tp->instruments[static_cast<std::size_t>(r)];
        m_instruments->setChoice(r, Instrument, s.instrumentId);
        m_instruments->setChoice(r, Rater, raterKey(s.rater));
    }
    mark(problems());
}

void ScheduleEditor::storeVisit(int row, int column)
{
    auto& schedule = m_draft.edit().schedule;
    if (row < 0 || row >= static_cast<int>(schedule.size()))
        return;
    Protocol& p = m_draft.edit();
    TimePoint& tp = schedule[static_cast<std::size_t>(row)];
    const QString code = m_visits->text(row, Code).trimmed();
    if (!tp.code.isEmpty() && tp.code != code) {
        if (p.primaryOutcome.timePoint == tp.code)
            p.primaryOutcome.timePoint = code;
        for (StratFactor& f : p.factors)
            if (f.timePoint == tp.code)
                f.timePoint = code;
    }
    tp.code = code;
    tp.label = LocalText(m_visits->text(row, NameEn), m_visits->text(row, NameNb));
    tp.weekOffset = m_visits->number(row, Week);
    tp.windowDays = m_visits->number(row, Window);
    tp.beforeRandomization = m_visits->checked(row, Before);
    if (column == Before || column == Code)
        loadVisit();
    m_draft.commit();
}

void ScheduleEditor::storeInstrument(int row)
{
    TimePoint* tp = currentVisit();
    if (!tp || row < 0 || row >= static_cast<int>(tp->instruments.size()))
        return;
    ScheduledInstrument& s = tp->instruments[static_cast<std::size_t>(row)];
    s.instrumentId = m_instruments->choice(row, Instrument);
    s.rater = raterFromKey(m_instruments->choice(row, Rater)).value_or(Rater::SelfReport);
    showSummary(m_visits->currentRow());
    m_draft.commit();
}

void ScheduleEditor::storeArms()
{
    if (TimePoint* tp = currentVisit()) {
        tp->arms = m_arms->selected();
        showSummary(m_visits->currentRow());
        m_draft.commit();
    }
}

void ScheduleEditor::mark(const ProtocolProblems& problems)
{
    m_visits->setMarks(rowMarks(problems, QStringLiteral("schedule"), m_visits,
                                {{QStringLiteral("code"), Code},
                                 {QStringLiteral("week"), Week},
                                 {QStringLiteral("window_days"), Window},
                                 {QStringLiteral("before_randomization"), Before},
                                 {QStringLiteral("instruments"), Instruments},
                                 {QStringLiteral("arms"), Arms}},
                                {{QStringLiteral("name"), {NameEn, NameNb}}}));
    const int row = m_visits->currentRow();
    const ProtocolProblems mine =
        row < 0 ? ProtocolProblems{} : under(problems, QStringLiteral("schedule[%1]").arg(row));
    m_instruments->setMarks(
        rowMarks(mine, QStringLiteral("instruments"), m_instruments,
                 {{QStringLiteral("id"), Instrument}, {QStringLiteral("rater"), Rater}}));
    QStringList arms;
    for (const ProtocolProblem& p : mine)
        if (p.path.startsWith(QStringLiteral("arms")))
            arms << p.message;
    markField(m_arms, arms.join(QLatin1Char('\n')));
}

void ScheduleEditor::retranslateUi()
{
    m_intro->setText(tr("One row per visit. Week 0 is randomization; tick \"Before "
                        "randomization\" for the baseline, whose instruments must be complete "
                        "before a participant is randomized."));
    m_visits->setHeaders({tr("Code"), tr("Name (English)"), tr("Name (Norwegian)"), tr("Week"),
                          tr("Window (days)"), tr("Before randomization"), tr("Instruments"),
                          tr("Arms")});
    m_visits->setButtonTexts(tr("&Add visit"), tr("&Remove visit"), tr("Move &up"),
                             tr("Move &down"));
    m_instruments->setHeaders({tr("Instrument"), tr("Rater")});
    m_instruments->setChoices(Rater, ProtocolTexts::raters());
    m_instruments->setButtonTexts(tr("Add instrumen&t"), tr("Remo&ve instrument"), tr("Move u&p"),
                                  tr("Move do&wn"));
    m_arms->setLabel(tr("This visit is only for the arms ticked (none ticked: every arm):"));
    if (!m_loading)
        load();
}

} // namespace td
