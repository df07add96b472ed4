#include "protocol/ArmsEditor.h"

#include "protocol/ProtocolDraft.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
// New arms take the next colour of the usual chart palette.
const char* const armPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                                  "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

void renameArm(Protocol& p, const QString& from, const QString& to)
{
    if (from.isEmpty() || from == to)
        return;
    for (TimePoint& tp : p.schedule)
        tp.arms.replaceInStrings(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(from))), to);
    for (SessionMeasure& m : p.sessionMeasures)
        m.arms.replaceInStrings(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(from))), to);
}
} // namespace

ArmsEditor::ArmsEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_intro(new QLabel(this)), m_arms(new EditTable(this)),
      m_planLabel(new QLabel(this)), m_plan(new EditTable(this))
{
    m_intro->setWordWrap(true);
    m_arms->setObjectName(QStringLiteral("arms"));
    m_plan->setObjectName(QStringLiteral("sessionPlan"));
    using K = EditTable::Kind;
    m_arms->setColumns({K::Text, K::Text, K::Text, K::Number, K::Text, K::Number, K::ReadOnly});
    m_plan->setColumns({K::Choice, K::Number, K::Number});
    m_arms->setStretchColumns({NameEn, NameNb, Sessions});
    m_planLabel->setBuddy(m_plan->table());
    body()->addWidget(m_intro);
    body()->addWidget(m_arms, 3);
    body()->addWidget(m_planLabel);
    body()->addWidget(m_plan, 2);

    connect(m_arms, &EditTable::edited, this, &ArmsEditor::storeArm);
    connect(m_arms, &EditTable::currentRowChanged, this, [this] { loadPlan(); });
    connect(m_arms, &EditTable::addRequested, this, [this] {
        auto& arms = m_draft.edit().arms;
        Arm arm;
        arm.colour = QLatin1String(armPalette[arms.size() % std::size(armPalette)]);
        arm.treatmentWeeks = 16;
        arms.push_back(arm);
        showRow(static_cast<int>(arms.size()) - 1);
        m_arms->focusRow(m_arms->rowCount() - 1);
    });
    connect(m_arms, &EditTable::removeRequested, this, [this](int row) {
        auto& arms = m_draft.edit().arms;
        arms.erase(arms.begin() + row);
        showRow(std::min(row, static_cast<int>(arms.size()) - 1));
    });
    connect(m_arms, &EditTable::moveRequested, this, [this](int row, int delta) {
        auto& arms = m_draft.edit().arms;
        std::swap(arms[static_cast<std::size_t>(row)], arms[static_cast<std::size_t>(row + delta)]);
        showRow(row + delta);
    });

    connect(m_plan, &EditTable::edited, this, &ArmsEditor::storePhase);
    connect(m_plan, &EditTable::addRequested, this, [this] {
        if (Arm* arm = currentArm()) {
            arm->plan.push_back({SessionKind::Regular, 1, 1});
            loadPlan();
            load();
            m_draft.commit();
            m_plan->focusRow(m_plan->rowCount() - 1);
        }
    });
    connect(m_plan, &EditTable::removeRequested, this, [this](int row) {
        if (Arm* arm = currentArm()) {
            arm->plan.erase(arm->plan.begin() + row);
            load();
            m_draft.commit();
        }
    });
    connect(m_plan, &EditTable::moveRequested, this, [this](int row, int delta) {
        if (Arm* arm = currentArm()) {
            std::swap(arm->plan[static_cast<std::size_t>(row)],
                      arm->plan[static_cast<std::size_t>(row + delta)]);
            load();
            m_plan->setCurrentRow(row + delta);
            m_draft.commit();
        }
    });
    init();
}

QString ArmsEditor::title() const
{
    return tr("Arms and session plans");
}

QString ArmsEditor::subTitle() const
{
    return tr("The treatments participants are randomized to, in what ratio, and the sessions "
              "each arm plans.");
}

bool ArmsEditor::belongs(const QString& path) const
{
    return path.startsWith(QStringLiteral("arms"));
}

Arm* ArmsEditor::currentArm()
{
    const int row = m_arms->currentRow();
    auto& arms = m_draft.edit().arms;
    return row >= 0 && row < static_cast<int>(arms.size()) ? &arms[static_cast<std::size_t>(row)]
                                                           : nullptr;
}

void ArmsEditor::showRow(int row)
{
    load();
    m_arms->setCurrentRow(row);
    loadPlan();
    m_draft.commit();
}

void ArmsEditor::load()
{
    const auto& arms = m_draft.protocol().arms;
    const int keep = m_arms->currentRow();
    m_arms->setRowCount(static_cast<int>(arms.size()));
    for (int r = 0; r < m_arms->rowCount(); ++r) {
        const Arm& a = arms[static_cast<std::size_t>(r)];
        m_arms->setText(r, Code, a.code);
        m_arms->setText(r, NameEn, a.name.en);
        m_arms->setText(r, NameNb, a.name.nb);
        m_arms->setNumber(r, Ratio, a.ratioWeight);
        m_arms->setText(r, Colour, a.colour);
        m_arms->setNumber(r, Weeks, a.treatmentWeeks);
        m_arms->setText(r, Sessions, ProtocolTexts::sessionPlanText(a));
        const QColor colour(a.colour);
        m_arms->table()->item(r, Colour)->setData(Qt::DecorationRole,
                                                  colour.isValid() ? QVariant(colour) : QVariant());
    }
    if (keep < 0 && !arms.empty())
        m_arms->setCurrentRow(0);
    loadPlan();
}

