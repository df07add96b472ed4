#pragma once

#include "access/Actor.h"
#include "storage/Database.h"

#include <QMainWindow>
#include <functional>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace td {

class Database;
class LanguageManager;
class RegistryView;
class WorklistView;
class SessionLogView;
class DataToolsView;
class FileProtection;
class ConsortView;
class DashboardView;
class ImportMenu;
class ParticipantPage;
class ProtocolView;
class InactivityWatcher;
class LockScreen;
struct WorkItem;
class TaskArea;

// The frame: menus, status bar and the task areas, shaped by role. Each role starts on its
// own work (coordinator: this week's worklist; therapist: my patients and sessions; blinded
// assessor: ratings due; PI: the dashboard; statistician and administrator: their data
// tools), and sees only the areas and menu entries its role may use. Core still enforces
// every permission; the shaping only keeps out of sight what would be refused.
// After the trial's lock time without input (or Lock now) the window locks: the lock screen
// takes the place of the content until the user's password is given again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The task areas, in the order a role meets them.
    enum class Area {
        Worklist,
        Dashboard,
        Registry,
        Sessions,
        Consort,
        Tools,
        Randomization,
        Protocol,
        Users,
        DataLock,
        DataQuality,
    };
    static std::vector<Area> areasFor(const Actor& actor);

    MainWindow(Database& db, const Actor& actor, LanguageManager& languages,
               QWidget* parent = nullptr);
    RegistryView* registry() const { return m_registry; }
    QTabWidget* tabs() const { return m_tabs; }
    // The area shown first after sign-in.
    QWidget* startArea() const;
    // Opens (or brings forward) a participant's page in its own tab; null when the core
    // refused it (the status bar says why).
    ParticipantPage* openParticipant(qint64 participantId);
    // Opens the paper-form entry of one instrument at one visit (resuming its draft), as a
    // window of its own beside the participant's page.
    void openEntry(qint64 participantId, qint64 timePointId, const QString& instrumentId);
    // After a step of a participant's path (registry or page): the other views follow.
    void participantChanged(qint64 participantId);
    DashboardView* dashboard() const { return m_dashboard; }
    ConsortView* consort() const { return m_consort; }
    // File > Refresh (F5): every view reads the trial again.
    QAction* refreshAction() const { return m_refresh; }
    // File > Import, or null when the role may import nothing.
    ImportMenu* importMenu() const { return m_importMenu; }
    // The administrator's Protocol area, or null.
    ProtocolView* protocolView() const { return m_protocol; }
    QAction* newTrialAction() const { return m_newTrial; }
    QAction* openServerAction() const { return m_openServer; }
    // What another client committed (LiveUpdates::changed): the views that show one of these
    // areas read the trial again (LiveAreas), keeping selections and unsaved edits. Returns the
    // titles of the areas read again, then the study ids of the participants' pages.
    QStringList applyLiveChanges(const QStringList& changed);
    const Actor& actor() const { return m_actor; }

    // The inactivity lock. The content is hidden, not destroyed: drafts and open forms wait.
    void lock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lock; }
    // Counts the time without input; tests shorten it.
    InactivityWatcher* inactivity() const { return m_idle; }
    // User menu entries, for tests.
    QAction* lockAction() const { return m_lockNow; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* switchUserAction() const { return m_switchUser; }
    QAction* changePasswordAction() const { return m_changePassword; }
    // Before the window is put away at a sign-out: stops the lock timer, closes the window's
    // other windows (an entry form's draft is already saved) and hides the window.
    void endSession();

signals:
    // Restore from a backup: the application closes this window and the trial first.
    void restoreRequested(const QString& backupFile, const td::Database::Unlock& unlock);
    // File > New trial… created a trial file, or File > Open server trial… named a server
    // trial's address: the application closes this trial and opens that one.
    void openTrialRequested(const QString& path);
    // An administrator asked to encrypt the plain trial file (FileProtection): the application
    // closes this window and the trial, encrypts it and asks for a sign-in again.
    void encryptRequested(const QString& password);
    // User > Sign out (or the lock screen's Sign out), and User > Switch user.
    void signOutRequested();
    void switchUserRequested();
    // The user closed the window (Quit or the window's close button).
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // The view of an area, when this user may see it (TaskArea::shown), wired to the window.
    TaskArea* makeArea(Area area);
    void addArea(Area area);
    // Whether the signal being handled comes from this area.
    bool isSender(TaskArea* area) const;
    void addTab(QWidget* widget, std::function<QString()> title);
    void openTask(const WorkItem& item);
    void refreshAll();
    // The open page of a participant, or null.
    ParticipantPage* pageOf(qint64 participantId) const;
    void retranslateUi();
    void showAbout();
    void newTrial();
    void openServerTrial();
    void unlock();
    void changePassword();

    Database& m_db;
    Actor m_actor;
    LanguageManager& m_languages;
    QString m_trialName;
    QStackedWidget* m_central;
    QTabWidget* m_tabs;
    LockScreen* m_lock;
    InactivityWatcher* m_idle;
    RegistryView* m_registry = nullptr;
    WorklistView* m_worklist = nullptr;
    SessionLogView* m_sessions = nullptr;
    DataToolsView* m_tools = nullptr;
    DashboardView* m_dashboard = nullptr;
    ConsortView* m_consort = nullptr;
    ProtocolView* m_protocol = nullptr;
    // Every area shown, in tab order; a refresh goes through these.
    std::vector<TaskArea*> m_areas;
    std::vector<Area> m_areaKinds; // what each of m_areas is
    std::vector<std::pair<QWidget*, std::function<QString()>>> m_titles;
    QMenu* m_fileMenu;
    QMenu* m_participantMenu = nullptr;
    ImportMenu* m_importMenu = nullptr;
    QMenu* m_userMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_newTrial;
    QAction* m_openServer;
    QAction* m_refresh;
    QAction* m_quit;
    QAction* m_about;
    QAction* m_changePassword;
    QAction* m_lockNow;
    QAction* m_switchUser;
    QAction* m_signOut;
    QActionGroup* m_languageGroup;
    QLabel* m_userLabel;
    QLabel* m_readOnlyLabel = nullptr;      // shown while the trial file is open read-only
    FileProtection* m_protection = nullptr; // encrypted or not, and the offers
};

} // namespace td
