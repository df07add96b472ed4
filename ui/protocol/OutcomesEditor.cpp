#include "protocol/OutcomesEditor.h"

#include "protocol/ArmChecks.h"
#include "protocol/ProtocolDraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
// Refills a combo box only when its entries differ, keeping the choice by its data.
void setItems(QComboBox* combo, const QList<QPair<QString, QString>>& items, const QString& chosen)
{
    bool same = combo->count() == items.size();
    for (int i = 0; same && i < combo->count(); ++i)
        same = combo->itemData(i).toString() == items[i].first &&
               combo->itemText(i) == items[i].second;
    if (!same) {
        combo->clear();
        for (const auto& [data, text] : items)
            combo->addItem(text, data);
    }
    combo->setCurrentIndex(combo->findData(chosen));
}
} // namespace

OutcomesEditor::OutcomesEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_measuresLabel(new QLabel(this)),
      m_measures(new EditTable(this)), m_measureArms(new ArmChecks(this)),
      m_primaryBox(new QGroupBox(this)), m_instrumentLabel(new QLabel(this)),
      m_primaryInstrument(new QComboBox(this)), m_timePointLabel(new QLabel(this)),
      m_primaryTimePoint(new QComboBox(this)), m_visibleBox(new QGroupBox(this)),
      m_visibleIntro(new QLabel(this))
{
    m_measuresLabel->setWordWrap(true);
    m_measures->setObjectName(QStringLiteral("sessionMeasures"));
    m_measureArms->setObjectName(QStringLiteral("measureArms"));
    m_primaryInstrument->setObjectName(QStringLiteral("primaryInstrument"));
    m_primaryTimePoint->setObjectName(QStringLiteral("primaryTimePoint"));
    m_measures->setColumns({EditTable::Kind::Choice, EditTable::Kind::ReadOnly});
    m_measuresLabel->setBuddy(m_measures->table());
    m_instrumentLabel->setBuddy(m_primaryInstrument);
    m_timePointLabel->setBuddy(m_primaryTimePoint);

    auto* primary = new QFormLayout(m_primaryBox);
    primary->addRow(m_instrumentLabel, m_primaryInstrument);
    primary->addRow(m_timePointLabel, m_primaryTimePoint);
    auto* visible = new QVBoxLayout(m_visibleBox);
    m_visibleIntro->setWordWrap(true);
    visible->addWidget(m_visibleIntro);
    auto* boxes = new QHBoxLayout;
    for (const QString& role : ProtocolRules::comparativeRoles()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(role);
        boxes->addWidget(box);
        m_visible << box;
        connect(box, &QCheckBox::toggled, this, &OutcomesEditor::storeVisibility);
    }
    boxes->addStretch();
    visible->addLayout(boxes);

    body()->addWidget(m_measuresLabel);
    body()->addWidget(m_measures, 1);
    body()->addWidget(m_measureArms);
    body()->addWidget(m_primaryBox);
    body()->addWidget(m_visibleBox);

    connect(m_measures, &EditTable::edited, this, [this](int row, int) { storeMeasure(row); });
    connect(m_measures, &EditTable::currentRowChanged, this, [this] { loadMeasure(); });
    connect(m_measures, &EditTable::addRequested, this, [this] {
        Protocol& p = m_draft.edit();
        SessionMeasure m;
        for (const ProtocolDraft::Instrument& i : m_draft.instruments())
            if (std::none_of(p.sessionMeasures.begin(), p.sessionMeasures.end(),
                             [&](const SessionMeasure& s) { return s.instrumentId == i.id; })) {
                m.instrumentId = i.id;
                break;
            }
        for (const Arm& a : p.arms)
            m.arms << a.code; // usually given in every arm
        p.sessionMeasures.push_back(m);
        refresh(static_cast<int>(p.sessionMeasures.size()) - 1);
        m_measures->focusRow(m_measures->rowCount() - 1);
    });
    connect(m_measures, &EditTable::removeRequested, this, [this](int row) {
        auto& list = m_draft.edit().sessionMeasures;
        list.erase(list.begin() + row);
        refresh(std::min(row, static_cast<int>(list.size()) - 1));
    });
    connect(m_measures, &EditTable::moveRequested, this, [this](int row, int delta) {
        auto& list = m_draft.edit().sessionMeasures;
        std::swap(list[static_cast<std::size_t>(row)], list[static_cast<std::size_t>(row + delta)]);
        refresh(row + delta);
    });
    connect(m_measureArms, &ArmChecks::toggled, this, [this] {
        const int row = m_measures->currentRow();
        auto& list = m_draft.edit().sessionMeasures;
        if (row < 0 || row >= static_cast<int>(list.size()))
            return;
        list[static_cast<std::size_t>(row)].arms = m_measureArms->selected();
        m_measures->setText(row, Arms, ProtocolTexts::armsText(m_measureArms->selected()));
        m_draft.commit();
    });
    connect(m_primaryInstrument, &QComboBox::currentIndexChanged, this,
            &OutcomesEditor::storePrimary);
    connect(m_primaryTimePoint, &QComboBox::currentIndexChanged, this,
            &OutcomesEditor::storePrimary);
    // The visits and arms offered follow the other pages.
    connect(&m_draft, &ProtocolDraft::changed, this, &OutcomesEditor::loadChoices);
    init();
}

