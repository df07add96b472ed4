#include "quality/DataQualityView.h"

#include "quality/MissingFormsPanel.h"
#include "quality/QueryPanel.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace td {

DataQualityView::DataQualityView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_actor(actor), m_tabs(new QTabWidget(this)),
      m_queries(new QueryPanel(db, actor)), m_missing(new MissingFormsPanel(db, actor))
{
    setObjectName(QStringLiteral("dataQuality"));
    // Two tabs whose titles change with the counts: whole titles, never scroll arrows.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(m_queries, QString());
    m_tabs->addTab(m_missing, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_missing, &MissingFormsPanel::participantOpened, this,
            &DataQualityView::participantOpened);
    connect(m_queries, &QueryPanel::queriesChanged, this, &DataQualityView::queriesChanged);
    reload();
}

QString DataQualityView::title() const
{
    return tr("Data quality");
}

bool DataQualityView::shown() const
{
    return m_actor.can(Permission::RaiseQueries) || m_actor.can(Permission::AnswerQueries);
}

QString DataQualityView::reload()
{
    const QString queries = m_queries->setParticipant(0);
    const QString missing = m_missing->reload();
    retranslateUi();
    return queries.isEmpty() ? missing : queries;
}

void DataQualityView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataQualityView::retranslateUi()
{
    int open = 0;
    for (const auto& q : m_queries->queries())
        open += q.status == QueryStatus::Open;
    m_tabs->setTabText(0, open > 0 ? tr("Queries (%Ln open)", nullptr, open) : tr("Queries"));
    int overdue = 0;
    for (const auto& s : m_missing->report().sites)
        overdue += s.overdue;
    m_tabs->setTabText(1, overdue > 0 ? tr("Missing forms (%Ln overdue)", nullptr, overdue)
                                      : tr("Missing forms"));
}

} // namespace td
