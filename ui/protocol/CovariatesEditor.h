#pragma once

#include "protocol/ProtocolEditor.h"

#include <functional>

class QLabel;

namespace td {

// What is recorded about a participant before randomization (covariates, with the choices of a
// choice covariate) and the eligibility criteria asked at screening.
class CovariatesEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    enum Column { Code, NameEn, NameNb, Type, Min, Max, Required };
    enum ChoiceColumn { ChoiceCode, LabelEn, LabelNb };
    enum CriterionColumn { CriterionCode, Kind, TextEn, TextNb };

    explicit CovariatesEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;
    QString tabTitle() const override { return tr("Covariates"); }
    EditTable* covariates() const { return m_covariates; }
    EditTable* choices() const { return m_choices; }
    EditTable* criteria() const { return m_criteria; }

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;
    ProtocolProblems localProblems() const override { return m_unreadable; }

private:
    void loadChoices();
    void storeCovariate(int row);
    void storeChoice(int row);
    void storeCriterion(int row);
    Covariate* currentCovariate();
    void connectList(EditTable* table, std::function<void()> add, std::function<void(int)> remove,
                     std::function<void(int, int)> move);

    QLabel* m_covariatesLabel;
    EditTable* m_covariates;
    QLabel* m_choicesLabel;
    EditTable* m_choices;
    QLabel* m_criteriaLabel;
    EditTable* m_criteria;
    ProtocolProblems m_unreadable; // min or max that is not a number
};

} // namespace td
