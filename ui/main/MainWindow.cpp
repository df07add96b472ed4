#include "main/MainWindow.h"

#include "access/Disclosure.h"
#include "access/LockSettings.h"
#include "common/TaskArea.h"
#include "dashboard/DashboardView.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "main/ChangePasswordDialog.h"
#include "main/FileProtection.h"
#include "main/InactivityWatcher.h"
#include "main/LiveAreas.h"
#include "main/LockScreen.h"
#include "main/OpenServerDialog.h"
#include "participant/ParticipantPage.h"
#include "protocol/NewTrialWizard.h"
#include "protocol/ProtocolView.h"
#include "quality/DataLockView.h"
#include "quality/DataQualityView.h"
#include "quality/QueryPanel.h"
#include "randomization/RandomizationSetupView.h"
#include "registry/ParticipantActions.h"
#include "registry/RegistryView.h"
#include "reporting/ConsortPane.h"
#include "reporting/ConsortView.h"
#include "sessions/SessionLogView.h"
#include "storage/Database.h"
#include "storage/LiveUpdates.h"
#include "tools/DataToolsView.h"
#include "tools/ImportMenu.h"
#include "trial/ProtocolRepository.h"
#include "users/UsersView.h"
#include "worklist/WorklistView.h"
#include "worklists/Worklist.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace td {

std::vector<MainWindow::Area> MainWindow::areasFor(const Actor& actor)
{
    switch (actor.role) {
    case Role::Coordinator:
        return {Area::Worklist, Area::Registry, Area::Sessions, Area::DataQuality, Area::Consort};
    case Role::Therapist:
        return {Area::Registry, Area::Sessions};
    case Role::BlindedAssessor:
        return {Area::Worklist, Area::Registry};
    case Role::PrincipalInvestigator:
        return {Area::Dashboard,   Area::Worklist, Area::Registry,
                Area::DataQuality, Area::Consort,  Area::DataLock};
    case Role::Statistician:
        return {Area::Tools,    Area::Dashboard,   Area::Randomization,
                Area::Registry, Area::DataQuality, Area::Consort};
    case Role::Dmc:
        return {Area::Dashboard, Area::Consort};
    case Role::Monitor:
        // Source data verification and queries; reads participants, changes no value.
        return {Area::DataQuality, Area::Registry};
    case Role::Administrator:
        return {Area::Tools, Area::Protocol, Area::Users};
    }
    return {};
}

