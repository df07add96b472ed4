#include "quality/QueryPanel.h"

#include "common/ColumnFit.h"
#include "common/ErrorLabel.h"
#include "instruments/InstrumentCatalog.h"
#include "quality/QueryDialog.h"
#include "quality/RaiseQueryDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
enum Column { Number, Status, StudyId, Subject, Question, Raised, Last, ColumnCount };
} // namespace

QueryPanel::QueryPanel(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_counts(new QLabel(this)),
      m_openOnly(new QCheckBox(this)), m_table(new QTableWidget(this)),
      m_error(new ErrorLabel(this)), m_raise(new QPushButton(this)), m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("queryPanel"));
    m_counts->setObjectName(QStringLiteral("queryCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_openOnly->setChecked(true);
    m_table->setObjectName(QStringLiteral("queries"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_raise->setObjectName(QStringLiteral("raiseQuery"));
    m_open->setObjectName(QStringLiteral("openQuery"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_openOnly);
    top->addStretch();
    top->addWidget(m_raise);
    top->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        for (const QString& id : catalog->ids())
            m_instrumentNames.insert(id, catalog->find(id)->shortName);
    connect(m_openOnly, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openSelected(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_raise, &QPushButton::clicked, this, [this] { raise(); });
    retranslateUi();
}

QString QueryPanel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    return reload();
}

void QueryPanel::clear()
{
    m_queries.clear();
    m_siteCounts.clear();
    m_error->showMessage(QString());
    fill();
}

QString QueryPanel::instrumentName(const QString& id) const
{
    return m_instrumentNames.value(id, id);
}

QString QueryPanel::reload()
{
    QueryFilter filter;
    filter.openOnly = m_openOnly->isChecked();
    filter.participantId = m_participantId;
    auto found = DataQueries(m_db).list(m_actor, filter);
    if (!found.ok()) {
        m_queries.clear();
        m_error->showMessage(found.message());
        fill();
        return found.message();
    }
    m_queries = std::move(found).value();
    m_siteCounts.clear();
    if (m_participantId == 0)
        if (auto counts = DataQueries(m_db).countsBySite(m_actor); counts.ok())
            m_siteCounts = *counts;
    m_error->showMessage(QString());
    fill();
    return {};
}

void QueryPanel::fill()
{
    const QLocale locale;
    const qint64 selected =
        m_table->currentRow() >= 0 && m_table->currentRow() < static_cast<int>(m_queries.size())
            ? m_table->item(m_table->currentRow(), Number)->data(Qt::UserRole).toLongLong()
            : 0;
    m_table->setRowCount(static_cast<int>(m_queries.size()));
    for (int r = 0; r < static_cast<int>(m_queries.size()); ++r) {
        const DataQuery& q = m_queries[static_cast<std::size_t>(r)];
        const QString question =
            q.origin == QueryOrigin::Manual
                ? q.text
                : (q.text.isEmpty() ? DataQueries::originName(q.origin)
                                    : tr("%1: %2").arg(DataQueries::originName(q.origin), q.text));
        const QString raised = tr("%1, %2").arg(
            q.raisedBy.isEmpty() ? tr("(name not shown)") : q.raisedBy,
            locale.toString(q.raisedAt.toLocalTime().date(), QLocale::ShortFormat));
        const QString last = q.lastAt == q.raisedAt
                                 ? QString()
                                 : tr("%1: %2").arg(locale.toString(q.lastAt.toLocalTime().date(),
                                                                    QLocale::ShortFormat),
                                                    q.lastText);
        const QStringList cells = {locale.toString(q.id),
                                   DataQueries::statusName(q.status),
                                   q.studyId,
                                   DataQueries::subject(q, instrumentName(q.target.instrumentId)),
                                   question,
                                   raised,
                                   last};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(r, c, item);
        }
        m_table->item(r, Number)->setData(Qt::UserRole, q.id);
        if (q.id == selected)
            m_table->selectRow(r);
    }
    m_table->setColumnHidden(StudyId, m_participantId != 0);
    fitColumns(m_table);
    QStringList sites;
    for (const SiteQueryCounts& c : m_siteCounts)
        sites << tr("<b>%1</b>: %2 open, %3 answered, %4 closed")
                     .arg(c.siteCode.toHtmlEscaped(), locale.toString(c.open),
                          locale.toString(c.answered), locale.toString(c.closed));
    m_counts->setText(sites.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_counts->setVisible(m_participantId == 0 && !sites.isEmpty());
    updateButtons();
}

void QueryPanel::updateButtons()
{
    m_raise->setVisible(DataQueries::mayRaise(m_actor) && m_participantId != 0);
    m_open->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

bool QueryPanel::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_queries.size()))
        return false;
    const DataQuery& q = m_queries[static_cast<std::size_t>(row)];
    auto full = DataQueries(m_db).get(m_actor, q.id);
    if (!full.ok()) {
        m_error->showMessage(full.message());
        return false;
    }
    QueryDialog dialog(m_db, m_actor, *full, instrumentName(q.target.instrumentId), this);
    bool changed = false;
    connect(&dialog, &QueryDialog::stepTaken, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed) {
        reload();
        emit queriesChanged();
    }
    return true;
}

void QueryPanel::raise()
{
    RaiseQueryDialog dialog(m_db, m_actor, m_participantId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit queriesChanged();
    }
}

void QueryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueryPanel::retranslateUi()
{
    m_openOnly->setText(tr("Only &open and answered queries"));
    m_raise->setText(tr("&Raise a query…"));
    m_open->setText(tr("O&pen…"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Status"), tr("Participant"), tr("About"),
                                        tr("Question"), tr("Raised"), tr("Last step")});
    fill();
}

} // namespace td
