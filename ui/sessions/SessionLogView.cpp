#include "sessions/SessionLogView.h"

#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "common/ColumnFit.h"
#include "common/DateFields.h"
#include "common/ErrorLabel.h"
#include "entry/ReasonDialog.h"
#include "participants/ParticipantRepository.h"
#include "sessions/SessionModels.h"
#include "sessions/SessionRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace td {

namespace {

// At most this wide, the patients' list shows all its columns (the sessions take the rest).
constexpr int patientTableWidth = 460;

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

SessionLogView::SessionLogView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_patients(new PatientDoseModel(this)),
      m_patientFilter(new PatientDoseFilter(this)), m_sessions(new SessionListModel(this)),
      m_sessionFilter(new VoidedSessionFilter(this)), m_patientsTitle(new QLabel(this)),
      m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_patientTable(makeTable(m_patientFilter, this)), m_addBox(new QGroupBox(this)),
      m_dateLabel(new QLabel(this)), m_date(todayDateEdit(db.clock().today(), this)),
      m_attendanceLabel(new QLabel(this)), m_attendance(new QComboBox(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_durationLabel(new QLabel(this)),
      m_duration(new QSpinBox(this)), m_add(new QPushButton(this)), m_error(new ErrorLabel(this)),
      m_sessionsTitle(new QLabel(this)), m_sessionTable(makeTable(m_sessionFilter, this)),
      m_showVoided(new QCheckBox(this)), m_void(new QPushButton(this)),
      m_listError(new ErrorLabel(this))
{
    m_patientFilter->setSourceModel(m_patients);
    m_sessionFilter->setSourceModel(m_sessions);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_count->setObjectName(QStringLiteral("patientCount"));
    m_showVoided->setChecked(true);
    m_showVoided->setObjectName(QStringLiteral("showVoided"));
    m_void->setObjectName(QStringLiteral("voidSession"));
    m_listError->setObjectName(QStringLiteral("listError"));
    // Only those who may remove clinical records see the button (the core decides anyway).
    m_void->setVisible(m_actor.can(Permission::RemoveClinicalRecords));
    m_void->setEnabled(false);
    for (Attendance a : allAttendances)
        m_attendance->addItem(QString(), static_cast<int>(a));
    for (SessionKind k : {SessionKind::Regular, SessionKind::Booster})
        m_kind->addItem(QString(), static_cast<int>(k));
    m_duration->setRange(1, 240);
    m_duration->setValue(45);
    m_add->setDefault(true);
    m_dateLabel->setBuddy(m_date);
    m_attendanceLabel->setBuddy(m_attendance);
    m_kindLabel->setBuddy(m_kind);
    m_durationLabel->setBuddy(m_duration);
    for (QLabel* title : {m_patientsTitle, m_sessionsTitle})
        title->setStyleSheet(QStringLiteral("font-weight: bold"));

    auto* form = new QGridLayout(m_addBox);
    form->addWidget(m_dateLabel, 0, 0);
    form->addWidget(m_date, 1, 0);
    form->addWidget(m_attendanceLabel, 0, 1);
    form->addWidget(m_attendance, 1, 1);
    form->addWidget(m_kindLabel, 0, 2);
    form->addWidget(m_kind, 1, 2);
    form->addWidget(m_durationLabel, 0, 3);
    form->addWidget(m_duration, 1, 3);
    // The button under the fields, so that the form leaves the patients' list its width at
    // 1100 pixels.
    form->addWidget(m_add, 2, 3, Qt::AlignRight);
    form->addWidget(m_error, 3, 0, 1, 4);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_patientsTitle);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_patientTable);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_addBox);
    rightLayout->addWidget(m_sessionsTitle);
    rightLayout->addWidget(m_sessionTable, 1);
    auto* listActions = new QHBoxLayout;
    listActions->addWidget(m_showVoided);
    listActions->addStretch();
    listActions->addWidget(m_void);
    rightLayout->addLayout(listActions);
    rightLayout->addWidget(m_listError);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    // The patients' columns stay whole (the splitter gives them their width first).
    refitOnLanguageChange(m_patientTable, patientTableWidth);
    refitOnLanguageChange(m_sessionTable);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_patientTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionLogView::patientChanged);
    connect(m_search, &QLineEdit::textChanged, this, &SessionLogView::searchChanged);
    connect(m_attendance, &QComboBox::currentIndexChanged, this,
            &SessionLogView::attendanceChanged);
    connect(m_add, &QPushButton::clicked, this, [this] { addSession(); });
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionLogView::sessionChanged);
    connect(m_sessionFilter, &QAbstractItemModel::modelReset, this,
            &SessionLogView::sessionChanged);
    connect(m_showVoided, &QCheckBox::toggled, this, [this](bool show) {
        m_sessionFilter->setShowVoided(show);
        sessionChanged();
    });
    connect(m_void, &QPushButton::clicked, this, &SessionLogView::voidSelected);
    // Enter in the date or the duration adds the session. A drop-down list never saves: Enter
    // picks the entry of an open list, and moves on to the next field from a closed one (see
    // eventFilter; the calendar keeps its own Enter).
    for (QComboBox* box : {m_attendance, m_kind}) {
        // Known by address: the filter must not ask a box for its list while the box is being
        // built or torn down.
        m_lists << box->view();
        m_popups << box->view()->parentWidget();
        box->installEventFilter(this);
        box->view()->installEventFilter(this);
        box->view()->parentWidget()->installEventFilter(this); // the list's popup
    }
    for (QWidget* field : std::initializer_list<QWidget*>{m_date, m_duration}) {
        for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
            auto* shortcut = new QShortcut(QKeySequence(key), field);
            shortcut->setContext(Qt::WidgetShortcut);
            connect(shortcut, &QShortcut::activated, this, [this] { addSession(); });
        }
    }
    retranslateUi();
}