MainWindow::MainWindow(Database& db, const Actor& actor, LanguageManager& languages,
                       QWidget* parent)
    : QMainWindow(parent), m_db(db), m_actor(actor), m_languages(languages),
      m_central(new QStackedWidget(this)), m_tabs(new QTabWidget(this)),
      m_lock(new LockScreen(db, actor, this)), m_idle(new InactivityWatcher(this)),
      m_fileMenu(menuBar()->addMenu(QString())), m_userMenu(nullptr), m_languageMenu(nullptr),
      m_helpMenu(nullptr), m_newTrial(new QAction(this)), m_openServer(new QAction(this)),
      m_refresh(new QAction(this)), m_quit(new QAction(this)), m_about(new QAction(this)),
      m_changePassword(new QAction(this)), m_lockNow(new QAction(this)),
      m_switchUser(new QAction(this)), m_signOut(new QAction(this)),
      m_languageGroup(new QActionGroup(this)), m_userLabel(new QLabel(this))
{
    auto protocol = ProtocolRepository(db).load(actor);
    if (protocol.ok())
        m_trialName = protocol->trial.acronym;
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        // Only participant pages close; the role's areas stay.
        QWidget* page = m_tabs->widget(index);
        if (page && page->property("participantId").isValid()) {
            m_tabs->removeTab(index);
            std::erase_if(m_titles, [page](const auto& t) { return t.first == page; });
            page->deleteLater();
        }
    });
    for (Area area : areasFor(actor))
        addArea(area);
    m_central->addWidget(m_tabs);
    m_central->addWidget(m_lock);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_userLabel);
    if (db.readOnly()) {
        // A trial file without write permission: say so for as long as it is open.
        m_readOnlyLabel = new QLabel(this);
        m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyBanner"));
        m_readOnlyLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 2px 8px; }"));
        statusBar()->addPermanentWidget(m_readOnlyLabel);
    }

    m_fileMenu->addAction(m_newTrial);
    m_fileMenu->addAction(m_openServer);
    m_fileMenu->addSeparator();
    m_importMenu = new ImportMenu(db, actor, this);
    if (m_importMenu->actions().isEmpty()) {
        delete m_importMenu;
        m_importMenu = nullptr;
    } else {
        m_fileMenu->addMenu(m_importMenu);
        connect(m_importMenu, &ImportMenu::imported, this, &MainWindow::refreshAll);
    }
    m_fileMenu->addAction(m_refresh);
    // Encryption at rest is a file's; a server protects its own data (docs/postgresql.md).
    if (!db.isServer()) {
        m_protection = new FileProtection(db, actor, this, m_fileMenu);
        connect(m_protection, &FileProtection::encryptRequested, this,
                &MainWindow::encryptRequested);
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    if (m_registry && !m_registry->actions()->actions().isEmpty()) {
        m_participantMenu = menuBar()->addMenu(QString());
        m_participantMenu->addActions(m_registry->actions()->actions());
    }
    m_userMenu = menuBar()->addMenu(QString());
    m_userMenu->addAction(m_changePassword);
    m_userMenu->addSeparator();
    m_userMenu->addAction(m_lockNow);
    m_userMenu->addAction(m_switchUser);
    m_userMenu->addAction(m_signOut);
    m_lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any window of the application, the entry forms included.
    m_lockNow->setShortcutContext(Qt::ApplicationShortcut);
    m_switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_lockNow, &QAction::triggered, this, &MainWindow::lock);
    connect(m_switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lock, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_idle, &InactivityWatcher::idle, this, &MainWindow::lock);
    m_idle->setTimeout(std::chrono::minutes(LockSettings(db).minutes()));
    m_idle->start();
    m_languageMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_newTrial, &QAction::triggered, this, &MainWindow::newTrial);
    connect(m_openServer, &QAction::triggered, this, &MainWindow::openServerTrial);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshAll);
    // On a server, what other clients commit shows here within moments: the views that show
    // what changed read the trial again as File > Refresh does, keeping selections and unsaved
    // edits (entry forms are windows of their own and are not touched).
    auto* live = new LiveUpdates(db, this);
    connect(live, &LiveUpdates::changed, this, [this](const QStringList& areas) {
        if (!applyLiveChanges(areas).isEmpty())
            statusBar()->showMessage(tr("Updated with changes from another client."), 5000);
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    for (const QString& code : LanguageManager::languages()) {
        QAction* a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == languages.language());
        a->setData(code);
        m_languageGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { m_languages.setLanguage(a->data().toString()); });
    resize(1100, 700);
    retranslateUi();

    QStringList errors;
    for (TaskArea* area : {static_cast<TaskArea*>(m_registry), static_cast<TaskArea*>(m_worklist),
                           static_cast<TaskArea*>(m_sessions)})
        if (area)
            errors << area->refresh();
    errors.removeAll(QString());
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.join(QStringLiteral(" ")));
    m_tabs->setCurrentIndex(0);
}

void MainWindow::addTab(QWidget* widget, std::function<QString()> title)
{
    m_tabs->addTab(widget, title());
    m_titles.emplace_back(widget, std::move(title));
    // The areas have no close button; participant pages do.
    if (!widget->property("participantId").isValid()) {
        const int index = m_tabs->indexOf(widget);
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
            if (QWidget* button = m_tabs->tabBar()->tabButton(index, side))
                button->hide();
        }
    } else {
        const int index = m_tabs->indexOf(widget);
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
            if (QWidget* button = m_tabs->tabBar()->tabButton(index, side))
                button->setToolTip(tr("Close this participant's page"));
    }
}