QString OutcomesEditor::title() const
{
    return tr("Session measures and primary outcome");
}

QString OutcomesEditor::subTitle() const
{
    return tr("Instruments given at therapy sessions, the primary outcome, and who sees outcomes "
              "compared between arms before the database is locked.");
}

QCheckBox* OutcomesEditor::visibleTo(const QString& role) const
{
    const qsizetype i = ProtocolRules::comparativeRoles().indexOf(role);
    return i >= 0 ? m_visible[i] : nullptr;
}

bool OutcomesEditor::belongs(const QString& path) const
{
    return path.startsWith(QStringLiteral("session_measures")) ||
           path.startsWith(QStringLiteral("primary_outcome")) ||
           path.startsWith(QStringLiteral("comparative_outcomes_visible_to"));
}

void OutcomesEditor::refresh(int row)
{
    load();
    m_measures->setCurrentRow(row);
    loadMeasure();
    m_draft.commit();
}

void OutcomesEditor::loadChoices()
{
    const Protocol& p = m_draft.protocol();
    const bool was = m_loading;
    m_loading = true;
    ProtocolTexts::Choices instruments;
    for (const ProtocolDraft::Instrument& i : m_draft.instruments())
        instruments.append({i.id, i.shortName});
    m_measures->setChoices(Instrument, instruments);
    setItems(m_primaryInstrument, instruments, p.primaryOutcome.instrumentId);
    ProtocolTexts::Choices visits;
    for (const TimePoint& tp : p.schedule)
        visits.append({tp.code, tr("%1 – %2 (week %3)")
                                    .arg(tp.code, tp.label.text())
                                    .arg(QLocale().toString(tp.weekOffset))});
    setItems(m_primaryTimePoint, visits, p.primaryOutcome.timePoint);
    QStringList arms;
    for (const Arm& a : p.arms)
        arms << a.code;
    m_measureArms->setArms(arms);
    m_loading = was;
}

void OutcomesEditor::load()
{
    const Protocol& p = m_draft.protocol();
    loadChoices();
    const int keep = m_measures->currentRow();
    m_measures->setRowCount(static_cast<int>(p.sessionMeasures.size()));
    for (int r = 0; r < m_measures->rowCount(); ++r) {
        const SessionMeasure& m = p.sessionMeasures[static_cast<std::size_t>(r)];
        m_measures->setChoice(r, Instrument, m.instrumentId);
        m_measures->setText(r, Arms, ProtocolTexts::armsText(m.arms));
    }
    if (keep < 0 && !p.sessionMeasures.empty())
        m_measures->setCurrentRow(0);
    for (int i = 0; i < m_visible.size(); ++i)
        m_visible[i]->setChecked(
            p.comparativeOutcomesVisibleTo.contains(ProtocolRules::comparativeRoles()[i]));
    loadMeasure();
}

