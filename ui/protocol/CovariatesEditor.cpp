#include "protocol/CovariatesEditor.h"

#include "protocol/ProtocolDraft.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
template <typename T> void moveIn(std::vector<T>& list, int row, int delta)
{
    std::swap(list[static_cast<std::size_t>(row)], list[static_cast<std::size_t>(row + delta)]);
}

QString numberText(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'g', 12) : QString();
}
} // namespace

CovariatesEditor::CovariatesEditor(ProtocolDraft& draft, QWidget* parent)
    : ProtocolEditor(draft, parent), m_covariatesLabel(new QLabel(this)),
      m_covariates(new EditTable(this)), m_choicesLabel(new QLabel(this)),
      m_choices(new EditTable(this)), m_criteriaLabel(new QLabel(this)),
      m_criteria(new EditTable(this))
{
    using K = EditTable::Kind;
    m_covariates->setObjectName(QStringLiteral("covariates"));
    m_choices->setObjectName(QStringLiteral("choices"));
    m_criteria->setObjectName(QStringLiteral("eligibility"));
    m_covariates->setColumns({K::Text, K::Text, K::Text, K::Choice, K::Text, K::Text, K::Check});
    m_choices->setColumns({K::Text, K::Text, K::Text});
    m_criteria->setColumns({K::Text, K::Choice, K::Text, K::Text});
    m_covariates->setStretchColumns({NameEn, NameNb});
    m_criteria->setStretchColumns({TextEn, TextNb});
    m_covariatesLabel->setBuddy(m_covariates->table());
    m_choicesLabel->setBuddy(m_choices->table());
    m_criteriaLabel->setBuddy(m_criteria->table());
    for (QLabel* l : {m_covariatesLabel, m_choicesLabel, m_criteriaLabel})
        l->setWordWrap(true);
    body()->addWidget(m_covariatesLabel);
    body()->addWidget(m_covariates, 3);
    body()->addWidget(m_choicesLabel);
    body()->addWidget(m_choices, 2);
    body()->addWidget(m_criteriaLabel);
    body()->addWidget(m_criteria, 3);

    connect(m_covariates, &EditTable::edited, this, [this](int row, int) { storeCovariate(row); });
    connect(m_choices, &EditTable::edited, this, [this](int row, int) { storeChoice(row); });
    connect(m_criteria, &EditTable::edited, this, [this](int row, int) { storeCriterion(row); });
    connect(m_covariates, &EditTable::currentRowChanged, this, [this] { loadChoices(); });

    connectList(
        m_covariates, [this] { m_draft.edit().covariates.push_back({}); },
        [this](int row) {
            auto& list = m_draft.edit().covariates;
            list.erase(list.begin() + row);
        },
        [this](int row, int delta) { moveIn(m_draft.edit().covariates, row, delta); });
    connectList(
        m_choices,
        [this] {
            if (Covariate* c = currentCovariate())
                c->choices.push_back({});
        },
        [this](int row) {
            if (Covariate* c = currentCovariate())
                c->choices.erase(c->choices.begin() + row);
        },
        [this](int row, int delta) {
            if (Covariate* c = currentCovariate())
                moveIn(c->choices, row, delta);
        });
    connectList(
        m_criteria, [this] { m_draft.edit().eligibility.push_back({}); },
        [this](int row) {
            auto& list = m_draft.edit().eligibility;
            list.erase(list.begin() + row);
        },
        [this](int row, int delta) { moveIn(m_draft.edit().eligibility, row, delta); });
    init();
}

void CovariatesEditor::connectList(EditTable* table, std::function<void()> add,
                                   std::function<void(int)> remove,
                                   std::function<void(int, int)> move)
{
    auto refresh = [this, table](int row, bool focus) {
        const int covariate = m_covariates->currentRow();
        m_unreadable.clear();
        load();
        if (table == m_choices)
            m_covariates->setCurrentRow(covariate);
        loadChoices();
        table->setCurrentRow(std::min(row, table->rowCount() - 1));
        if (focus)
            table->focusRow(table->rowCount() - 1);
        m_draft.commit();
    };
    connect(table, &EditTable::addRequested, this, [table, add, refresh] {
        add();
        refresh(table->rowCount(), true);
    });
    connect(table, &EditTable::removeRequested, this, [remove, refresh](int row) {
        remove(row);
        refresh(row, false);
    });
    connect(table, &EditTable::moveRequested, this, [move, refresh](int row, int delta) {
        move(row, delta);
        refresh(row + delta, false);
    });
}

