#include "quality/DoubleEntryPanel.h"

#include "common/ColumnFit.h"
#include "common/ErrorLabel.h"
#include "common/ReadOnlyTable.h"
#include "instruments/InstrumentCatalog.h"
#include "quality/SecondEntryDialog.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
QLabel* heading(QWidget* parent)
{
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// Columns `firstNumber` to `lastNumber` hold numbers (right-aligned).
void setRow(QTableWidget* table, int row, const QStringList& cells, int firstNumber,
            int lastNumber = 1000)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c >= firstNumber && c <= lastNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}
} // namespace

DoubleEntryPanel::DoubleEntryPanel(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_differencesTitle(heading(this)),
      m_differences(readOnlyTable(this, QStringLiteral("entryDifferences"))),
      m_noteLabel(new QLabel(this)), m_note(new QLineEdit(this)),
      m_takeFirst(new QPushButton(this)), m_takeSecond(new QPushButton(this)),
      m_takeOther(new QPushButton(this)), m_waitingTitle(heading(this)),
      m_waiting(readOnlyTable(this, QStringLiteral("awaitingSecondEntry"))),
      m_keySecond(new QPushButton(this)), m_agreementTitle(heading(this)),
      m_agreement(readOnlyTable(this, QStringLiteral("entryAgreement"))),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("doubleEntry"));
    m_note->setObjectName(QStringLiteral("adjudicationNote"));
    m_takeFirst->setObjectName(QStringLiteral("takeFirstEntry"));
    m_takeSecond->setObjectName(QStringLiteral("takeSecondEntry"));
    m_takeOther->setObjectName(QStringLiteral("takeOtherValue"));
    m_keySecond->setObjectName(QStringLiteral("keySecondEntry"));
    m_noteLabel->setBuddy(m_note);
    m_differences->setColumnCount(8);
    m_waiting->setColumnCount(4);
    m_agreement->setColumnCount(5);
    if (auto catalog = InstrumentCatalog::load(m_db); catalog.ok())
        for (const QString& id : catalog->ids())
            m_instrumentNames.insert(id, catalog->find(id)->shortName);

    auto* choose = new QHBoxLayout;
    choose->addWidget(m_noteLabel);
    choose->addWidget(m_note, 1);
    choose->addWidget(m_takeFirst);
    choose->addWidget(m_takeSecond);
    choose->addWidget(m_takeOther);
    auto* waiting = new QHBoxLayout;
    waiting->addWidget(m_waitingTitle, 1);
    waiting->addWidget(m_keySecond);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_differencesTitle);
    layout->addWidget(m_differences, 2);
    layout->addLayout(choose);
    layout->addLayout(waiting);
    layout->addWidget(m_waiting, 1);
    layout->addWidget(m_agreementTitle);
    layout->addWidget(m_agreement, 1);
    m_agreement->setMinimumHeight(m_agreement->fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_error);

    connect(m_differences, &QTableWidget::itemSelectionChanged, this,
            &DoubleEntryPanel::updateButtons);
    connect(m_waiting, &QTableWidget::itemSelectionChanged, this, &DoubleEntryPanel::updateButtons);
    connect(m_takeFirst, &QPushButton::clicked, this, [this] {
        if (const Discrepancy* d = selectedDifference())
            adjudicate(d->firstValue);
    });
    connect(m_takeSecond, &QPushButton::clicked, this, [this] {
        if (const Discrepancy* d = selectedDifference())
            adjudicate(d->secondValue);
    });
    connect(m_takeOther, &QPushButton::clicked, this, &DoubleEntryPanel::askOtherValue);
    connect(m_keySecond, &QPushButton::clicked, this, &DoubleEntryPanel::keySecondEntry);
    connect(m_waiting, &QTableWidget::cellDoubleClicked, this, [this] { keySecondEntry(); });
    connect(m_differences, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_discrepancies.size()))
            emit participantOpened(m_discrepancies[static_cast<std::size_t>(row)].participantId);
    });
    retranslateUi();
}

QString DoubleEntryPanel::reload()
{
    DoubleEntries doubles(m_db);
    auto differences = doubles.discrepancies(m_actor);
    auto awaiting = doubles.awaiting(m_actor);
    auto report = doubles.agreement(m_actor);
    QString message;
    for (const QString& m : {differences.message(), awaiting.message(), report.message()})
        if (message.isEmpty())
            message = m;
    m_discrepancies = differences.ok() ? *differences : std::vector<Discrepancy>();
    m_awaiting = awaiting.ok() ? *awaiting : std::vector<AwaitingSecondEntry>();
    m_report = report.ok() ? *report : AgreementReport();
    m_error->showMessage(message);
    fill();
    return message;
}

const Discrepancy* DoubleEntryPanel::selectedDifference() const
{
    const int row = m_differences->currentRow();
    if (row < 0 || row >= static_cast<int>(m_discrepancies.size()) ||
        m_differences->selectedItems().isEmpty())
        return nullptr;
    return &m_discrepancies[static_cast<std::size_t>(row)];
}

QString DoubleEntryPanel::adjudicate(const QString& value)
{
    const Discrepancy* d = selectedDifference();
    if (!d)
        return tr("Choose a difference first.");
    const int row = m_differences->currentRow();
    auto done =
        DoubleEntries(m_db).resolve(m_actor, d->assessmentId, d->item, value, m_note->text());
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return done.message();
    }
    m_note->clear();
    reload();
    // The next difference, where the last one was.
    if (m_differences->rowCount() > 0)
        m_differences->selectRow(std::min(row, m_differences->rowCount() - 1));
    emit changed();
    return {};
}

