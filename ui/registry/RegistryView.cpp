#include "registry/RegistryView.h"

#include "participants/ParticipantTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

RegistryView::RegistryView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_model(new ParticipantTableModel(db, actor, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filterLabel(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::StudyId, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString RegistryView::reload()
{
    auto n = m_model->reload();
    m_table->resizeColumnsToContents();
    updateCount();
    return n.ok() ? QString() : n.message();
}

int RegistryView::visibleRows() const
{
    return m_proxy->rowCount();
}

void RegistryView::updateCount()
{
    m_count->setText(tr("%n participant(s)", nullptr, m_proxy->rowCount()));
}

void RegistryView::retranslateUi()
{
    m_filterLabel->setText(tr("&Find:"));
    m_filter->setPlaceholderText(tr("Study ID, site, status, therapist…"));
    m_model->retranslate();
    updateCount();
}

void RegistryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td