QString CovariatesEditor::title() const
{
    return tr("Covariates and eligibility");
}

QString CovariatesEditor::subTitle() const
{
    return tr("What is recorded about each participant before randomization, and the criteria "
              "that make a person eligible.");
}

bool CovariatesEditor::belongs(const QString& path) const
{
    // A stratification factor's problems, even those about its covariate, are shown on the
    // stratification page.
    return path.startsWith(QStringLiteral("covariates")) ||
           path.startsWith(QStringLiteral("eligibility"));
}

Covariate* CovariatesEditor::currentCovariate()
{
    const int row = m_covariates->currentRow();
    auto& list = m_draft.edit().covariates;
    return row >= 0 && row < static_cast<int>(list.size()) ? &list[static_cast<std::size_t>(row)]
                                                           : nullptr;
}

void CovariatesEditor::load()
{
    const Protocol& p = m_draft.protocol();
    const int keep = m_covariates->currentRow();
    m_covariates->setRowCount(static_cast<int>(p.covariates.size()));
    for (int r = 0; r < m_covariates->rowCount(); ++r) {
        const Covariate& c = p.covariates[static_cast<std::size_t>(r)];
        m_covariates->setText(r, Code, c.code);
        m_covariates->setText(r, NameEn, c.name.en);
        m_covariates->setText(r, NameNb, c.name.nb);
        m_covariates->setChoice(r, Type, covariateTypeKey(c.type));
        m_covariates->setText(r, Min, numberText(c.min));
        m_covariates->setText(r, Max, numberText(c.max));
        m_covariates->setChecked(r, Required, c.requiredForRandomization);
    }
    if (keep < 0 && !p.covariates.empty())
        m_covariates->setCurrentRow(0);
    m_criteria->setRowCount(static_cast<int>(p.eligibility.size()));
    for (int r = 0; r < m_criteria->rowCount(); ++r) {
        const EligibilityCriterion& c = p.eligibility[static_cast<std::size_t>(r)];
        m_criteria->setText(r, CriterionCode, c.code);
        m_criteria->setChoice(r, Kind, criterionKindKey(c.kind));
        m_criteria->setText(r, TextEn, c.text.en);
        m_criteria->setText(r, TextNb, c.text.nb);
    }
    loadChoices();
}

void CovariatesEditor::loadChoices()
{
    const int row = m_covariates->currentRow();
    const auto& list = m_draft.protocol().covariates;
    const Covariate* c = row >= 0 && row < static_cast<int>(list.size())
                             ? &list[static_cast<std::size_t>(row)]
                             : nullptr;
    const bool choice = c && c->type == CovariateType::Choice;
    m_choices->setEnabled(choice || (c && !c->choices.empty()));
    m_choicesLabel->setText(
        choice ? tr("C&hoices of %1:").arg(c->code)
               : tr("C&hoices (for a covariate of the type Choice, chosen above):"));
    const std::vector<CovariateChoice> none;
    const auto& choices = c ? c->choices : none;
    m_choices->setRowCount(static_cast<int>(choices.size()));
    for (int r = 0; r < m_choices->rowCount(); ++r) {
        const CovariateChoice& ch = choices[static_cast<std::size_t>(r)];
        m_choices->setText(r, ChoiceCode, ch.code);
        m_choices->setText(r, LabelEn, ch.label.en);
        m_choices->setText(r, LabelNb, ch.label.nb);
    }
    mark(problems());
}

void CovariatesEditor::storeCovariate(int row)
{
    auto& list = m_draft.edit().covariates;
    if (row < 0 || row >= static_cast<int>(list.size()))
        return;
    Covariate& c = list[static_cast<std::size_t>(row)];
    const QString code = m_covariates->text(row, Code).trimmed();
    // A stratification factor on the covariate follows its new code.
    if (!c.code.isEmpty() && c.code != code)
        for (StratFactor& f : m_draft.edit().factors)
            if (f.source == StratSource::Covariate && f.variable == c.code) {
                if (f.code == f.variable)
                    f.name = f.code = code;
                f.variable = code;
            }
    c.code = code;
    c.name = LocalText(m_covariates->text(row, NameEn), m_covariates->text(row, NameNb));
    c.type = covariateTypeFromKey(m_covariates->choice(row, Type)).value_or(CovariateType::Integer);
    c.requiredForRandomization = m_covariates->checked(row, Required);
    const QString path = QStringLiteral("covariates[%1].").arg(row);
    std::erase_if(m_unreadable, [&](const ProtocolProblem& p) { return p.path.startsWith(path); });
    auto readLimit = [&](int column, const char* key, std::optional<double>& value) {
        const QString text = m_covariates->text(row, column).trimmed();
        value = std::nullopt;
        if (text.isEmpty())
            return;
        bool ok = false;
        double v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = QLocale::c().toDouble(text, &ok);
        if (ok)
            value = v;
        else
            m_unreadable.push_back(
                {path + QLatin1String(key),
                 tr("\"%1\" is not a number; leave it empty for no limit").arg(text)});
    };
    readLimit(Min, "min", c.min);
    readLimit(Max, "max", c.max);
    loadChoices();
    m_draft.commit();
}