QString SessionLogView::reload()
{
    auto protocol = ProtocolRepository(m_db).load(m_actor);
    if (!protocol.ok())
        return protocol.message();
    m_protocol = *protocol;
    auto rows = SessionRepository(m_db).doses(m_actor);
    if (!rows.ok())
        return rows.message();
    loadUserNames();
    const qint64 selected = selectedPatient();
    m_patients->setRows(std::move(rows).value(), m_protocol);
    fitColumns(m_patientTable, patientTableWidth);
    if (selected != 0)
        selectPatient(selected);
    else if (m_patientFilter->rowCount() > 0)
        m_patientTable->selectRow(0);
    updateCount();
    patientChanged();
    return {};
}

void SessionLogView::selectPatient(qint64 participantId)
{
    const QModelIndex source = m_patients->index(m_patients->rowOf(participantId), 0);
    if (!source.isValid())
        return;
    // A patient asked for by id is shown even when the search hides them.
    if (!m_patientFilter->mapFromSource(source).isValid())
        m_search->clear();
    const QModelIndex shown = m_patientFilter->mapFromSource(source);
    m_patientTable->selectRow(shown.row());
    m_patientTable->scrollTo(shown);
}

qint64 SessionLogView::selectedPatient() const
{
    const QModelIndexList rows = m_patientTable->selectionModel()->selectedRows();
    const PatientDose* row =
        rows.isEmpty() ? nullptr
                       : m_patients->rowAt(m_patientFilter->mapToSource(rows.first()).row());
    return row ? row->participant.id : 0;
}

int SessionLogView::shownPatients() const
{
    return m_patientFilter->rowCount();
}

void SessionLogView::searchChanged()
{
    // The selection changes while the filter removes rows; the sessions follow once it is done.
    const qint64 before = selectedPatient();
    m_filtering = true;
    m_patientFilter->setSearch(m_search->text());
    m_filtering = false;
    // The selected patient stays when still shown; else the first one shown is selected.
    if (m_patientTable->selectionModel()->selectedRows().isEmpty() &&
        m_patientFilter->rowCount() > 0)
        m_patientTable->selectRow(0);
    if (selectedPatient() != before || before == 0)
        patientChanged();
    updateCount();
}

void SessionLogView::updateCount()
{
    const int all = m_patients->rowCount();
    const int shown = m_patientFilter->rowCount();
    const QLocale locale;
    m_count->setText(shown == all
                         ? tr("Participants: %1").arg(locale.toString(all))
                         : tr("Shown: %1 of %2").arg(locale.toString(shown), locale.toString(all)));
}

void SessionLogView::patientChanged()
{
    if (m_filtering)
        return;
    const qint64 id = selectedPatient();
    m_addBox->setEnabled(id != 0 && m_actor.can(Permission::RecordSessions));
    m_listError->hide();
    loadSessions(id);
    retranslateUi();
}