namespace {

// The view, when it has something for the user (TaskArea::shown); otherwise it is deleted.
template <typename View> View* shownOrNull(View* view)
{
    if (view->shown())
        return view;
    delete view;
    return nullptr;
}

} // namespace

TaskArea* MainWindow::makeArea(Area area)
{
    // Each area's view is a TaskArea that says whether this user may see it; this wires what
    // the window does with it.
    switch (area) {
    case Area::Worklist:
        if ((m_worklist = shownOrNull(new WorklistView(m_db, m_actor, this))))
            connect(m_worklist, &WorklistView::taskOpened, this, &MainWindow::openTask);
        return m_worklist;
    case Area::Dashboard: {
        // The PI's figures, for the roles the core lets see them (it refuses the others).
        auto* dashboard = new DashboardView(this);
        dashboard->load(m_db, m_actor);
        return m_dashboard = shownOrNull(dashboard);
    }
    case Area::Registry:
        if ((m_registry = shownOrNull(new RegistryView(m_db, m_actor, this)))) {
            connect(m_registry, &RegistryView::participantOpened, this,
                    &MainWindow::openParticipant);
            connect(m_registry->actions(), &ParticipantActions::changed, this,
                    &MainWindow::participantChanged);
        }
        return m_registry;
    case Area::Sessions:
        if ((m_sessions = shownOrNull(new SessionLogView(m_db, m_actor, this))))
            connect(m_sessions, &SessionLogView::sessionsChanged, this,
                    &MainWindow::participantChanged);
        return m_sessions;
    case Area::Consort: {
        // The CONSORT flow, for the roles the core allows to see it (it refuses the others).
        auto* pane = new ConsortPane(this);
        pane->load(m_db, m_actor);
        pane = shownOrNull(pane);
        m_consort = pane ? pane->view() : nullptr;
        return pane;
    }
    case Area::Protocol:
        return m_protocol = shownOrNull(new ProtocolView(m_db, m_actor, this));
    case Area::Tools:
        if ((m_tools = shownOrNull(new DataToolsView(m_db, m_actor, this)))) {
            connect(m_tools, &DataToolsView::restoreRequested, this, &MainWindow::restoreRequested);
            // The administrator's new lock time counts from now in this window too.
            connect(m_tools, &DataToolsView::lockMinutesChanged, this,
                    [this](int minutes) { m_idle->setTimeout(std::chrono::minutes(minutes)); });
        }
        return m_tools;
    case Area::Randomization:
        return shownOrNull(new RandomizationSetupView(m_db, m_actor, this));
    case Area::DataLock: {
        auto* locks = shownOrNull(new DataLockView(m_db, m_actor, this));
        // A lock changes what the dashboard may compare.
        if (locks)
            connect(locks, &DataLockView::locksChanged, this, [this] {
                if (m_dashboard)
                    m_dashboard->refresh();
            });
        return locks;
    }
    case Area::Users:
        return shownOrNull(new UsersView(m_db, m_actor, this));
    case Area::DataQuality: {
        auto* quality = shownOrNull(new DataQualityView(m_db, m_actor, this));
        if (quality) {
            connect(quality, &DataQualityView::participantOpened, this,
                    &MainWindow::openParticipant);
            // A query's step changes the worklists and the participants' pages.
            connect(quality, &DataQualityView::queriesChanged, this, [this] {
                participantChanged(0);
                for (int i = 0; i < m_tabs->count(); ++i)
                    if (auto* page = qobject_cast<ParticipantPage*>(m_tabs->widget(i)))
                        page->refresh();
            });
        }
        return quality;
    }
    }
    return nullptr;
}

void MainWindow::addArea(Area area)
{
    if (TaskArea* made = makeArea(area)) {
        m_areas.push_back(made);
        m_areaKinds.push_back(area);
        addTab(made->widget(), [made] { return made->title(); });
    }
}

QWidget* MainWindow::startArea() const
{
    return m_tabs->count() > 0 ? m_tabs->widget(0) : nullptr;
}

