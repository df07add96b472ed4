#include "entry/AssessmentEntryForm.h"

#include "assessments/ArmGuessRepository.h"
#include "assessments/AssessmentRepository.h"
#include "common/DateFields.h"
#include "common/ErrorLabel.h"
#include "entry/ArmGuessDialog.h"
#include "entry/ReasonDialog.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

namespace {

const QString kHintStyle = QStringLiteral("color: #505050;"); // as HintLabel: 7.5:1 on the window
const QString kRefusalStyle = QStringLiteral("color: #b00020; font-weight: bold;");
// A data query waiting for an answer: dark amber, as the window notes.
const QString kQueryStyle = QStringLiteral("color: #663c00; font-weight: bold;");

} // namespace

QString AssessmentEntryForm::language()
{
    // The instrument labels' language follows the interface (LanguageManager sets the locale).
    return QLocale().language() == QLocale::NorwegianBokmal ? QStringLiteral("nb")
                                                            : QStringLiteral("en");
}

AssessmentEntryForm::AssessmentEntryForm(Database& db, const Actor& actor, qint64 participantId,
                                         qint64 timePointId, const QString& instrumentId,
                                         QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_dateLabel(new QLabel(this)), m_help(new QLabel(this)),
      m_totalCaption(new QLabel(this)), m_total(new QLabel(this)), m_bandCaption(new QLabel(this)),
      m_band(new QLabel(this)), m_flags(new QLabel(this)), m_status(new QLabel(this)),
      m_result(new QLabel(this)), m_windowNote(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_complete(new QPushButton(this)), m_guess(new QPushButton(this)),
      m_void(new QPushButton(this)), m_close(new QPushButton(this))
{
    m_ready = load(participantId, timePointId, instrumentId);
    if (m_ready)
        if (auto open = DataQueries(m_db).list(m_actor, {true, participantId}); open.ok())
            for (const DataQuery& q : *open)
                if (q.target.timePointId == timePointId && q.target.instrumentId == instrumentId)
                    m_openQueries.push_back(q);
    build();
    retranslateUi();
    if (!m_ready)
        return;
    // Start at the first item still to enter.
    int first = 0;
    while (first + 1 < itemCount() && !m_rows[static_cast<std::size_t>(first)].value.isEmpty())
        ++first;
    focusItem(first);
}

AssessmentEntryForm::~AssessmentEntryForm()
{
    // The items lose the focus while the dialog is torn down: not an answer to take.
    for (Row& row : m_rows)
        row.field->removeEventFilter(this);
}

bool AssessmentEntryForm::load(qint64 participantId, qint64 timePointId,
                               const QString& instrumentId)
{
    m_base.participantId = participantId;
    m_base.timePointId = timePointId;
    m_base.instrumentId = instrumentId;
    auto fail = [this](const QString& message) {
        m_error->showMessage(message);
        return false;
    };
    const Status allowed = Access::require(m_actor, Permission::EnterAssessments);
    if (!allowed.ok())
        return fail(allowed.message());
    auto catalog = InstrumentCatalog::load(m_db);
    if (!catalog.ok())
        return fail(catalog.message());
    auto definition = catalog->require(instrumentId);
    if (!definition.ok())
        return fail(definition.message());
    m_definition = **definition;
    for (std::size_t i = 0; i < m_definition.items.size(); ++i)
        m_rows.push_back(
            {ItemInput(m_definition, i), nullptr, nullptr, nullptr, nullptr, nullptr, {}});
    m_storedCount = itemCount();
    auto participant = ParticipantRepository(m_db).get(m_actor, participantId);
    if (!participant.ok())
        return fail(participant.message());
    m_studyId = participant->studyId;
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    if (!protocol.ok())
        return fail(protocol.message());
    m_arms = protocol->arms;
    const TimePoint* visit = protocol->timePoint(timePointId);
    if (!visit)
        return fail(tr("Visit %1 is not in the protocol.").arg(timePointId));
    m_visit = visit->label;

    // Resume this visit's assessment of the instrument: a draft, or a completed one to correct.
    auto existing = AssessmentRepository(m_db).forParticipant(m_actor, participantId);
    if (!existing.ok())
        return fail(existing.message());
    const Assessment* found = nullptr;
    for (const Assessment& a : *existing)
        if (!a.removed && a.timePointId == timePointId && a.instrumentId == instrumentId)
            found = &a;
    if (!found)
        return true;
    m_id = found->id;
    m_base.date = found->date;
    m_base.missingReason = found->missingReason;
    m_base.outOfWindowReason = found->outOfWindowReason;
    m_completed = found->status == AssessmentStatus::Complete;
    m_storedCount = std::min(itemCount(), static_cast<int>(found->items.size()));
    for (int i = 0; i < m_storedCount; ++i) {
        // A draft stores the items not entered yet as NA (the only "no answer" the engine
        // has), so they come back empty; a completed assessment shows its NA answers.
        const QString v = found->items[i];
        m_rows[static_cast<std::size_t>(i)].value =
            !m_completed && v == Assessment::missingItem() ? QString() : v;
    }
    m_guessPending = m_completed && m_actor.can(Permission::RecordArmGuess) &&
                     ArmGuessRepository(m_db).canRecord(m_actor, m_id).ok();
    return true;
}

void AssessmentEntryForm::build()
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(kHintStyle);
    m_flags->setStyleSheet(kRefusalStyle);
    m_flags->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->hide();
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_total->setObjectName(QStringLiteral("total"));
    m_band->setObjectName(QStringLiteral("band"));
    m_flags->setObjectName(QStringLiteral("flags"));
    m_result->setObjectName(QStringLiteral("result"));
    m_windowNote->setObjectName(QStringLiteral("windowNote"));
    m_windowNote->setWordWrap(true);
    m_windowNote->setStyleSheet(QStringLiteral("color: #663c00;"));
    m_error->setObjectName(QStringLiteral("error"));
    m_void->setObjectName(QStringLiteral("void"));
    m_complete->setObjectName(QStringLiteral("complete"));
    m_guess->setObjectName(QStringLiteral("guess"));
    QFont strong = m_total->font();
    strong.setBold(true);
    m_total->setFont(strong);
    m_band->setFont(strong);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_date = todayDateEdit(m_db.clock().today(), this);
    m_date->setMaximumDate(m_db.clock().today());
    m_date->setDate(m_base.date.isValid() ? m_base.date : m_db.clock().today());
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    layout->addLayout(dateRow);
    layout->addWidget(m_help);
    m_formQueries = new QLabel(this);
    m_formQueries->setObjectName(QStringLiteral("formQueries"));
    m_formQueries->setWordWrap(true);
    m_formQueries->setStyleSheet(kQueryStyle);
    m_formQueries->hide();
    layout->addWidget(m_formQueries);

    auto* items = new QWidget;
    auto* grid = new QGridLayout(items);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const int fieldWidth = fontMetrics().horizontalAdvance(QStringLiteral("NAW")) + 16;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const ItemDefinition& item = m_definition.items[i];
        row.number = new QLabel(item.id, items);
        row.number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.label = new QLabel(items);
        row.label->setWordWrap(true);
        row.field = new QLineEdit(row.input.shown(row.value), items);
        row.field->setObjectName(QStringLiteral("item_") + item.id);
        row.field->setFixedWidth(
            item.decimals > 0
                ? fontMetrics().horizontalAdvance(
                      QStringLiteral("-999,99").left(5 + item.decimals) + QStringLiteral("W")) +
                      16
                : fieldWidth);
        row.field->setMaxLength(row.input.maxLength());
        row.field->setAlignment(Qt::AlignCenter);
        row.field->setEnabled(m_ready && static_cast<int>(i) < m_storedCount);
        row.field->installEventFilter(this);
        row.note = new QLabel(items);
        row.note->setObjectName(QStringLiteral("note_") + item.id);
        row.note->setWordWrap(true);
        row.note->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
        clearNote(static_cast<int>(i));
        const int r = static_cast<int>(i);
        grid->addWidget(row.number, r, 0);
        grid->addWidget(row.label, r, 1);
        grid->addWidget(row.field, r, 2);
        grid->addWidget(row.note, r, 3);
        row.query = new QLabel(items);
        row.query->setObjectName(QStringLiteral("query_") + item.id);
        row.query->setStyleSheet(kQueryStyle);
        row.query->hide();
        grid->addWidget(row.query, r, 4);
    }
    grid->setRowStretch(static_cast<int>(m_rows.size()), 1);
    applyBranching();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("items"));
    scroll->setWidget(items);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto* summary = new QGridLayout;
    summary->addWidget(m_totalCaption, 0, 0);
    summary->addWidget(m_total, 0, 1);
    summary->addWidget(m_bandCaption, 1, 0);
    summary->addWidget(m_band, 1, 1);
    summary->setColumnStretch(1, 1);
    layout->addLayout(summary);
    layout->addWidget(m_flags);
    layout->addWidget(m_result);
    layout->addWidget(m_windowNote);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_guess);
    buttons->addWidget(m_void);
    buttons->addStretch();
    buttons->addWidget(m_complete);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    // Return on an item is the form's own (next item); only the focused button takes it.
    m_close->setAutoDefault(false);
    m_guess->setAutoDefault(false);
    m_void->setAutoDefault(false);
    connect(m_complete, &QPushButton::clicked, this, &AssessmentEntryForm::complete);
    connect(m_guess, &QPushButton::clicked, this, &AssessmentEntryForm::askGuess);
    connect(m_void, &QPushButton::clicked, this, &AssessmentEntryForm::voidAssessment);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &AssessmentEntryForm::complete);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        clearStaleError();
        if (m_completed) {
            m_edited = true;
            updateButtons();
        } else if (m_id || m_windowDeclined) {
            // Not while a date is typed: a date outside the window is asked about at the next
            // answer or at Complete.
            saveDraft(false);
        }
    });
    resize(760, 640);
}

