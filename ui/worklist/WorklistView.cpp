#include "worklist/WorklistView.h"

#include "storage/Database.h"
#include "worklist/WorklistModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

WorklistView::WorklistView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new WorklistModel(this)),
      m_title(new QLabel(this)), m_table(new QTableView(this))
{
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const WorkItem* item = m_model->itemAt(index.row()))
            emit taskOpened(*item);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString WorklistView::reload()
{
    const QDate today = m_db.clock().today();
    auto items = Worklist(m_db).forActor(m_actor, today);
    if (!items.ok())
        return items.message();
    m_model->setItems(std::move(items).value(), today);
    m_table->resizeColumnsToContents();
    retranslateUi();
    return {};
}

void WorklistView::retranslateUi()
{
    const int n = m_model->rowCount();
    m_title->setText(m_actor.role == Role::BlindedAssessor
                         ? tr("Ratings due: %n task(s)", nullptr, n)
                         : tr("To do this week: %n task(s), most urgent first", nullptr, n));
    m_model->retranslate();
}

void WorklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td
