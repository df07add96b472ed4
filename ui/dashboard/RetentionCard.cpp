#include "dashboard/RetentionCard.h"

#include "dashboard/RetentionModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

RetentionCard::RetentionCard(QWidget* parent)
    : DashboardCard(Width::Half, parent), m_model(new RetentionModel(this)),
      m_table(new QTableView(this)), m_note(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    body()->addWidget(m_table);
    body()->addWidget(m_note);
    body()->addStretch(1);
    retranslateUi();
}

void RetentionCard::setFigure(const std::vector<RetentionCell>& cells,
                              const DashboardContext& context)
{
    m_instrument = context.instrumentName;
    m_model->setCells(cells, context);
    retranslateUi();
    show();
}

void RetentionCard::clear()
{
    m_instrument.clear();
    m_model->clear();
    retranslateUi();
    hide();
}

void RetentionCard::fitTable()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height + 2);
}

void RetentionCard::retranslateUi()
{
    if (m_model->pooled())
        setHeading(
            m_instrument.isEmpty()
                ? tr("Retention per visit, all arms pooled")
                : tr("Retention per visit, all arms pooled (%1 completed)").arg(m_instrument));
    else
        setHeading(m_instrument.isEmpty()
                       ? tr("Retention per visit and arm")
                       : tr("Retention per visit and arm (%1 completed)").arg(m_instrument));
    m_note->setText(tr("Participants due for the visit (its window has closed, or they have it) "
                       "with a completed assessment; Wilson 95% confidence intervals."));
    m_model->retranslate();
    fitTable();
}

} // namespace td