void MainWindow::openTask(const WorkItem& item)
{
    if (item.kind == TaskKind::ExtendStratum) {
        // A stratum running low is the statistician's, in the randomization area.
        for (TaskArea* area : m_areas)
            if (auto* setup = qobject_cast<RandomizationSetupView*>(area->widget())) {
                area->refresh();
                m_tabs->setCurrentWidget(setup);
                statusBar()->showMessage(Worklist::extendDetail(item));
            }
        return;
    }
    if (item.kind == TaskKind::KeySecondEntry || item.kind == TaskKind::AdjudicateEntries) {
        // Second entries and adjudication are done in the data-quality area.
        for (TaskArea* area : m_areas)
            if (auto* quality = qobject_cast<DataQualityView*>(area->widget())) {
                area->refresh();
                m_tabs->setCurrentWidget(quality);
                quality->showDoubleEntry(item.assessmentId);
                return;
            }
    }
    if (m_registry) {
        m_registry->select(item.participantId);
        m_tabs->setCurrentWidget(m_registry);
    }
    ParticipantPage* page = openParticipant(item.participantId);
    if (page && item.queryId != 0)
        page->sections()->setCurrentWidget(page->queries());
}

ParticipantPage* MainWindow::openParticipant(qint64 participantId)
{
    if (ParticipantPage* open = pageOf(participantId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto* page = new ParticipantPage(m_db, m_actor, this);
    if (const QString refused = page->load(participantId); !refused.isEmpty()) {
        statusBar()->showMessage(refused);
        delete page;
        return nullptr;
    }
    connect(page, &ParticipantPage::entryRequested, this, &MainWindow::openEntry);
    connect(page, &ParticipantPage::participantChanged, this, &MainWindow::participantChanged);
    const QString studyId = page->participant()->studyId;
    addTab(page, [studyId] { return studyId; });
    m_tabs->setCurrentWidget(page);
    return page;
}

void MainWindow::participantChanged(qint64 participantId)
{
    // A step of the participant's path, taken in the registry, the session log or on the
    // participant's page: every other view follows, the trial-wide figures included. The area
    // that made the change has read it again on its own.
    for (TaskArea* area : m_areas)
        if (!isSender(area))
            area->refresh();
    if (m_registry && !isSender(m_registry))
        m_registry->select(participantId);
    if (ParticipantPage* page = pageOf(participantId); page && page != sender())
        page->refresh();
}

bool MainWindow::isSender(TaskArea* area) const
{
    const QObject* from = sender();
    return from && (from == area->widget() ||
                    area->widget()->isAncestorOf(qobject_cast<const QWidget*>(from)) ||
                    (area == m_registry && from == m_registry->actions()));
}

ParticipantPage* MainWindow::pageOf(qint64 participantId) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* page = qobject_cast<ParticipantPage*>(m_tabs->widget(i));
            page && page->participantId() == participantId)
            return page;
    return nullptr;
}

void MainWindow::openEntry(qint64 participantId, qint64 timePointId, const QString& instrumentId)
{
    auto* form =
        new AssessmentEntryForm(m_db, m_actor, participantId, timePointId, instrumentId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    // Every saved item shows at once on the participant's page and in the worklist; a completed
    // (or corrected, or voided) assessment counts in the trial-wide views too, which follow it.
    connect(form, &AssessmentEntryForm::saved, this, [this, form, participantId] {
        if (form->isCompleted() || form->isVoided()) {
            participantChanged(participantId);
            return;
        }
        if (ParticipantPage* page = pageOf(participantId))
            page->refresh();
        if (m_worklist)
            m_worklist->reload();
    });
    form->show();
    form->raise();
    form->activateWindow();
}

void MainWindow::refreshAll()
{
    QStringList errors;
    for (TaskArea* area : m_areas)
        errors << area->refresh();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* page = qobject_cast<ParticipantPage*>(m_tabs->widget(i)))
            page->refresh();
    errors.removeAll(QString());
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.join(QStringLiteral(" ")));
}