void SessionLogView::loadSessions(qint64 participantId)
{
    if (participantId == 0) {
        m_sessions->setSessions({});
        return;
    }
    auto held = SessionRepository(m_db).forParticipant(m_actor, participantId);
    m_sessions->setSessions(held.ok() ? std::move(held).value() : std::vector<TherapySession>{});
    m_error->showMessage(held.ok() ? QString() : held.message());
    m_sessionTable->resizeColumnsToContents();
}

void SessionLogView::loadUserNames()
{
    // Every signed-in user may list the names (the core hides inactive accounts from all but
    // administrators; those show by number).
    auto users = UserRepository(m_db).list(m_actor);
    std::map<qint64, QString> names;
    if (users.ok())
        for (const User& u : *users)
            names[u.id] = u.displayName.isEmpty() ? u.username : u.displayName;
    m_sessions->setUserNames(std::move(names));
}

qint64 SessionLogView::selectedSession() const
{
    const QModelIndexList rows = m_sessionTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const TherapySession* s =
        m_sessions->sessionAt(m_sessionFilter->mapToSource(rows.first()).row());
    return s ? s->id : 0;
}

void SessionLogView::selectSession(qint64 sessionId)
{
    const int row = m_sessions->rowOf(sessionId);
    const QModelIndex index = m_sessionFilter->mapFromSource(m_sessions->index(row, 0));
    if (index.isValid())
        m_sessionTable->selectRow(index.row());
    else
        m_sessionTable->clearSelection();
}

void SessionLogView::sessionChanged()
{
    const TherapySession* s = m_sessions->sessionAt(m_sessions->rowOf(selectedSession()));
    m_void->setEnabled(s && !s->removed);
}

QString SessionLogView::listError() const
{
    return m_listError->isHidden() ? QString() : m_listError->text();
}

void SessionLogView::voidSelected()
{
    const TherapySession* s = m_sessions->sessionAt(m_sessions->rowOf(selectedSession()));
    if (!s || s->removed)
        return;
    const PatientDose* patient = m_patients->rowAt(m_patients->rowOf(s->participantId));
    const QLocale locale;
    const QString what =
        tr("Session %1 of %2 on %3: %4")
            .arg(locale.toString(s->number),
                 patient ? patient->participant.studyId : QString::number(s->participantId),
                 locale.toString(s->date, QLocale::ShortFormat),
                 attendanceDisplayName(s->attendance));
    const qint64 id = s->id;
    ReasonDialog dialog(ReasonDialog::Purpose::VoidSession, what, this);
    if (dialog.exec() == QDialog::Accepted)
        voidSession(id, dialog.reason());
}

QString SessionLogView::voidSession(qint64 sessionId, const QString& reason)
{
    const Status removed = SessionRepository(m_db).remove(m_actor, sessionId, reason);
    if (!removed.ok()) {
        m_listError->showMessage(removed.message());
        return removed.message();
    }
    m_listError->hide();
    // The dose counts change with it.
    const qint64 patient = selectedPatient();
    reload();
    selectPatient(patient);
    selectSession(sessionId);
    emit sessionsChanged(patient);
    return {};
}

void SessionLogView::attendanceChanged()
{
    // A duration belongs to a session that took place.
    m_duration->setEnabled(static_cast<Attendance>(m_attendance->currentData().toInt()) ==
                           Attendance::Attended);
}

QString SessionLogView::addSession()
{
    const qint64 id = selectedPatient();
    if (id == 0)
        return tr("Choose a patient first.");
    TherapySession s;
    s.participantId = id;
    s.therapistId = 0; // the participant's therapist (core); the coordinator is the recorder
    s.date = m_date->date();
    s.kind = static_cast<SessionKind>(m_kind->currentData().toInt());
    s.attendance = static_cast<Attendance>(m_attendance->currentData().toInt());
    if (s.attendance == Attendance::Attended)
        s.durationMinutes = m_duration->value();
    auto saved = SessionRepository(m_db).record(m_actor, s);
    if (!saved.ok() && saved.error().field == QStringLiteral("same_date")) {
        if (!confirmSameDate(saved.message())) {
            const QString message =
                tr("Not saved: %1 already has a session on %2. Change the date, or add the "
                   "session again and confirm it.")
                    .arg(m_patients->rowAt(m_patients->rowOf(id))->participant.studyId,
                         QLocale().toString(s.date, QLocale::ShortFormat));
            m_error->showMessage(message);
            m_date->setFocus();
            return message;
        }
        s.sameDateConfirmed = true;
        saved = SessionRepository(m_db).record(m_actor, s);
    }
    if (!saved.ok()) {
        m_error->showMessage(saved.message());
        return saved.message();
    }
    m_error->showMessage({});
    reload();
    selectPatient(id);
    emit sessionsChanged(id);
    return {};
}