void OutcomesEditor::loadMeasure()
{
    const int row = m_measures->currentRow();
    const auto& list = m_draft.protocol().sessionMeasures;
    const bool has = row >= 0 && row < static_cast<int>(list.size());
    m_measureArms->setEnabled(has);
    m_measureArms->setSelected(has ? list[static_cast<std::size_t>(row)].arms : QStringList());
    mark(problems());
}

void OutcomesEditor::storeMeasure(int row)
{
    auto& list = m_draft.edit().sessionMeasures;
    if (row < 0 || row >= static_cast<int>(list.size()))
        return;
    list[static_cast<std::size_t>(row)].instrumentId = m_measures->choice(row, Instrument);
    m_draft.commit();
}

void OutcomesEditor::storePrimary()
{
    if (m_loading)
        return;
    PrimaryOutcome& po = m_draft.edit().primaryOutcome;
    po.instrumentId = m_primaryInstrument->currentData().toString();
    po.timePoint = m_primaryTimePoint->currentData().toString();
    m_draft.commit();
}

void OutcomesEditor::storeVisibility()
{
    if (m_loading)
        return;
    QStringList roles;
    for (int i = 0; i < m_visible.size(); ++i)
        if (m_visible[i]->isChecked())
            roles << ProtocolRules::comparativeRoles()[i];
    m_draft.edit().comparativeOutcomesVisibleTo = roles;
    m_draft.commit();
}

void OutcomesEditor::mark(const ProtocolProblems& problems)
{
    m_measures->setMarks(
        rowMarks(problems, QStringLiteral("session_measures"), m_measures,
                 {{QStringLiteral("id"), Instrument}, {QStringLiteral("arms"), Arms}}));
    const int row = m_measures->currentRow();
    QStringList arms, instrument, timePoint, visible;
    const QString armsPath = QStringLiteral("session_measures[%1].arms").arg(row);
    for (const ProtocolProblem& p : problems) {
        if (row >= 0 && p.path.startsWith(armsPath))
            arms << p.message;
        else if (p.path == QStringLiteral("primary_outcome.instrument"))
            instrument << p.message;
        else if (p.path == QStringLiteral("primary_outcome.time_point"))
            timePoint << p.message;
        else if (p.path.startsWith(QStringLiteral("comparative_outcomes_visible_to")))
            visible << p.message;
    }
    markField(m_measureArms, arms.join(QLatin1Char('\n')));
    markField(m_primaryInstrument, instrument.join(QLatin1Char('\n')));
    markField(m_primaryTimePoint, timePoint.join(QLatin1Char('\n')));
    m_visibleBox->setToolTip(visible.join(QLatin1Char('\n')));
}

void OutcomesEditor::retranslateUi()
{
    m_measuresLabel->setText(tr("&Session measures: instruments given at every therapy session "
                                "of the arms ticked below."));
    m_measures->setHeaders({tr("Instrument"), tr("Arms")});
    m_measures->setButtonTexts(tr("&Add measure"), tr("&Remove measure"), tr("Move &up"),
                               tr("Move &down"));
    m_measureArms->setLabel(tr("Given in the arms:"));
    m_primaryBox->setTitle(tr("Primary outcome"));
    m_instrumentLabel->setText(tr("&Instrument:"));
    m_timePointLabel->setText(tr("At &visit:"));
    m_visibleBox->setTitle(tr("Outcomes compared between arms"));
    m_visibleIntro->setText(tr("Before the database is locked, only these roles see effect "
                               "sizes, change and trajectories per arm; everyone else sees "
                               "pooled figures."));
    for (int i = 0; i < m_visible.size(); ++i)
        m_visible[i]->setText(
            ProtocolTexts::comparativeRoleName(ProtocolRules::comparativeRoles()[i]));
    if (!m_loading)
        load();
}

} // namespace td
