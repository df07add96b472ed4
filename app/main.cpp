#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "demo/DemoTrial.h"
#include "exchange/BackupService.h"
#include "exchange/TrialEncryption.h"
#include "i18n/LanguageManager.h"
#include "instruments/TrialDatabase.h"
#include "main/FirstAdministratorDialog.h"
#include "main/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/RecentTrials.h"
#include "main/SessionController.h"
#include "protocol/NewTrialWizard.h"
#include "protocol/SummaryPage.h"
#include "storage/ConnectionSpec.h"
#include "storage/CryptVfs.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "tools/BackupSettings.h"
#include "trial/ProtocolRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace {

// The start-up code's translation context.
class App
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

int fail(const QString& message)
{
    QMessageBox box(QMessageBox::Critical, App::tr("TrialDesk"), message, QMessageBox::Ok);
    box.button(QMessageBox::Ok)->setText(App::tr("OK"));
    box.exec();
    return 1;
}

void inform(const QString& message)
{
    QMessageBox box(QMessageBox::Information, App::tr("TrialDesk"), message, QMessageBox::Ok);
    box.button(QMessageBox::Ok)->setText(App::tr("OK"));
    box.exec();
}

// The automatic backup when the window closes, as the user chose in the data tools.
void backupOnClose(td::Database& db, const td::Actor& actor)
{
    // A server's backups are the server's (pg_dump, its archiving): none on closing.
    if (db.isServer())
        return;
    const td::BackupSettings settings = td::BackupSettings::load(db);
    // A read-only trial cannot have changed, and its backup could not be audited.
    if (!settings.onClose || db.readOnly())
        return;
    auto made = td::BackupService::backupRotating(db, actor, settings.folder, settings.keep,
                                                  td::BackupTrigger::OnClose);
    if (!made.ok())
        fail(App::tr("The automatic backup on closing failed: %1").arg(made.message()));
}

bool isDemo(td::Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT is_demo FROM trial LIMIT 1"));
    return v.ok() && v->toBool();
}

// The window's command line, shared by the help (without a display) and the start.
struct StartOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          App::tr("The trial database: a file, or a server database "
                                  "(postgresql://host:port/database?sslmode=verify-full)."),
                          App::tr("file or URI")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            App::tr("Create the demo trial if the database is new.")};
    QCommandLineOption language{QStringList{QStringLiteral("lang"), QStringLiteral("language")},
                                App::tr("Interface language for this run: nb or en."),
                                App::tr("code")};
    QCommandLineOption user{QStringLiteral("user"),
                            App::tr("Sign in as this user (password from TRIALDESK_PASSWORD)."),
                            App::tr("name")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  App::tr("Save a picture of the main window and quit."),
                                  App::tr("png")};
    QCommandLineOption newTrial{QStringLiteral("new"),
                                App::tr("Create a new, empty trial file at --db.")};
    QCommandLineOption unencrypted{
        QStringLiteral("unencrypted"),
        App::tr("Make the new trial or demo a plain file (they are encrypted at rest otherwise).")};
};