QLabel* AssessmentEntryForm::queryMarker(int index) const
{
    if (index < 0 || index >= itemCount())
        return nullptr;
    return m_rows[static_cast<std::size_t>(index)].query;
}

void AssessmentEntryForm::showQueries()
{
    // A query's own wording, else what the rule that raised it found.
    auto question = [](const DataQuery& q) {
        return q.text.isEmpty() ? DataQueries::originName(q.origin) : q.text;
    };
    QStringList whole;
    for (Row& row : m_rows)
        row.query->hide();
    for (const DataQuery& q : m_openQueries) {
        const QString line =
            tr("Query %1 (%2): %3").arg(q.id).arg(DataQueries::statusName(q.status), question(q));
        if (q.target.item <= 0 || q.target.item > itemCount()) {
            whole << line;
            continue;
        }
        QLabel* marker = m_rows[static_cast<std::size_t>(q.target.item - 1)].query;
        const QString before =
            marker->isHidden() ? QString() : marker->toolTip() + QLatin1Char('\n');
        marker->setText(tr("? Query %1").arg(q.id));
        marker->setToolTip(before + line);
        marker->show();
    }
    m_formQueries->setText(whole.join(QLatin1Char('\n')));
    m_formQueries->setVisible(!whole.isEmpty());
}

