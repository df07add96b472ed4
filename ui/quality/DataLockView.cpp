#include "quality/DataLockView.h"

#include "common/ErrorLabel.h"
#include "common/SignatureField.h"
#include "participants/ParticipantRepository.h"
#include "trial/ProtocolRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

DataLockView::DataLockView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_intro(new QLabel(this)),
      m_state(new QLabel(this)), m_table(new QTableWidget(this)), m_scopeLabel(new QLabel(this)),
      m_scope(new QComboBox(this)), m_studyIdLabel(new QLabel(this)),
      m_studyId(new QLineEdit(this)), m_visitLabel(new QLabel(this)), m_visit(new QComboBox(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_signature(
          new SignatureField(actor, QStringLiteral("data_lock"), SignatureMeaning::Approval, this)),
      m_openQueries(new QLabel(this)), m_withOpenQueries(new QCheckBox(this)),
      m_error(new ErrorLabel(this)), m_lock(new QPushButton(this)), m_unlock(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("lockState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < 3; ++i)
        m_scope->addItem(QString(), i);
    m_scopeLabel->setBuddy(m_scope);
    m_studyIdLabel->setBuddy(m_studyId);
    m_visitLabel->setBuddy(m_visit);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_openQueries->setObjectName(QStringLiteral("openQueries"));
    m_openQueries->setWordWrap(true);
    m_openQueries->setStyleSheet(QStringLiteral("color: #663c00;"));
    m_withOpenQueries->setObjectName(QStringLiteral("lockWithOpenQueries"));
    connect(m_studyId, &QLineEdit::editingFinished, this, [this] { showOpenQueries(); });
    connect(m_visit, &QComboBox::currentIndexChanged, this, [this] { showOpenQueries(); });

    auto* form = new QFormLayout;
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_studyIdLabel, m_studyId);
    form->addRow(m_visitLabel, m_visit);
    form->addRow(m_reasonLabel, m_reason);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_lock);
    buttons->addWidget(m_unlock);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_openQueries);
    layout->addWidget(m_withOpenQueries);
    layout->addWidget(m_signature);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    if (auto protocol = ProtocolRepository(m_db).load(m_actor); protocol.ok())
        for (const TimePoint& t : protocol->schedule)
            m_visit->addItem(t.label.text(), t.id);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { updateForm(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { updateForm(); });
    connect(m_lock, &QPushButton::clicked, this, [this] { lock(); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { unlockSelected(); });
    retranslateUi();
    reload();
}

QString DataLockView::describe(const DataLockRecord& d) const
{
    switch (d.target.scope) {
    case LockScope::Trial:
        return tr("The whole trial");
    case LockScope::Participant:
        return tr("Participant %1").arg(d.studyId);
    case LockScope::Visit:
        return tr("Visit %1 of %2").arg(d.visitCode, d.studyId);
    }
    return {};
}

QString DataLockView::reload()
{
    // The lock chosen to be lifted stays chosen (with the reason typed for it) when the list
    // is read again.
    const QModelIndexList chosen = m_table->selectionModel()->selectedRows();
    const qint64 chosenId =
        !chosen.isEmpty() && chosen.first().row() < static_cast<int>(m_locks.size())
            ? m_locks[static_cast<std::size_t>(chosen.first().row())].id
            : 0;
    auto locks = DataLocks(m_db).list(m_actor);
    m_locks = locks.ok() ? std::move(locks).value() : std::vector<DataLockRecord>();
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_locks.size()));
    bool trialLocked = false;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const DataLockRecord& d = m_locks[static_cast<std::size_t>(r)];
        trialLocked = trialLocked || (d.inForce() && d.target.scope == LockScope::Trial);
        QString state =
            d.inForce()
                ? tr("In force")
                : tr("Lifted by %1 on %2: %3")
                      .arg(d.unlockedBy,
                           locale.toString(d.unlockedAt.toLocalTime(), QLocale::ShortFormat),
                           d.unlockReason);
        const QString signature =
            d.signature ? ElectronicSignatures::describe(*d.signature) : QString();
        const QString texts[] = {
            locale.toString(d.id), describe(d),
            tr("%1, %2 (audit row %3)")
                .arg(d.lockedBy, locale.toString(d.lockedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(locale.toString(d.headId)),
            d.reason, state};
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (!signature.isEmpty())
                item->setToolTip(signature);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int r = 0; chosenId != 0 && r < m_table->rowCount(); ++r)
        if (m_locks[static_cast<std::size_t>(r)].id == chosenId)
            m_table->selectRow(r);
    m_state->setText(trialLocked ? tr("The trial's data are locked: no change is accepted.")
                                 : tr("The trial's data are not locked."));
    updateForm();
    return locks.ok() ? QString() : locks.message();
}

void DataLockView::updateForm()
{
    const int scope = m_scope->currentData().toInt();
    m_studyIdLabel->setVisible(scope != 0);
    m_studyId->setVisible(scope != 0);
    m_visitLabel->setVisible(scope == 2);
    m_visit->setVisible(scope == 2);
    // A lock in force selected: the form lifts it; otherwise it makes a lock.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const bool unlocking = row >= 0 && row < static_cast<int>(m_locks.size()) &&
                           m_locks[static_cast<std::size_t>(row)].inForce();
    m_unlock->setEnabled(unlocking);
    m_lock->setEnabled(!unlocking);
    m_signature->setMeaning(unlocking ? SignatureMeaning::Responsibility
                                      : SignatureMeaning::Approval);
    showOpenQueries();
}

bool DataLockView::formTarget(LockTarget& target, QString* refusal) const
{
    target = {};
    target.scope = static_cast<LockScope>(m_scope->currentData().toInt());
    if (target.scope == LockScope::Trial)
        return true;
    auto p = ParticipantRepository(m_db).getByStudyId(m_actor, m_studyId->text().trimmed());
    if (!p.ok()) {
        if (refusal)
            *refusal = p.message();
        return false;
    }
    target.participantId = p->id;
    target.timePointId = m_visit->currentData().toLongLong();
    return true;
}

void DataLockView::showOpenQueries()
{
    // Listed before the lock is made: locking with open queries is a decision to confirm.
    LockTarget target;
    std::vector<DataQuery> open;
    if (formTarget(target) && m_lock->isEnabled())
        if (auto found = DataLocks(m_db).openQueries(m_actor, target); found.ok())
            open = std::move(found).value();
    QStringList first;
    for (std::size_t i = 0; i < open.size() && i < 3; ++i)
        first << tr("query %1 (%2, %3 at %4)")
                     .arg(open[i].id)
                     .arg(open[i].studyId, open[i].target.instrumentId, open[i].visitCode);
    const int n = static_cast<int>(open.size());
    m_openQueries->setText(n == 0 ? QString()
                                  : tr("%n data queries are still open on these data; the "
                                       "oldest: %1. Close them first, or lock with them.",
                                       nullptr, n)
                                        .arg(first.join(QStringLiteral("; "))));
    m_openQueries->setVisible(n > 0);
    m_withOpenQueries->setVisible(n > 0);
    if (n == 0)
        m_withOpenQueries->setChecked(false);
}

QString DataLockView::lock()
{
    LockTarget target;
    QString refusal;
    if (!formTarget(target, &refusal)) {
        m_error->showMessage(refusal);
        return refusal;
    }
    auto done = DataLocks(m_db).lock(m_actor, target, m_reason->text(), m_signature->signature(),
                                     m_withOpenQueries->isChecked() ? OpenQueries::LockAnyway
                                                                    : OpenQueries::Refuse);
    showOpenQueries(); // the refusal may have come from queries opened meanwhile
    m_signature->clear();
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return done.message();
    }
    m_error->hide();
    m_reason->clear();
    reload();
    emit locksChanged();
    return {};
}

