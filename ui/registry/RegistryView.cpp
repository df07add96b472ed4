#include "registry/RegistryView.h"

#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "common/ColumnFit.h"
#include "common/LazyTableView.h"
#include "participants/ParticipantTableModel.h"
#include "registry/ParticipantActions.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace td {

RegistryView::RegistryView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor),
      m_model(new ParticipantTableModel(db, actor, this)),
      m_actions(new ParticipantActions(db, actor, this)), m_toolBar(new QToolBar(this)),
      m_filterLabel(new QLabel(this)), m_filter(new QLineEdit(this)), m_site(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_therapist(Disclosure::of(actor).arms() ? new QComboBox(this) : nullptr),
      m_arm(Disclosure::of(actor).arms() ? new QComboBox(this) : nullptr),
      m_count(new QLabel(this)), m_table(new LazyTableView(this))
{
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    refitOnLanguageChange(m_table);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(m_actions->actions());
    m_toolBar->setVisible(!m_actions->actions().isEmpty());

    connect(m_filter, &QLineEdit::textChanged, this, &RegistryView::applyFilter);
    for (QComboBox* box : {m_site, m_status, m_therapist, m_arm}) {
        if (box)
            connect(box, &QComboBox::currentIndexChanged, this, &RegistryView::applyFilter);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistryView::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const Participant* p = m_model->participantAt(index.row()))
            emit participantOpened(p->id);
    });
    connect(m_actions, &ParticipantActions::changed, this, [this](qint64 id) {
        reload();
        select(id);
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterLabel);
    filters->addWidget(m_filter, 2);
    for (QComboBox* box : {m_site, m_status, m_therapist, m_arm}) {
        if (box)
            filters->addWidget(box, 1);
    }
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString RegistryView::reload()
{
    const qint64 selected = selectedId();
    auto n = m_model->reload();
    if (!n.ok())
        return n.message();
    m_actions->setProtocol(m_model->protocol());
    fillFilterChoices();
    m_table->resizeColumnsToContents();
    updateCount();
    if (selected != 0)
        select(selected);
    return {};
}

void RegistryView::fillFilterChoices()
{
    // Each box keeps its choice (by id) across reloads and language changes.
    const auto refill = [](QComboBox* box, const QString& any,
                           const QList<std::pair<QString, QVariant>>& items) {
        if (!box)
            return;
        const QVariant current = box->currentData();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QVariant());
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    const Protocol& protocol = m_model->protocol();
    QList<std::pair<QString, QVariant>> sites, statuses, arms, therapists;
    for (const Site& site : protocol.sites)
        sites.append({site.name, site.id});
    for (ParticipantStatus s : Disclosure::of(m_actor).statuses())
        statuses.append({StatusRules::displayName(s), static_cast<int>(s)});
    for (const Arm& arm : protocol.arms)
        arms.append({QStringLiteral("%1 – %2").arg(arm.code, arm.name), arm.id});
    if (m_therapist) {
        auto users = UserRepository(m_db).list(m_actor);
        if (users.ok()) {
            for (const User& u : *users) {
                if (u.role == Role::Therapist)
                    therapists.append({u.displayName, u.id});
            }
        }
    }
    refill(m_site, tr("All sites"), sites);
    refill(m_status, tr("Any status"), statuses);
    refill(m_therapist, tr("Any therapist"), therapists);
    refill(m_arm, tr("All arms"), arms);
}

void RegistryView::applyFilter()
{
    RegistryFilter filter;
    filter.text = m_filter->text().trimmed();
    filter.siteId = m_site->currentData().toLongLong();
    if (m_status->currentData().isValid())
        filter.status = static_cast<ParticipantStatus>(m_status->currentData().toInt());
    if (m_therapist)
        filter.therapistId = m_therapist->currentData().toLongLong();
    if (m_arm)
        filter.armId = m_arm->currentData().toLongLong();
    m_model->setFilter(filter);
    updateCount();
}

int RegistryView::visibleRows() const
{
    return m_model->matchCount();
}

void RegistryView::select(qint64 participantId)
{
    const int row = m_model->rowOf(participantId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

qint64 RegistryView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Participant* p = rows.isEmpty() ? nullptr : m_model->participantAt(rows.first().row());
    return p ? p->id : 0;
}

void RegistryView::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_actions->setParticipant(rows.isEmpty() ? nullptr
                                             : m_model->participantAt(rows.first().row()));
}

void RegistryView::updateCount()
{
    m_count->setText(tr("%Ln participant(s)", nullptr, m_model->matchCount()));
}

void RegistryView::retranslateUi()
{
    m_filterLabel->setText(tr("&Find:"));
    m_filter->setPlaceholderText(Disclosure::of(m_actor).arms()
                                     ? tr("Study ID, site, status, therapist…")
                                     : tr("Study ID, site, status…"));
    m_toolBar->setWindowTitle(tr("Participant steps"));
    m_actions->retranslateUi();
    m_model->retranslate();
    fillFilterChoices();
    updateCount();
}

void RegistryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString RegistryView::title() const
{
    return m_actor.role == Role::Therapist
               ? QCoreApplication::translate("td::MainWindow", "My patients")
               : QCoreApplication::translate("td::MainWindow", "Participants");
}

QString RegistryView::refresh()
{
    return reload();
}

} // namespace td