QStringList MainWindow::applyLiveChanges(const QStringList& changed)
{
    QStringList refreshed;
    QStringList errors;
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        if (!LiveAreas::concerns(LiveAreas::followedBy(m_areaKinds[i]), changed))
            continue;
        errors << m_areas[i]->refresh();
        refreshed << m_areas[i]->title();
    }
    if (LiveAreas::concerns(LiveAreas::followedByParticipantPages(), changed))
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto* page = qobject_cast<ParticipantPage*>(m_tabs->widget(i))) {
                page->refresh();
                refreshed << m_tabs->tabText(i);
            }
    errors.removeAll(QString());
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.join(QStringLiteral(" ")));
    return refreshed;
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_trialName.isEmpty() ? tr("TrialDesk") : tr("TrialDesk – %1").arg(m_trialName));
    if (m_protection)
        m_protection->retranslateUi();
    if (m_readOnlyLabel) {
        setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
        // Short, so the status bar keeps it whole at 1100 pixels; the tooltip says why.
        m_readOnlyLabel->setText(tr("Read-only: changes are refused"));
        m_readOnlyLabel->setToolTip(m_db.readOnlyNote());
    }
    for (const auto& [widget, title] : m_titles) {
        const int index = m_tabs->indexOf(widget);
        m_tabs->setTabText(index, title());
        // Qt's own close button says "Close Tab" in English only.
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
            if (QWidget* button = m_tabs->tabBar()->tabButton(index, side))
                button->setToolTip(tr("Close this participant's page"));
    }
    m_fileMenu->setTitle(tr("&File"));
    if (m_participantMenu)
        m_participantMenu->setTitle(tr("&Participant"));
    m_languageMenu->setTitle(tr("&Language"));
    m_userMenu->setTitle(tr("&User"));
    m_helpMenu->setTitle(tr("&Help"));
    m_changePassword->setText(tr("&Change password…"));
    m_lockNow->setText(tr("&Lock now"));
    m_switchUser->setText(tr("S&witch user…"));
    m_signOut->setText(tr("&Sign out"));
    m_newTrial->setText(tr("&New trial…"));
    m_openServer->setText(tr("Open &server trial…"));
    m_refresh->setText(tr("&Refresh"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About TrialDesk"));
    m_userLabel->setText(
        tr("Signed in as %1 (%2)").arg(m_actor.username, Roles::displayName(m_actor.role)));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

bool MainWindow::isLocked() const
{
    return m_central->currentWidget() == m_lock;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idle->stop();
    m_lock->engage();
    m_central->setCurrentWidget(m_lock);
    // Nothing from the menus (or their shortcuts) while locked; a status message may name data.
    menuBar()->setEnabled(false);
    statusBar()->clearMessage();
}

void MainWindow::unlock()
{
    if (!isLocked())
        return;
    m_central->setCurrentWidget(m_tabs);
    menuBar()->setEnabled(true);
    m_lock->release();
    m_idle->start();
}

void MainWindow::endSession()
{
    m_idle->stop();
    m_lock->closeHidden();
    // The window's own windows (entry forms, dialogs): each saved its draft as it went.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible())
            continue;
        QWidget* owner = w->parentWidget();
        while (owner && owner != this)
            owner = owner->parentWidget();
        if (!owner)
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(w))
            dialog->reject();
        else
            w->close();
    }
    hide();
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_db, m_actor, ChangePasswordDialog::Mode::Voluntary, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actor = dialog.actor();
    statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::newTrial()
{
    NewTrialWizard wizard(this);
    if (wizard.exec() == QDialog::Accepted && !wizard.createdPath().isEmpty())
        emit openTrialRequested(wizard.createdPath());
}

void MainWindow::openServerTrial()
{
    OpenServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        emit openTrialRequested(dialog.address());
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About TrialDesk"));
    box.setText(tr("TrialDesk %1: randomized psychotherapy trials from screening to export.")
                    .arg(QCoreApplication::applicationVersion()));
    box.setStandardButtons(QMessageBox::Ok);
    box.button(QMessageBox::Ok)->setText(tr("OK"));
    box.exec();
}

} // namespace td
