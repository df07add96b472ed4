#pragma once

#include "trial/Protocol.h"

#include <QWidget>
#include <map>
#include <optional>
#include <vector>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QRadioButton;

namespace td {

class ErrorLabel;

// The protocol's eligibility criteria, each with Yes / No / Not yet (yes: the criterion
// applies to the person), inclusion and exclusion marked and the text in the current language.
// Answers recorded earlier are shown as given and cannot be changed here.
class CriteriaAnswers : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaAnswers(std::vector<EligibilityCriterion> criteria,
                             std::map<QString, bool> recorded = {}, QWidget* parent = nullptr);

    // The answers given here (not those recorded earlier), by criterion code.
    std::map<QString, bool> answers() const;
    // Answers one criterion as a click would: true yes, false no, nullopt not yet. False when
    // there is no such criterion or its answer is already recorded.
    bool setAnswer(const QString& code, std::optional<bool> applies);
    // Criteria answered neither earlier nor here.
    int openCount() const;
    int count() const { return static_cast<int>(m_rows.size()); }
    QRadioButton* yesButton(const QString& code) const;
    QRadioButton* noButton(const QString& code) const;
    // The line under a criterion for a refusal naming it, and the place for the keyboard.
    ErrorLabel* refusalLine(const QString& code) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        EligibilityCriterion criterion;
        std::optional<bool> recorded;
        QLabel* kind = nullptr;
        QLabel* text = nullptr;
        QRadioButton* yes = nullptr;
        QRadioButton* no = nullptr;
        QRadioButton* open = nullptr;
        ErrorLabel* error = nullptr;
    };
    const Row* row(const QString& code) const;
    void retranslateUi();

    std::vector<Row> m_rows;
    QLabel* m_none;
};

} // namespace td