StartOptions startOptions(QCommandLineParser& parser)
{
    StartOptions o;
    parser.setApplicationDescription(
        App::tr("TrialDesk: randomized psychotherapy trials, from protocol to locked data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.db, o.demo, o.newTrial, o.unencrypted, o.language, o.user, o.screenshot});
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    // --help and --version need no display: answer them before the GUI starts (without one,
    // QApplication aborts with the platform plug-in's error).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v") {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("TrialDesk"));
            QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
            QCommandLineParser parser;
            startOptions(parser);
            parser.process(app); // prints and exits
            return 0;
        }
    }
    QApplication app(argc, argv);
    // Between a sign-out and the next sign-in no window is open: the session ends the
    // application itself (SessionController::finished).
    QApplication::setQuitOnLastWindowClosed(false);
    QCoreApplication::setOrganizationName(QStringLiteral("TrialDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrialDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    const StartOptions o = startOptions(parser);
    const QCommandLineOption& dbOption = o.db;
    const QCommandLineOption& demoOption = o.demo;
    const QCommandLineOption& newOption = o.newTrial;
    const QCommandLineOption& languageOption = o.language;
    const QCommandLineOption& userOption = o.user;
    const QCommandLineOption& shotOption = o.screenshot;
    parser.process(app);
    const bool encryptNew = !parser.isSet(o.unencrypted);

    td::LanguageManager languages;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : td::LanguageManager::savedLanguage();
    if (!languages.setLanguage(language))
        languages.setLanguage(QStringLiteral("en"));

    // Which trial: --db, else the last one used, else the demo trial (created on first start).
    bool demo = parser.isSet(demoOption);
    QString path = parser.value(dbOption);
    bool create = demo || parser.isSet(newOption);
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastTrial")).toString();
        // A server trial is remembered by its display name (the URI without a password).
        if (!last.isEmpty() && (td::ConnectionSpec::isServerUri(last) || QFileInfo::exists(last))) {
            path = last;
        } else {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            path = dir + QStringLiteral("/demo.sqlite");
            demo = create = true;
        }
    }
    bool server = td::ConnectionSpec::isServerUri(path);
    if (!server)
        path = QFileInfo(path).absoluteFilePath();

    // --new on a file that does not exist yet: the new-trial wizard creates it (protocol and
    // first administrator), then the trial opens as usual.
    if (parser.isSet(newOption) && !demo && !server && !QFileInfo::exists(path)) {
        td::NewTrialWizard wizard;
        wizard.summaryPage()->setFilePath(path);
        wizard.summaryPage()->setEncrypt(encryptNew);
        if (wizard.exec() != QDialog::Accepted || wizard.createdPath().isEmpty())
            return 0;
        path = QFileInfo(wizard.createdPath()).absoluteFilePath();
        create = false;
    }

    for (;;) {
        // Only --new and --demo make a trial; any other file must be one already.
        td::Database::Options options;
        options.mode = create ? td::OpenMode::Create : td::OpenMode::Upgrade;
        // docs/encryption.md; a server's data at rest is the server's to protect.
        options.encrypt = create && encryptNew && !server;
        std::optional<td::Actor> actor;
        td::Result<std::unique_ptr<td::Database>> db =
            td::makeError(td::ErrorCode::Invalid, QString());
        // An encrypted trial (docs/encryption.md), or a server trial whose users sign in as their
        // own login roles (docs/postgresql.md): the sign-in opens it.
        const bool opensWithSignIn = td::trialOpensWithSignIn(path);
        if (opensWithSignIn) {
            td::LoginDialog login(path, languages, demo);
            const bool scripted = parser.isSet(userOption);
            if (scripted ? !login.signIn(parser.value(userOption),
                                         qEnvironmentVariable("TRIALDESK_PASSWORD"))
                         : login.exec() != QDialog::Accepted) {
                if (scripted)
                    return fail(App::tr("Signing in as %1 failed.").arg(parser.value(userOption)));
                return 0;
            }
            db = login.takeDatabase();
            actor = login.actor();
        } else {
            db = td::openTrialDatabase(path, options);
        }
        if (!db.ok())
            return fail(db.message());
        td::Database& database = **db;
        // What the window remembers: the file, or the server's address without a password.
        const auto spec = td::ConnectionSpec::parse(path);
        const QString remembered =
            server && spec.ok() ? td::ServerAddress::of(*spec) : database.path();

        if (!td::UserRepository(database).hasUsers()) {
            if (demo) {
                // The demo's users all have the public password "trialdesk-demo".
                td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
                auto made = td::DemoTrial::create(database, {});
                if (!made.ok())
                    return fail(made.message());
            } else {
                td::FirstAdministratorDialog first(database);
                if (first.exec() != QDialog::Accepted)
                    return 0;
                actor = first.actor();
            }
        }
        if (!actor && parser.isSet(userOption)) {
            td::LoginDialog login(database, languages, isDemo(database));
            if (!login.signIn(parser.value(userOption), qEnvironmentVariable("TRIALDESK_PASSWORD")))
                return fail(App::tr("Signing in as %1 failed.").arg(parser.value(userOption)));
            actor = login.actor();
        }

        QString restoreFrom;
        QString openNext;
        QString encryptWith; // the administrator's password, to encrypt the plain trial
        td::Database::Unlock restoreUnlock; // what opens an encrypted backup
        std::optional<td::Actor> lastActor;
        {
            // Sign-in (unless done above), a forced password change, the window, and sign-out
            // or switching users while the trial stays open.
            td::SessionController session(database, languages, isDemo(database));
            // On a server each user's connection is their own: signing in as another user
            // connects again as them.
            if (server && opensWithSignIn)
                session.reconnectPerUser(path, db.value());
            QObject::connect(&session, &td::SessionController::finished, &app,
                             &QCoreApplication::quit);
            QObject::connect(&session, &td::SessionController::windowOpened, &app, [remembered] {
                QSettings().setValue(QStringLiteral("lastTrial"), remembered);
                td::RecentTrials::remember(remembered);
            });
            QObject::connect(&session, &td::SessionController::restoreRequested, &app,
                             [&](const QString& file, const td::Database::Unlock& unlock) {
                                 restoreFrom = file;
                                 restoreUnlock = unlock;
                                 session.window()->close();
                             });
            QObject::connect(&session, &td::SessionController::openTrialRequested, &app,
                             [&](const QString& file) {
                                 openNext = file;
                                 session.window()->close();
                             });
            QObject::connect(&session, &td::SessionController::encryptRequested, &app,
                             [&](const QString& password) {
                                 encryptWith = password;
                                 session.window()->close();
                             });
            if (parser.isSet(shotOption)) {
                const QString file = parser.value(shotOption);
                QObject::connect(&session, &td::SessionController::windowOpened, &app,
                                 [file](td::MainWindow* window) {
                                     QTimer::singleShot(300, window, [window, file] {
                                         const bool saved = window->grab().save(file);
                                         QCoreApplication::exit(saved ? 0 : 1);
                                     });
                                 });
                session.start(actor);
                return app.exec();
            }
            session.start(actor);
            app.exec();
            lastActor = session.actor();
        }
        // Nobody ever signed in: nothing to back up or restore.
        if (!lastActor)
            return 0;
        actor = lastActor;
        td::Database& current = **db; // on a server, the last user's connection
        if (!openNext.isEmpty()) {
            // File > New trial… or Open server trial…: close this trial as on quitting, then
            // open and sign in to the other one.
            backupOnClose(current, *actor);
            db.value().reset();
            server = td::ConnectionSpec::isServerUri(openNext);
            path = server ? openNext : QFileInfo(openNext).absoluteFilePath();
            create = demo = false;
            continue;
        }
        if (!encryptWith.isEmpty()) {
            // Encrypt the plain trial in place (docs/encryption.md), then sign in to it again.
            auto others = td::TrialEncryption::encrypt(std::move(db).value(), *actor, encryptWith);
            encryptWith.fill(QLatin1Char(' '));
            create = demo = false;
            if (!others.ok()) {
                fail(others.message());
                continue;
            }
            QString text = App::tr("The trial file is encrypted. Sign in again to go on.");
            if (!others->isEmpty())
                text += QLatin1Char(' ') +
                        App::tr("These users open it once you give them a new password: %1.")
                            .arg(others->join(QStringLiteral(", ")));
            inform(text);
            continue;
        }
        if (restoreFrom.isEmpty()) {
            backupOnClose(current, *actor);
            return 0;
        }
        // Restore: close the trial, replace the file (the current one is kept aside), reopen
        // it, record the restore in its audit trail, and sign in again.
        const td::Actor who = *actor;
        db.value().reset();
        auto kept = td::BackupService::restore(path, restoreFrom, QDateTime::currentDateTimeUtc(),
                                               restoreUnlock);
        if (!kept.ok()) {
            fail(kept.message());
            continue;
        }
        auto backupKey = td::BackupService::unlockBackup(path, restoreUnlock);
        options.key = backupKey.ok() ? *backupKey : td::DataKeyPtr();
        auto reopened = td::openTrialDatabase(path, options);
        options.key.reset();
        if (!reopened.ok())
            return fail(reopened.message());
        if (td::Status s = td::BackupService::recordRestore(**reopened, who, restoreFrom, *kept);
            !s.ok())
            fail(s.message());
        inform(App::tr("The trial was restored from %1. The file before the restore is kept "
                       "as %2. Sign in again to go on.")
                   .arg(QDir::toNativeSeparators(restoreFrom), QDir::toNativeSeparators(*kept)));
    }
}
