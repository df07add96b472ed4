#include "worklist/UnblindingReviewDialog.h"

#include "access/UserRepository.h"
#include "common/ErrorLabel.h"
#include "common/SignatureField.h"
#include "randomization/EmergencyUnblinding.h"
#include "worklist/UnblindingTableModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

UnblindingReviewDialog::UnblindingReviewDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_model(new UnblindingTableModel(this)),
      m_intro(new QLabel(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_signature(new SignatureField(actor, QStringLiteral("emergency_unblinding"),
                                     SignatureMeaning::Review, this)),
      m_error(new ErrorLabel(this)), m_review(new QPushButton(this)),
      m_close(new QPushButton(this)), m_buttons(new QDialogButtonBox(this))
{
    m_intro->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UnblindingTableModel::Reason, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_review->setObjectName(QStringLiteral("markReviewed"));
    m_buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_review, &QPushButton::clicked, this, [this] { markReviewed(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnblindingReviewDialog::updateActions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_signature);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(860, 420);
    retranslateUi();
    const QString message = reload();
    if (!message.isEmpty())
        m_error->showMessage(message);
}

QString UnblindingReviewDialog::reload()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const UnblindingRecord* selected =
        rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
    const qint64 keep = selected ? selected->id : 0;
    auto records = EmergencyUnblinding(m_db).list(m_actor);
    if (!records.ok()) {
        m_model->setRecords({}, {});
        updateActions();
        return records.message();
    }
    QHash<qint64, QString> names;
    if (auto users = UserRepository(m_db).list(m_actor); users.ok())
        for (const User& u : *users)
            names.insert(u.id, u.displayName);
    m_model->setRecords(std::move(records).value(), std::move(names));
    // The first one still to review, else the one that was selected.
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
        if (!m_model->recordAt(r)->reviewedAt.isValid())
            row = r;
    select(row >= 0 ? row : m_model->rowOf(keep));
    retranslateUi();
    return {};
}

bool UnblindingReviewDialog::markReviewed()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const UnblindingRecord* record =
        rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
    if (!record || record->reviewedAt.isValid())
        return false;
    const Status done =
        EmergencyUnblinding(m_db).acknowledge(m_actor, record->id, m_signature->signature());
    m_signature->clear();
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return false;
    }
    m_error->hide();
    const QString message = reload();
    if (!message.isEmpty())
        m_error->showMessage(message);
    return true;
}

void UnblindingReviewDialog::select(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    updateActions();
}

void UnblindingReviewDialog::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const UnblindingRecord* record =
        rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
    const bool open = record && !record->reviewedAt.isValid();
    m_review->setEnabled(open);
    m_review->setToolTip(open ? QString() : tr("Choose an unblinding that is still to review."));
}

void UnblindingReviewDialog::retranslateUi()
{
    setWindowTitle(tr("Emergency unblindings"));
    m_intro->setText(tr("Blinded staff who learned a participant's treatment arm in an "
                        "emergency, newest first. Follow each one up (normally another blinded "
                        "assessor takes over the participant's ratings), then mark it as "
                        "reviewed."));
    const int open = m_model->unreviewedCount();
    m_count->setText(open > 0                  ? tr("%Ln to review", nullptr, open)
                     : m_model->rowCount() > 0 ? tr("All reviewed")
                                               : tr("No emergency unblindings"));
    m_review->setText(tr("&Mark as reviewed"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    m_table->resizeRowsToContents();
    updateActions();
}

void UnblindingReviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
