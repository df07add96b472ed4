#pragma once

#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QWidget>
#include <map>
#include <optional>

class QLabel;
class QTableView;

namespace td {

class CovariateValueModel;
class CriteriaAnswerModel;

// The participant page's "Eligibility and covariates" section: the answers to the criteria
// asked at screening beside the covariates, and, when the path ended or changed course, why
// (the screening log's or the withdrawal's reason, as recorded).
class EnrolmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnrolmentPanel(QWidget* parent = nullptr);
    // What the page loaded through core; none: an empty panel.
    void setParticipant(const Protocol& protocol, const Participant& participant,
                        const std::map<QString, bool>& answers);
    void clear();
    CriteriaAnswerModel* criteriaModel() const { return m_criteriaModel; }
    CovariateValueModel* covariateModel() const { return m_covariateModel; }
    QString noteText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillNote();

    std::optional<Participant> m_participant;
    CriteriaAnswerModel* m_criteriaModel;
    CovariateValueModel* m_covariateModel;
    QLabel* m_criteriaTitle;
    QLabel* m_covariatesTitle;
    QLabel* m_note;
    QTableView* m_criteriaTable;
    QTableView* m_covariateTable;
};

} // namespace td