void ArmsEditor::loadPlan()
{
    const int row = m_arms->currentRow();
    const auto& arms = m_draft.protocol().arms;
    const bool has = row >= 0 && row < static_cast<int>(arms.size());
    m_plan->setEnabled(has);
    m_planLabel->setText(
        has ? tr("Session p&lan of %1:").arg(arms[static_cast<std::size_t>(row)].code)
            : tr("Session p&lan (choose an arm above):"));
    const std::vector<SessionPhase> none;
    const auto& plan = has ? arms[static_cast<std::size_t>(row)].plan : none;
    m_plan->setRowCount(static_cast<int>(plan.size()));
    for (int r = 0; r < m_plan->rowCount(); ++r) {
        const SessionPhase& ph = plan[static_cast<std::size_t>(r)];
        m_plan->setChoice(r, Kind, sessionKindKey(ph.kind));
        m_plan->setNumber(r, Count, ph.count);
        m_plan->setNumber(r, Interval, ph.intervalWeeks);
    }
    mark(problems());
}

void ArmsEditor::storeArm(int row, int column)
{
    auto& arms = m_draft.edit().arms;
    if (row < 0 || row >= static_cast<int>(arms.size()))
        return;
    Arm& a = arms[static_cast<std::size_t>(row)];
    const QString code = m_arms->text(row, Code).trimmed();
    renameArm(m_draft.edit(), a.code, code);
    a.code = code;
    a.name = LocalText(m_arms->text(row, NameEn), m_arms->text(row, NameNb));
    a.ratioWeight = m_arms->number(row, Ratio);
    a.colour = m_arms->text(row, Colour).trimmed();
    a.treatmentWeeks = m_arms->number(row, Weeks);
    if (column == Colour || column == Code) {
        load(); // the colour swatch and the plan's title
        m_arms->setCurrentRow(row);
    }
    m_draft.commit();
}

void ArmsEditor::storePhase(int row, int /*column*/)
{
    Arm* arm = currentArm();
    if (!arm || row < 0 || row >= static_cast<int>(arm->plan.size()))
        return;
    SessionPhase& ph = arm->plan[static_cast<std::size_t>(row)];
    ph.kind = m_plan->choice(row, Kind) == sessionKindKey(SessionKind::Booster)
                  ? SessionKind::Booster
                  : SessionKind::Regular;
    ph.count = m_plan->number(row, Count);
    ph.intervalWeeks = m_plan->number(row, Interval);
    m_arms->setText(m_arms->currentRow(), Sessions, ProtocolTexts::sessionPlanText(*arm));
    m_draft.commit();
}

void ArmsEditor::mark(const ProtocolProblems& problems)
{
    m_arms->setMarks(rowMarks(problems, QStringLiteral("arms"), m_arms,
                              {{QStringLiteral("code"), Code},
                               {QStringLiteral("ratio"), Ratio},
                               {QStringLiteral("colour"), Colour},
                               {QStringLiteral("treatment_weeks"), Weeks},
                               {QStringLiteral("sessions"), Sessions}},
                              {{QStringLiteral("name"), {NameEn, NameNb}}}));
    const int row = m_arms->currentRow();
    m_plan->setMarks(row < 0 ? QList<EditTable::Mark>{}
                             : rowMarks(under(problems, QStringLiteral("arms[%1]").arg(row)),
                                        QStringLiteral("sessions"), m_plan,
                                        {{QStringLiteral("kind"), Kind},
                                         {QStringLiteral("count"), Count},
                                         {QStringLiteral("interval_weeks"), Interval}}));
}

void ArmsEditor::retranslateUi()
{
    m_intro->setText(tr("One row per arm. The ratio is the arm's share of the allocation (3, 2 "
                        "and 1 for 3:2:1); the colour (#rrggbb) marks the arm in charts."));
    m_arms->setHeaders({tr("Code"), tr("Name (English)"), tr("Name (Norwegian)"), tr("Ratio"),
                        tr("Colour"), tr("Treatment weeks"), tr("Planned sessions")});
    m_arms->setButtonTexts(tr("&Add arm"), tr("&Remove arm"), tr("Move &up"), tr("Move &down"));
    m_plan->setHeaders({tr("Kind"), tr("Sessions"), tr("Weeks apart")});
    m_plan->setChoices(Kind, ProtocolTexts::sessionKinds());
    m_plan->setButtonTexts(tr("Add &session run"), tr("Remo&ve run"), tr("Move u&p"),
                           tr("Move do&wn"));
    if (!m_loading)
        load();
}

} // namespace td