bool SessionLogView::confirmSameDate(const QString& message)
{
    QMessageBox box(QMessageBox::Question, tr("Another session on this date?"), message,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("sameDateQuestion"));
    box.button(QMessageBox::Yes)->setText(tr("Record another session"));
    box.button(QMessageBox::No)->setText(tr("Go back"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void SessionLogView::retranslateUi()
{
    // A therapist's own patients; the coordinator's and the PI's are every reachable one.
    m_patientsTitle->setText(m_actor.role == Role::Therapist
                                 ? tr("My patients: attendance against the planned dose")
                                 : tr("Participants: attendance against the planned dose"));
    m_addBox->setTitle(tr("Add a session"));
    m_dateLabel->setText(tr("&Date"));
    retranslateDateEdit(m_date);
    m_attendanceLabel->setText(tr("A&ttendance"));
    for (int i = 0; i < m_attendance->count(); ++i)
        m_attendance->setItemText(
            i, attendanceDisplayName(static_cast<Attendance>(m_attendance->itemData(i).toInt())));
    m_kindLabel->setText(tr("T&ype"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(
            i, sessionKindDisplayName(static_cast<SessionKind>(m_kind->itemData(i).toInt())));
    m_durationLabel->setText(tr("D&uration"));
    m_duration->setSuffix(tr(" min"));
    m_add->setText(tr("&Add session"));
    m_add->setToolTip(tr("Enter in the date or the duration adds the session. In a drop-down "
                         "list Enter only picks the entry."));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Study ID, arm or date of the last session…"));
    updateCount();
    const PatientDose* row = m_patients->rowAt(m_patients->rowOf(selectedPatient()));
    m_sessionsTitle->setText(row ? tr("Sessions of %1").arg(row->participant.studyId)
                                 : tr("Sessions"));
    m_showVoided->setText(tr("Show &voided sessions"));
    m_void->setText(tr("V&oid session…"));
    m_void->setToolTip(tr("Void the selected session with a reason: it stays in the audit trail "
                          "and no longer counts toward the dose."));
    m_patients->retranslate();
    m_sessions->retranslate();
}

bool SessionLogView::eventFilter(QObject* watched, QEvent* event)
{
    const auto isEnter = [event] {
        const int key = static_cast<QKeyEvent*>(event)->key();
        return key == Qt::Key_Return || key == Qt::Key_Enter;
    };
    const bool list = m_lists.contains(watched);
    const bool popup = m_popups.contains(watched);
    const bool box = watched == m_attendance || watched == m_kind;
    // Qt closes an open drop-down list on the ShortcutOverride of Enter without taking the
    // event, so the Enter that picked the entry could go on to a shortcut. Taken here, it only
    // picks the entry (the list's own filter still closes it).
    if (list && event->type() == QEvent::ShortcutOverride && isEnter())
        event->accept();
    // The list closed while this key event is handled: the same Enter may reach the closed
    // field next. It picked the entry; it does nothing more.
    if (popup && event->type() == QEvent::Hide) {
        m_popupClosing = true;
        QTimer::singleShot(0, this, [this] { m_popupClosing = false; });
    }
    if (box && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) &&
        isEnter()) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // no shortcut takes an Enter meant for a drop-down list
            return false;
        }
        if (!m_popupClosing) {
            // A closed list: Enter confirms the entry shown and moves on, as Tab does.
            QWidget* next = watched == m_attendance   ? static_cast<QWidget*>(m_kind)
                            : m_duration->isEnabled() ? static_cast<QWidget*>(m_duration)
                                                      : static_cast<QWidget*>(m_add);
            next->setFocus(Qt::TabFocusReason);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SessionLogView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString SessionLogView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Sessions");
}

QString SessionLogView::refresh()
{
    return reload();
}

bool SessionLogView::shown() const
{
    // Sessions follow the arm: for the unblinded staff who record them.
    return m_actor.can(Permission::RecordSessions) && Disclosure::of(m_actor).arms();
}

} // namespace td
