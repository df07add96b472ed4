#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "demo/DemoTrial.h"
#include "i18n/LanguageManager.h"
#include "instruments/TrialDatabase.h"
#include "main/FirstAdministratorDialog.h"
#include "main/LoginDialog.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
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

bool isDemo(td::Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT is_demo FROM trial LIMIT 1"));
    return v.ok() && v->toBool();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrialDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrialDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), App::tr("The trial database file."),
                                      App::tr("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        App::tr("Create the demo trial if the database is new."));
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("lang"), QStringLiteral("language")},
        App::tr("Interface language for this run: nb or en."), App::tr("code"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        App::tr("Sign in as this user (password from "
                                                "TRIALDESK_PASSWORD)."),
                                        App::tr("name"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        App::tr("Save a picture of the main window and quit."),
                                        App::tr("png"));
    parser.addOptions({dbOption, demoOption, languageOption, userOption, shotOption});
    parser.process(app);

    td::LanguageManager languages;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : td::LanguageManager::savedLanguage();
    if (!languages.setLanguage(language))
        languages.setLanguage(QStringLiteral("en"));

    const bool demo = parser.isSet(demoOption);
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + (demo ? QStringLiteral("/demo.sqlite") : QStringLiteral("/trial.sqlite"));
    }
    auto db = td::openTrialDatabase(path);
    if (!db.ok())
        return fail(db.message());
    td::Database& database = **db;

    std::optional<td::Actor> actor;
    if (!td::UserRepository(database).hasUsers()) {
        if (demo) {
            // The demo's users all have the public password "demo".
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
    if (!actor) {
        td::LoginDialog login(database, languages, isDemo(database));
        if (parser.isSet(userOption)) {
            if (!login.signIn(parser.value(userOption), qEnvironmentVariable("TRIALDESK_PASSWORD")))
                return fail(App::tr("Signing in as %1 failed.").arg(parser.value(userOption)));
        } else if (login.exec() != QDialog::Accepted) {
            return 0;
        }
        actor = login.actor();
    }

    td::MainWindow window(database, *actor, languages);
    window.show();
    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