QLineEdit* AssessmentEntryForm::itemField(int index) const
{
    if (index < 0 || index >= itemCount())
        return nullptr;
    return m_rows[static_cast<std::size_t>(index)].field;
}

void AssessmentEntryForm::retranslateUi()
{
    const QString lang = language();
    const QString name = m_definition.name.in(lang);
    setWindowTitle(m_studyId.isEmpty() ? tr("Assessment entry")
                                       : tr("%1 for %2").arg(m_definition.shortName, m_studyId));
    m_title->setText(m_definition.shortName.isEmpty()
                         ? tr("Assessment entry")
                         : QStringLiteral("%1 — %2").arg(m_definition.shortName, name));
    m_subtitle->setText(m_studyId.isEmpty() ? QString()
                                            : tr("Participant %1 · %2").arg(m_studyId, m_visit));
    m_dateLabel->setText(tr("&Date of the assessment:"));
    m_dateLabel->setBuddy(m_date);
    retranslateDateEdit(m_date);
    m_help->setText(tr("Type each answer from the paper form: an allowed answer moves on to the "
                       "next item. NA (or .) marks a missing answer. Backspace on an empty item "
                       "or Up goes back. Every answer is saved as a draft at once. Ctrl+Enter "
                       "completes."));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].label->setText(m_definition.items[i].label.in(lang));
        clearNote(static_cast<int>(i)); // a refusal's words were in the old language
    }
    m_totalCaption->setText(m_definition.total == TotalMethod::None ? tr("Subscales:")
                                                                    : tr("Total:"));
    m_bandCaption->setText(tr("Severity:"));
    m_guess->setText(tr("Record guess of the arm…"));
    m_void->setText(tr("&Void…"));
    m_void->setToolTip(tr("Void this assessment with a reason: it is kept in the audit trail "
                          "and left out of scores and exports."));
    m_close->setText(tr("Close"));
    showQueries();
    if (m_ready) {
        showScore();
        if (!m_result->isHidden())
            showResult(m_raised);
    }
    updateButtons();
}

void AssessmentEntryForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// ---- Keyboard flow ---------------------------------------------------------------------------

bool AssessmentEntryForm::eventFilter(QObject* watched, QEvent* event)
{
    int index = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].field == watched)
            index = static_cast<int>(i);
    if (index < 0)
        return QDialog::eventFilter(watched, event);
    QLineEdit* field = m_rows[static_cast<std::size_t>(index)].field;
    if (event->type() == QEvent::FocusIn) {
        // Typing replaces the answer, however the item was reached.
        QTimer::singleShot(0, field, &QLineEdit::selectAll);
        return false;
    }
    if (event->type() == QEvent::FocusOut) {
        leaveItem(index);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false; // shortcuts: Ctrl+Enter completes
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Backtab:
        focusItem(index - 1, -1);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        finishItem(index);
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (field->text().isEmpty()) {
            if (key->key() == Qt::Key_Backspace)
                focusItem(index - 1, -1);
            return true;
        }
        field->clear();
        if (!m_rows[static_cast<std::size_t>(index)].value.isEmpty())
            takeAnswer(index, QString());
        else
            clearNote(index);
        return true;
    default:
        break;
    }
    const QString typed = key->text();
    if (typed.isEmpty() || !typed.front().isPrint())
        return false; // Home, End, Left, Right...
    return typeInto(index, typed);
}

