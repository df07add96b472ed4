// The window and encryption at rest (docs/encryption.md): signing in opens an encrypted file
// with the typed password (and nothing else); a plain file is marked "Not encrypted" and an
// administrator is offered to encrypt it; on an encrypted file an administrator makes the
// recovery key once, shown as groups with a warning to print it.
// TD_SCREENSHOT_DIR=/tmp/shots saves pictures of these screens.

#include "DemoDatabase.h"
#include "access/PasswordHasher.h"
#include "i18n/LanguageManager.h"
#include "main/FileProtection.h"
#include "main/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/RecoveryKeyDialog.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>

using namespace td;

namespace {

const QString demoPassword = QString::fromLatin1(DemoTrial::password);

void saveScreenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

class EncryptionWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    }

    // A small demo, encrypted or plain, closed again.
    void makeDemo(bool encrypted)
    {
        Database::Options options;
        options.encrypt = encrypted;
        auto db = Database::open(path(), options);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        auto made = DemoTrial::create(**db, {20, 11});
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("trial.sqlite")); }

    static Actor actorOf(Database& db, const char* name, Role role)
    {
        auto id = db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"),
                            {QString::fromLatin1(name)});
        return {id.ok() ? id->toLongLong() : 0, QString::fromLatin1(name), role};
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
};

TEST_F(EncryptionWindowTest, SigningInOpensAnEncryptedFileWithThePasswordOnly)
{
    makeDemo(true);
    LoginDialog dialog(path(), m_languages, true);
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("encryptedFileNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisibleTo(&dialog));
    EXPECT_TRUE(note->text().contains(QStringLiteral("is encrypted")));
    dialog.adjustSize();
    saveScreenshot(dialog, "encrypted-sign-in");

    EXPECT_FALSE(dialog.signIn(QStringLiteral("coordinator"), QStringLiteral("wrong")));
    EXPECT_FALSE(dialog.takeDatabase());
    EXPECT_FALSE(dialog.signIn(QStringLiteral("nobody"), demoPassword));
    ASSERT_TRUE(dialog.signIn(QStringLiteral("coordinator"), demoPassword));
    EXPECT_EQ(dialog.actor().role, Role::Coordinator);
    auto db = dialog.takeDatabase();
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->encrypted());
}

TEST_F(EncryptionWindowTest, APlainFileIsMarkedAndAnAdministratorIsOfferedToEncryptIt)
{
    makeDemo(false);
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok());
    MainWindow admin(**db, actorOf(**db, "admin", Role::Administrator), m_languages);
    auto* mark = admin.statusBar()->findChild<QLabel*>(QStringLiteral("encryptionMark"));
    ASSERT_TRUE(mark);
    EXPECT_EQ(mark->text(), QStringLiteral("Not encrypted"));
    EXPECT_TRUE(admin.findChild<QAction*>(QStringLiteral("encryptFile")));
    EXPECT_FALSE(admin.findChild<QAction*>(QStringLiteral("makeRecoveryKey")));
    admin.resize(1100, 700);
    saveScreenshot(admin, "plain-file-marked");

    MainWindow coordinator(**db, actorOf(**db, "coordinator", Role::Coordinator), m_languages);
    EXPECT_FALSE(coordinator.findChild<QAction*>(QStringLiteral("encryptFile")));
    auto* coordinatorMark =
        coordinator.statusBar()->findChild<QLabel*>(QStringLiteral("encryptionMark"));
    ASSERT_TRUE(coordinatorMark);
    EXPECT_EQ(coordinatorMark->text(), QStringLiteral("Not encrypted"));
}

TEST_F(EncryptionWindowTest, AnAdministratorMakesTheRecoveryKeyOnce)
{
    makeDemo(true);
    Database::Options options;
    options.user = QStringLiteral("admin");
    options.password = demoPassword;
    auto db = Database::open(path(), options);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    MainWindow window(**db, actorOf(**db, "admin", Role::Administrator), m_languages);
    auto* mark = window.statusBar()->findChild<QLabel*>(QStringLiteral("encryptionMark"));
    ASSERT_TRUE(mark);
    EXPECT_EQ(mark->text(), QStringLiteral("Encrypted"));
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("encryptFile")));
    ASSERT_TRUE(window.findChild<QAction*>(QStringLiteral("makeRecoveryKey")));
    auto* protection = window.findChild<FileProtection*>();
    ASSERT_TRUE(protection);
    const QString key = protection->makeRecoveryKey(false);
    EXPECT_EQ(key.size(), 39) << key.toStdString(); // eight groups of four and seven dashes
    EXPECT_TRUE(protection->makeRecoveryKey(false).contains(QStringLiteral("only once")));

    RecoveryKeyDialog dialog(path(), key);
    EXPECT_EQ(dialog.keyText().count(QLatin1Char('\n')), 1);
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("recoveryWarning"));
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("shown only this once")));
    dialog.adjustSize();
    saveScreenshot(dialog, "recovery-key");
    window.resize(1100, 700);
    saveScreenshot(window, "encrypted-file-marked");
}

} // namespace