bool DoubleEntryPanel::showAssessment(qint64 assessmentId)
{
    for (std::size_t r = 0; r < m_discrepancies.size(); ++r)
        if (m_discrepancies[r].assessmentId == assessmentId) {
            m_differences->selectRow(static_cast<int>(r));
            m_differences->setFocus();
            return true;
        }
    for (std::size_t r = 0; r < m_awaiting.size(); ++r)
        if (m_awaiting[r].assessmentId == assessmentId) {
            m_waiting->selectRow(static_cast<int>(r));
            m_waiting->setFocus();
            return true;
        }
    return false;
}

void DoubleEntryPanel::askOtherValue()
{
    const Discrepancy* d = selectedDifference();
    if (!d)
        return;
    bool ok = false;
    const QString value = QInputDialog::getText(
        this, tr("Adjudicated value"),
        tr("%1, %2, %3 item %4: the value on the source document (first entry \"%5\", second "
           "entry \"%6\"):")
            .arg(d->studyId, d->visitCode, m_instrumentNames.value(d->instrumentId))
            .arg(d->item)
            .arg(d->firstValue, d->secondValue),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        adjudicate(value);
}

void DoubleEntryPanel::keySecondEntry()
{
    const int row = m_waiting->currentRow();
    if (row < 0 || row >= static_cast<int>(m_awaiting.size()))
        return;
    const AwaitingSecondEntry& a = m_awaiting[static_cast<std::size_t>(row)];
    SecondEntryDialog dialog(m_db, m_actor, a.assessmentId, a.instrumentId,
                             QStringLiteral("%1, %2").arg(a.studyId, a.visitCode), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void DoubleEntryPanel::fill()
{
    const QLocale locale;
    m_differences->setRowCount(static_cast<int>(m_discrepancies.size()));
    for (int r = 0; r < static_cast<int>(m_discrepancies.size()); ++r) {
        const Discrepancy& d = m_discrepancies[static_cast<std::size_t>(r)];
        setRow(m_differences, r,
               {d.studyId, d.visitCode, m_instrumentNames.value(d.instrumentId, d.instrumentId),
                locale.toString(d.item), d.firstValue, d.secondValue, d.firstBy, d.secondBy},
               3, 5);
    }
    m_waiting->setRowCount(static_cast<int>(m_awaiting.size()));
    for (int r = 0; r < static_cast<int>(m_awaiting.size()); ++r) {
        const AwaitingSecondEntry& a = m_awaiting[static_cast<std::size_t>(r)];
        setRow(m_waiting, r,
               {a.studyId, a.visitCode, m_instrumentNames.value(a.instrumentId, a.instrumentId),
                a.firstBy},
               4);
    }
    std::vector<std::pair<QString, const EntryAgreement*>> rows;
    for (const EntryAgreement& e : m_report.byInstrument)
        rows.push_back({m_instrumentNames.value(e.key, e.key), &e});
    for (const EntryAgreement& e : m_report.byPerson)
        rows.push_back({e.key, &e});
    m_agreement->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const EntryAgreement& e = *rows[static_cast<std::size_t>(r)].second;
        setRow(m_agreement, r,
               {rows[static_cast<std::size_t>(r)].first, locale.toString(e.forms),
                locale.toString(e.fields), locale.toString(e.discrepant),
                locale.toString(e.per10000(), 'f', 1)},
               1);
    }
    fitColumns(m_differences);
    fitColumns(m_waiting);
    fitColumns(m_agreement);
    retranslateUi();
}

void DoubleEntryPanel::updateButtons()
{
    const Discrepancy* d = selectedDifference();
    const bool may = m_actor.can(Permission::AdjudicateEntries);
    for (QPushButton* b : {m_takeFirst, m_takeSecond, m_takeOther})
        b->setEnabled(d && may);
    const int row = m_waiting->currentRow();
    m_keySecond->setEnabled(m_actor.can(Permission::EnterAssessments) && row >= 0 &&
                            row < static_cast<int>(m_awaiting.size()) &&
                            !m_waiting->selectedItems().isEmpty());
}

void DoubleEntryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        fill();
    QWidget::changeEvent(event);
}

void DoubleEntryPanel::retranslateUi()
{
    const QLocale locale;
    m_differencesTitle->setText(
        tr("Differences awaiting adjudication: %1")
            .arg(locale.toString(static_cast<qlonglong>(m_discrepancies.size()))));
    m_differences->setHorizontalHeaderLabels({tr("Participant"), tr("Visit"), tr("Form"),
                                              tr("Item"), tr("First entry"), tr("Second entry"),
                                              tr("First keyed by"), tr("Second keyed by")});
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("optional, e.g. what the paper form shows"));
    m_takeFirst->setText(tr("Take &first entry"));
    m_takeSecond->setText(tr("Take s&econd entry"));
    m_takeOther->setText(tr("&Other value..."));
    m_waitingTitle->setText(tr("Forms keyed once, awaiting the second entry: %1")
                                .arg(locale.toString(static_cast<qlonglong>(m_awaiting.size()))));
    m_keySecond->setText(tr("&Key second entry..."));
    m_waiting->setHorizontalHeaderLabels(
        {tr("Participant"), tr("Visit"), tr("Form"), tr("First keyed by")});
    m_agreementTitle->setText(tr("Agreement of the two entries"));
    m_agreement->setHorizontalHeaderLabels({tr("Instrument or person"), tr("Forms"),
                                            tr("Fields keyed"), tr("Discrepant"),
                                            tr("Per 10,000 fields")});
    updateButtons();
}

} // namespace td