bool AssessmentEntryForm::typeInto(int index, const QString& typed)
{
    Row& row = m_rows[static_cast<std::size_t>(index)];
    QString text = row.field->text();
    if (row.field->hasSelectedText())
        text.replace(row.field->selectionStart(), row.field->selectedText().size(), typed);
    else
        text.insert(row.field->cursorPosition(), typed);
    text = ItemInput::normalize(text);
    switch (row.input.classify(text)) {
    case ItemInput::Kind::Complete:
        row.field->setText(text);
        takeAnswer(index, text);
        focusItem(index + 1);
        break;
    case ItemInput::Kind::Partial:
        row.field->setText(text);
        clearNote(index);
        break;
    case ItemInput::Kind::Refused:
        // Not taken: the item keeps what it had, and says why.
        refuse(index, row.input.refusal(text));
        break;
    }
    return true;
}

void AssessmentEntryForm::finishItem(int index)
{
    Row& row = m_rows[static_cast<std::size_t>(index)];
    const QString text = row.field->text();
    if (!text.isEmpty() && !row.input.isAllowed(text)) {
        refuse(index, row.input.refusal(text));
        return;
    }
    if (row.input.stored(text) != row.value)
        takeAnswer(index, text);
    focusItem(index + 1);
}

void AssessmentEntryForm::leaveItem(int index)
{
    // Focus left by mouse or a dialog: take an allowed answer, put back a half-typed one.
    Row& row = m_rows[static_cast<std::size_t>(index)];
    const QString text = row.field->text();
    if (row.input.stored(text) == row.value) {
        clearNote(index); // a refused keystroke is history once the item is left
        return;
    }
    if (text.isEmpty() || row.input.isAllowed(text)) {
        takeAnswer(index, text);
        return;
    }
    row.field->setText(row.input.shown(row.value));
    refuse(index, row.input.refusal(text));
}

void AssessmentEntryForm::focusItem(int index, int step)
{
    while (index >= 0 && index < m_storedCount && !asked(index))
        index += step;
    if (index < 0)
        index = 0;
    if (index >= m_storedCount) {
        m_complete->setFocus();
        return;
    }
    QLineEdit* field = itemField(std::max(0, index));
    if (!field)
        return;
    field->setFocus();
    field->selectAll();
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("items")))
        scroll->ensureWidgetVisible(field);
}

void AssessmentEntryForm::takeAnswer(int index, const QString& value)
{
    Row& row = m_rows[static_cast<std::size_t>(index)];
    row.value = row.input.stored(value); // "2,5" typed in Bokmål is stored as 2.5
    clearNote(index);
    applyBranching();
    clearStaleError();
    showScore();
    if (m_completed) {
        m_edited = true;
        updateButtons();
    } else {
        saveDraft(!m_windowDeclined);
    }
}

void AssessmentEntryForm::refuse(int index, const QString& message)
{
    QLabel* note = m_rows[static_cast<std::size_t>(index)].note;
    note->setText(message);
    note->setStyleSheet(kRefusalStyle);
}

bool AssessmentEntryForm::asked(int index) const
{
    return index < 0 || static_cast<std::size_t>(index) >= m_asked.size() ||
           m_asked[static_cast<std::size_t>(index)];
}

void AssessmentEntryForm::applyBranching()
{
    std::vector<ItemValue> values(m_definition.items.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].value.isEmpty())
            (void)ScoringEngine::parseItem(m_definition, static_cast<int>(i), m_rows[i].value,
                                           values[i]);
    const std::vector<bool> was = m_asked;
    m_asked = ScoringEngine::asked(m_definition, values);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (!m_rows[i].field || (i < was.size() && was[i] == m_asked[i]))
            continue;
        const int index = static_cast<int>(i);
        m_rows[i].field->setEnabled(m_ready && !m_voided && m_asked[i] && index < m_storedCount);
        clearNote(index);
    }
}

void AssessmentEntryForm::clearNote(int index)
{
    Row& row = m_rows[static_cast<std::size_t>(index)];
    if (!asked(index)) {
        row.note->setText(tr("Not asked: shown only if %1")
                              .arg(m_definition.items[static_cast<std::size_t>(index)].showIf));
        row.note->setStyleSheet(kHintStyle);
        return;
    }
    const QString remark = row.input.remark(row.value);
    row.note->setText(remark.isEmpty() ? row.input.hint() : remark);
    row.note->setStyleSheet(kHintStyle);
}

} // namespace td