QString DataLockView::unlockSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 || row >= static_cast<int>(m_locks.size()))
        return {};
    auto done = DataLocks(m_db).unlock(m_actor, m_locks[static_cast<std::size_t>(row)].id,
                                       m_reason->text(), m_signature->signature());
    m_signature->clear();
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return done.message();
    }
    m_error->hide();
    m_reason->clear();
    reload();
    emit locksChanged();
    return {};
}

void DataLockView::retranslateUi()
{
    m_intro->setText(tr("Lock the data for the analysis: the whole trial, one participant or one "
                        "visit. While a lock is in force no change to those data is accepted, "
                        "from the window or the command line. Locking and unlocking need a "
                        "reason and your electronic signature; both are kept, with the point of "
                        "the audit trail the lock was made at, and the exports say whether the "
                        "trial was locked."));
    m_table->setHorizontalHeaderLabels(
        {tr("Lock"), tr("Data"), tr("Locked by, when"), tr("Reason"), tr("State")});
    m_scope->setItemText(0, tr("The whole trial"));
    m_scope->setItemText(1, tr("One participant"));
    m_scope->setItemText(2, tr("One visit of a participant"));
    m_scopeLabel->setText(tr("&Lock:"));
    m_studyIdLabel->setText(tr("&Study ID:"));
    m_visitLabel->setText(tr("&Visit:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Why the data are locked or unlocked (kept in the audit "
                                    "trail)"));
    m_lock->setText(tr("Lock and sign"));
    m_unlock->setText(tr("&Unlock the selected lock and sign"));
    m_withOpenQueries->setText(tr("Lock with the open &queries (they stay open and can still "
                                  "be answered)"));
    showOpenQueries();
    reload();
}

void DataLockView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString DataLockView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Database lock");
}

QString DataLockView::refresh()
{
    return reload();
}

bool DataLockView::shown() const
{
    // The principal investigator's database lock; core refuses everyone else as well.
    return m_actor.can(Permission::LockData);
}

} // namespace td
