#include "worklist/WorklistView.h"

#include "common/ColumnFit.h"
#include "participant/ParticipantFormat.h"
#include "randomization/EmergencyUnblinding.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"
#include "worklist/UnblindingReviewDialog.h"
#include "worklist/WorklistFilter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace td {

namespace {
using Show = WorklistFilter::Show;
} // namespace

WorklistView::WorklistView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new WorklistModel(this)),
      m_filter(new WorklistFilter(this)), m_header(new QLabel(this)),
      m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_shown(new QLabel(this)), m_table(new QTableView(this))
{
    m_header->setTextFormat(Qt::RichText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // No sort column at first: the core's order, most urgent first. A third click on a header
    // returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    refitOnLanguageChange(m_table);

    connect(m_search, &QLineEdit::textChanged, this, &WorklistView::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorklistView::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const WorkItem* item = m_model->itemAt(m_filter->mapToSource(index).row())) {
            const WorkItem task = *item; // the window may reload the list while opening it
            if (task.kind == TaskKind::ReviewUnblinding && m_unblindings)
                reviewUnblindings();
            else
                emit taskOpened(task);
        }
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind);
    filters->addWidget(m_shown, 1);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    if (m_actor.can(Permission::ReviewUnblindings)) {
        m_unblindings = new QPushButton(this);
        m_unblindings->setObjectName(QStringLiteral("reviewUnblindings"));
        m_unblindings->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_unblindings->hide();
        connect(m_unblindings, &QPushButton::clicked, this, &WorklistView::reviewUnblindings);
        headerRow->addWidget(m_unblindings);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString WorklistView::reload()
{
    const QDate today = m_db.clock().today();
    auto items = Worklist(m_db).forActor(m_actor, today);
    if (!items.ok())
        return items.message();
    // Names for the codes; without them (a role that may not read the protocol) the codes.
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    auto catalog = InstrumentCatalog::load(m_db);
    m_model->setNames(protocol.ok() ? *protocol : Protocol{},
                      catalog.ok() ? *catalog : InstrumentCatalog::builtIn());

    const WorkItem* selected = selectedItem();
    const std::optional<WorkItem> keep = selected ? std::optional(*selected) : std::nullopt;
    m_model->setItems(std::move(items).value(), today);
    fillKinds();
    m_table->resizeColumnsToContents();
    updateHeader();
    if (keep)
        reselect(*keep);
    if (m_unblindings) {
        auto open = EmergencyUnblinding(m_db).list(m_actor, true);
        if (!open.ok())
            return open.message();
        m_unblindingsToReview = static_cast<int>(open->size());
        updateUnblindings();
    }
    return {};
}

void WorklistView::updateUnblindings()
{
    if (!m_unblindings)
        return;
    m_unblindings->setText(m_unblindingsToReview > 0 ? tr("%Ln emergency unblinding(s) to review…",
                                                          nullptr, m_unblindingsToReview)
                                                     : QString());
    m_unblindings->setVisible(m_unblindingsToReview > 0);
}

void WorklistView::reviewUnblindings()
{
    UnblindingReviewDialog dialog(m_db, m_actor, this);
    dialog.exec();
    reload(); // the count, after what was reviewed
}

QStringList WorklistView::summaryParts(const WorklistModel::Counts& c)
{
    if (c.overdue + c.thisWeek == 0)
        return {tr("Nothing to do: no task is waiting")};
    QStringList parts;
    //: Worklist header: tasks that are late (a closed visit window, a step waiting since
    //: before this week's Monday).
    parts << tr("%Ln overdue", nullptr, c.overdue);
    //: Worklist header: the tasks that are not late.
    parts << tr("%Ln to do this week", nullptr, c.thisWeek);
    return parts;
}

QString WorklistView::summary(const WorklistModel::Counts& counts)
{
    return summaryParts(counts).join(QStringLiteral(" · "));
}

QString WorklistView::summary() const
{
    return summary(m_model->counts());
}

void WorklistView::updateHeader()
{
    const WorklistModel::Counts c = m_model->counts();
    QStringList parts;
    for (const QString& part : summaryParts(c))
        parts << part.toHtmlEscaped();
    if (c.overdue > 0) // the overdue count in the visit states' red
        parts.front() =
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(ParticipantFormat::stateColour(VisitState::Overdue).name(), parts.front());
    m_header->setText(parts.join(QStringLiteral(" · ")));

    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_shown->setText(
        shown == total
            ? QString()
            : tr("Showing %1 of %Ln task(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void WorklistView::fillKinds()
{
    // Every kind of task the list holds, and the current choice even when none is left; All
    // and Overdue always.
    std::vector<bool> present(static_cast<std::size_t>(Show::Alerts) + 1, false);
    present[static_cast<std::size_t>(Show::All)] = true;
    present[static_cast<std::size_t>(Show::Overdue)] = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const WorkItem* w = m_model->itemAt(row);
        for (std::size_t s = 0; s < present.size(); ++s)
            if (WorklistFilter::accepts(static_cast<Show>(s), static_cast<int>(w->kind), false))
                present[s] = true;
    }
    const QVariant current = m_kind->currentData();
    if (current.isValid())
        present[static_cast<std::size_t>(current.toInt())] = true;

    const auto text = [](Show s) {
        switch (s) {
        case Show::All:
            return tr("All tasks");
        case Show::Eligibility:
            return tr("Eligibility");
        case Show::Consent:
            return tr("Consent");
        case Show::Randomize:
            return tr("Randomize");
        case Show::VisitsDue:
            return tr("Visits due");
        case Show::Overdue:
            return tr("Overdue");
        case Show::Alerts:
            return tr("Safety alerts");
        }
        return QString();
    };
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    for (std::size_t s = 0; s < present.size(); ++s)
        if (present[s])
            m_kind->addItem(text(static_cast<Show>(s)), static_cast<int>(s));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(current)));
}

void WorklistView::applyFilter()
{
    m_filter->setText(m_search->text());
    m_filter->setShow(static_cast<Show>(m_kind->currentData().toInt()));
    updateHeader();
}

const WorkItem* WorklistView::selectedItem() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(m_filter->mapToSource(rows.first()).row());
}

void WorklistView::reselect(const WorkItem& item)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const WorkItem* w = m_model->itemAt(row);
        if (w->kind == item.kind && w->participantId == item.participantId &&
            w->timePointId == item.timePointId && w->alertId == item.alertId) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_table->selectRow(index.row());
                m_table->scrollTo(index);
            }
            return;
        }
    }
}

void WorklistView::retranslateUi()
{
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Study ID, visit, instrument…"));
    m_kind->setToolTip(tr("Which tasks to show"));
    m_model->retranslate();
    fillKinds();
    updateHeader();
    updateUnblindings();
}

void WorklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString WorklistView::title() const
{
    return m_actor.role == Role::BlindedAssessor
               ? QCoreApplication::translate("td::MainWindow", "Ratings due")
               : QCoreApplication::translate("td::MainWindow", "This week");
}

QString WorklistView::refresh()
{
    return reload();
}

} // namespace td