void CovariatesEditor::storeChoice(int row)
{
    Covariate* c = currentCovariate();
    if (!c || row < 0 || row >= static_cast<int>(c->choices.size()))
        return;
    CovariateChoice& ch = c->choices[static_cast<std::size_t>(row)];
    ch.code = m_choices->text(row, ChoiceCode).trimmed();
    ch.label = LocalText(m_choices->text(row, LabelEn), m_choices->text(row, LabelNb));
    m_draft.commit();
}

void CovariatesEditor::storeCriterion(int row)
{
    auto& list = m_draft.edit().eligibility;
    if (row < 0 || row >= static_cast<int>(list.size()))
        return;
    EligibilityCriterion& c = list[static_cast<std::size_t>(row)];
    c.code = m_criteria->text(row, CriterionCode).trimmed();
    c.kind = m_criteria->choice(row, Kind) == criterionKindKey(CriterionKind::Exclusion)
                 ? CriterionKind::Exclusion
                 : CriterionKind::Inclusion;
    c.text = LocalText(m_criteria->text(row, TextEn), m_criteria->text(row, TextNb));
    m_draft.commit();
}

void CovariatesEditor::mark(const ProtocolProblems& problems)
{
    ProtocolProblems covariateProblems;
    for (const ProtocolProblem& p : problems)
        if (p.path.startsWith(QStringLiteral("covariates")))
            covariateProblems.push_back(p);
    m_covariates->setMarks(rowMarks(covariateProblems, QStringLiteral("covariates"), m_covariates,
                                    {{QStringLiteral("code"), Code},
                                     {QStringLiteral("type"), Type},
                                     {QStringLiteral("min"), Min},
                                     {QStringLiteral("max"), Max},
                                     {QStringLiteral("choices"), Type}},
                                    {{QStringLiteral("name"), {NameEn, NameNb}}}));
    const int row = m_covariates->currentRow();
    m_choices->setMarks(row < 0
                            ? QList<EditTable::Mark>{}
                            : rowMarks(under(problems, QStringLiteral("covariates[%1]").arg(row)),
                                       QStringLiteral("choices"), m_choices,
                                       {{QStringLiteral("code"), ChoiceCode}},
                                       {{QStringLiteral("label"), {LabelEn, LabelNb}}}));
    m_criteria->setMarks(rowMarks(problems, QStringLiteral("eligibility"), m_criteria,
                                  {{QStringLiteral("code"), CriterionCode}},
                                  {{QStringLiteral("text"), {TextEn, TextNb}}}));
}

void CovariatesEditor::retranslateUi()
{
    m_covariatesLabel->setText(
        tr("&Covariates: min and max only for numbers; tick \"Required\" when randomization needs "
           "the value."));
    m_covariates->setHeaders({tr("Code"), tr("Name (English)"), tr("Name (Norwegian)"), tr("Type"),
                              tr("Minimum"), tr("Maximum"), tr("Required")});
    m_covariates->setChoices(Type, ProtocolTexts::covariateTypes());
    m_covariates->setButtonTexts(tr("&Add covariate"), tr("&Remove covariate"), tr("Move &up"),
                                 tr("Move &down"));
    m_choices->setHeaders({tr("Code"), tr("Label (English)"), tr("Label (Norwegian)")});
    m_choices->setButtonTexts(tr("Add ch&oice"), tr("Remo&ve choice"), tr("Move u&p"),
                              tr("Move do&wn"));
    m_criteriaLabel->setText(tr("&Eligibility criteria, asked in this order at screening:"));
    m_criteria->setHeaders({tr("Code"), tr("Kind"), tr("Text (English)"), tr("Text (Norwegian)")});
    m_criteria->setChoices(Kind, ProtocolTexts::criterionKinds());
    m_criteria->setButtonTexts(tr("Add criter&ion"), tr("Remove criterion"), tr("Move up"),
                               tr("Move down"));
    if (!m_loading)
        loadChoices();
}

} // namespace td
