#include "main/SessionController.h"

#include "access/UserRepository.h"
#include "audit/TrailAnchor.h"
#include "main/ChangePasswordDialog.h"
#include "main/LoginDialog.h"
#include "main/MainWindow.h"

namespace td {

SessionController::SessionController(Database& db, LanguageManager& languages, bool demo,
                                     QObject* parent)
    : QObject(parent), m_db(&db), m_languages(languages), m_demo(demo)
{}

SessionController::~SessionController()
{
    delete m_login.data();
    delete m_password.data();
    delete m_window.data();
    for (const QPointer<MainWindow>& w : m_closed)
        delete w.data();
    m_retired.clear();
}

void SessionController::reconnectPerUser(const QString& path, std::unique_ptr<Database>& holder)
{
    m_reopen = path;
    m_holder = &holder;
}

void SessionController::takeOver(std::unique_ptr<Database> opened)
{
    if (!opened || !m_holder)
        return;
    closeWindow();
    m_retired.push_back(std::move(*m_holder));
    *m_holder = std::move(opened);
    m_db = m_holder->get();
    dropRetired();
}

void SessionController::dropRetired()
{
    // A window put away may still be deleted later, and it reads its database until then.
    std::erase_if(m_closed, [](const QPointer<MainWindow>& w) { return w.isNull(); });
    if (m_closed.empty())
        m_retired.clear();
}

MainWindow* SessionController::window() const
{
    return m_window;
}

LoginDialog* SessionController::loginDialog() const
{
    return m_login;
}

ChangePasswordDialog* SessionController::passwordDialog() const
{
    return m_password;
}

void SessionController::start(const std::optional<Actor>& signedIn)
{
    if (signedIn)
        this->signedIn(*signedIn);
    else
        askSignIn();
}

void SessionController::askSignIn()
{
    if (m_login) {
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    // A server trial signs in anew as whoever signs in (reconnectPerUser).
    auto* login = m_reopen.isEmpty() ? new LoginDialog(*m_db, m_languages, m_demo)
                                     : new LoginDialog(m_reopen, m_languages, m_demo);
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setWindowModality(Qt::ApplicationModal);
    // The dialog closes (and is deleted later) before these run: forget it first.
    connect(login, &QDialog::accepted, this, [this, login] {
        m_login = nullptr;
        takeOver(login->takeDatabase());
        signedIn(login->actor());
    });
    connect(login, &QDialog::rejected, this, [this] {
        m_login = nullptr;
        // Switching users: the window stays, locked for the user who is signed in.
        if (!m_window)
            emit finished();
    });
    m_login = login;
    login->show();
}

void SessionController::signedIn(const Actor& actor)
{
    if (!actor.mustChangePassword) {
        openWindow(actor);
        return;
    }
    auto* dialog = new ChangePasswordDialog(*m_db, actor, ChangePasswordDialog::Mode::Forced);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_password = nullptr;
        openWindow(dialog->actor());
    });
    // Without a password of their own the user is not signed in.
    connect(dialog, &QDialog::rejected, this, [this] {
        m_password = nullptr;
        askSignIn();
    });
    m_password = dialog;
    dialog->show();
}

void SessionController::openWindow(const Actor& actor)
{
    // The computer remembers the newest signed head it has seen of this trial: a later trail
    // that lacks it was cut short or replaced (audit verify reports it).
    (void)TrailAnchors::remember(*m_db);
    closeWindow();
    m_actor = actor;
    auto* window = new MainWindow(*m_db, actor, m_languages);
    if (m_geometry.isValid())
        window->setGeometry(m_geometry);
    // Queued: the window is put away from the event loop, not from inside its own menu action.
    connect(window, &MainWindow::signOutRequested, this, &SessionController::signOut,
            Qt::QueuedConnection);
    connect(window, &MainWindow::switchUserRequested, this, &SessionController::switchUser,
            Qt::QueuedConnection);
    connect(window, &MainWindow::closed, this, &SessionController::finished);
    connect(window, &MainWindow::restoreRequested, this, &SessionController::restoreRequested);
    connect(window, &MainWindow::openTrialRequested, this, &SessionController::openTrialRequested);
    connect(window, &MainWindow::encryptRequested, this, &SessionController::encryptRequested);
    m_window = window;
    window->show();
    emit windowOpened(window);
}

void SessionController::closeWindow()
{
    MainWindow* old = m_window;
    if (!old)
        return;
    m_window = nullptr;
    m_geometry = old->geometry();
    // The end of the session is audited; a failure to write it does not keep anyone signed in.
    if (m_actor)
        (void)UserRepository(*m_db).signOut(*m_actor);
    (void)TrailAnchors::remember(*m_db);
    old->endSession();
    // Later: a dialog of the window may still be returning from its exec().
    old->deleteLater();
    connect(old, &QObject::destroyed, this, &SessionController::dropRetired, Qt::QueuedConnection);
    std::erase_if(m_closed, [](const QPointer<MainWindow>& w) { return w.isNull(); });
    m_closed.emplace_back(old);
}

void SessionController::signOut()
{
    closeWindow();
    askSignIn();
}

void SessionController::switchUser()
{
    if (m_window)
        m_window->lock();
    askSignIn();
}

} // namespace td
