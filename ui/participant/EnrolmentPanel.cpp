#include "participant/EnrolmentPanel.h"

#include "participant/EnrolmentModels.h"
#include "participants/Screening.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

namespace {
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}
} // namespace

EnrolmentPanel::EnrolmentPanel(QWidget* parent)
    : QWidget(parent), m_criteriaModel(new CriteriaAnswerModel(this)),
      m_covariateModel(new CovariateValueModel(this)), m_criteriaTitle(new QLabel(this)),
      m_covariatesTitle(new QLabel(this)), m_note(new QLabel(this)),
      m_criteriaTable(makeTable(m_criteriaModel, this)),
      m_covariateTable(makeTable(m_covariateModel, this))
{
    setObjectName(QStringLiteral("enrolment"));
    m_criteriaTable->setWordWrap(true);
    m_criteriaTable->horizontalHeader()->setSectionResizeMode(CriteriaAnswerModel::Criterion,
                                                              QHeaderView::Stretch);
    m_covariateTable->horizontalHeader()->setStretchLastSection(true);
    // Rows follow their text as the table's width changes (long criteria wrap).
    for (QTableView* t : {m_criteriaTable, m_covariateTable})
        t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QLabel* title : {m_criteriaTitle, m_covariatesTitle})
        title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto* criteria = new QVBoxLayout;
    criteria->addWidget(m_criteriaTitle);
    criteria->addWidget(m_criteriaTable, 1);
    auto* covariates = new QVBoxLayout;
    covariates->addWidget(m_covariatesTitle);
    covariates->addWidget(m_covariateTable, 1);
    auto* row = new QHBoxLayout;
    row->addLayout(criteria, 3);
    row->addLayout(covariates, 2);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_note);
    box->addLayout(row, 1);
    retranslateUi();
}

void EnrolmentPanel::setParticipant(const Protocol& protocol, const Participant& participant,
                                    const std::map<QString, bool>& answers)
{
    m_participant = participant;
    m_criteriaModel->setAnswers(
        Screening::criteriaFor(protocol, participant.protocolVersionScreened), answers);
    m_covariateModel->setValues(protocol.covariates, participant.covariates.values);
    fillNote();
    retranslateUi();
}

void EnrolmentPanel::clear()
{
    m_participant.reset();
    m_criteriaModel->setAnswers({}, {});
    m_covariateModel->setValues({}, {});
    fillNote();
}

QString EnrolmentPanel::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void EnrolmentPanel::fillNote()
{
    // The reasons are kept in the words they were written in (the screening log and CONSORT
    // must read the same for everyone).
    QString why;
    if (m_participant) {
        const Participant& p = *m_participant;
        if (p.exclusion)
            why = tr("%1: %2").arg(StatusRules::displayName(*p.exclusion), p.exclusionReason);
        if (!p.withdrawalReason.isEmpty())
            why = tr("%1: %2").arg(StatusRules::displayName(p.status), p.withdrawalReason);
        if (p.status == ParticipantStatus::Withdrawn && p.dataUsable)
            why +=
                QLatin1Char(' ') + (*p.dataUsable ? tr("The data collected may still be used.")
                                                  : tr("The data collected are not to be used."));
    }
    m_note->setText(why);
    m_note->setVisible(!why.isEmpty());
}

void EnrolmentPanel::retranslateUi()
{
    m_criteriaTitle->setText(tr("Eligibility criteria"));
    m_covariatesTitle->setText(tr("Covariates"));
    m_criteriaModel->retranslate();
    m_covariateModel->retranslate();
    m_covariateTable->resizeColumnsToContents();
    for (int c : {CriteriaAnswerModel::Kind, CriteriaAnswerModel::Answer})
        m_criteriaTable->resizeColumnToContents(c);
}

void EnrolmentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillNote();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace td
