#include "quality/DataQualityView.h"

#include "quality/DoubleEntryPanel.h"
#include "quality/MissingFormsPanel.h"
#include "quality/QueryPanel.h"
#include "quality/SourceVerificationPanel.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace td {

DataQualityView::DataQualityView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_actor(actor), m_tabs(new QTabWidget(this)),
      m_queries(new QueryPanel(db, actor)), m_missing(new MissingFormsPanel(db, actor)),
      m_doubleEntry(new DoubleEntryPanel(db, actor)),
      m_sourceVerification(new SourceVerificationPanel(db, actor))
{
    setObjectName(QStringLiteral("dataQuality"));
    // Two tabs whose titles change with the counts: whole titles, never scroll arrows.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(m_queries, QString());
    m_tabs->addTab(m_missing, QString());
    m_tabs->addTab(m_doubleEntry, QString());
    m_tabs->addTab(m_sourceVerification, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_missing, &MissingFormsPanel::participantOpened, this,
            &DataQualityView::participantOpened);
    connect(m_queries, &QueryPanel::queriesChanged, this, &DataQualityView::queriesChanged);
    connect(m_doubleEntry, &DoubleEntryPanel::participantOpened, this,
            &DataQualityView::participantOpened);
    // An adjudication or a second entry changes what is missing and may raise queries.
    connect(m_doubleEntry, &DoubleEntryPanel::changed, this, [this] {
        reload();
        emit queriesChanged();
    });
    connect(m_sourceVerification, &SourceVerificationPanel::changed, this,
            [this] { retranslateUi(); });
    reload();
}

QString DataQualityView::title() const
{
    return tr("Data quality");
}

bool DataQualityView::shown() const
{
    return m_actor.can(Permission::RaiseQueries) || m_actor.can(Permission::AnswerQueries) ||
           m_actor.can(Permission::VerifySource);
}

QString DataQualityView::reload()
{
    const QString queries = m_queries->setParticipant(0);
    const QString missing = m_missing->reload();
    const QString doubles = m_doubleEntry->reload();
    const QString verification = m_sourceVerification->reload();
    retranslateUi();
    for (const QString& message : {queries, missing, doubles})
        if (!message.isEmpty())
            return message;
    return verification;
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
    const int differences = static_cast<int>(m_doubleEntry->discrepancies().size());
    m_tabs->setTabText(2, differences > 0
                              ? tr("Double entry (%Ln to adjudicate)", nullptr, differences)
                              : tr("Double entry"));
    m_tabs->setTabText(3, tr("Source verification"));
    // Titles change length with the counts and the language: the bar takes its new width now,
    // not at the next resize.
    m_tabs->tabBar()->resize(m_tabs->tabBar()->sizeHint());
}

bool DataQualityView::showDoubleEntry(qint64 assessmentId)
{
    m_tabs->setCurrentWidget(m_doubleEntry);
    return m_doubleEntry->showAssessment(assessmentId);
}

} // namespace td
