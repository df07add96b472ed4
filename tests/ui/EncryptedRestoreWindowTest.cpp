// The window's restore of an encrypted backup (docs/encryption.md): Data tools > Restore from
// backup… picks the backup, asks for the signed-in user's password of the time of the backup,
// and asks to confirm. The right password hands the restore what opens the backup, and the
// restore the application then runs with it brings the backup back; a wrong one restores
// nothing, says so, and leaves the trial's bytes as they were.

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "demo/DemoTrial.h"
#include "exchange/BackupService.h"
#include "i18n/LanguageManager.h"
#include "storage/CryptVfs.h"
#include "tools/DataToolsView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace td;

namespace {

const QString demoPassword = QString::fromLatin1(DemoTrial::password);

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers the restore's dialogs as a user would, as each one opens: the file dialog with the
// backup, the password dialog with `password`, the confirmation with Restore. What it saw is
// kept for the test.
class DialogAnswers : public QObject
{
public:
    DialogAnswers(QString file, QString password)
        : m_file(std::move(file)), m_password(std::move(password))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswers::answer);
        m_timer.start(20);
    }
    QStringList seen;

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            seen << QStringLiteral("file");
            files->selectFile(m_file);
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept is protected
        } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            seen << QStringLiteral("password: ") + input->labelText();
            input->setTextValue(m_password);
            input->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            seen << QStringLiteral("confirm");
            box->button(QMessageBox::Yes)->click();
        }
    }

    QString m_file;
    QString m_password;
    QTimer m_timer;
};

class EncryptedRestoreWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
        Database::Options options;
        options.encrypt = true;
        auto db = Database::open(trial(), options);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        auto made = DemoTrial::create(**db, {20, 11});
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
        db = Result<std::unique_ptr<Database>>(makeError(ErrorCode::Invalid, QString()));
        // The backup, by the administrator, then a change the restore must undo.
        m_db = openAsAdmin();
        ASSERT_TRUE(m_db);
        auto admin = UserRepository(*m_db).login(QStringLiteral("admin"), demoPassword);
        ASSERT_TRUE(admin.ok()) << admin.message().toStdString();
        m_admin = *admin;
        ASSERT_TRUE(BackupService::backup(*m_db, m_admin, backup()).ok());
        ASSERT_TRUE(CryptVfs::isEncrypted(backup()));
        auto user = UserRepository(*m_db).create(m_admin, {QStringLiteral("after.backup"),
                                                           {},
                                                           Role::Coordinator,
                                                           QStringLiteral("After the backup 99!")});
        ASSERT_TRUE(user.ok()) << user.message().toStdString();
    }

    std::unique_ptr<Database> openAsAdmin()
    {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.user = QStringLiteral("admin");
        options.password = demoPassword;
        auto db = Database::open(trial(), options);
        EXPECT_TRUE(db.ok()) << db.message().toStdString();
        return db.ok() ? std::move(db).value() : nullptr;
    }

    qint64 users(Database& db)
    {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
        return n.ok() ? n->toLongLong() : -1;
    }

    // Data tools > Restore from backup…, answered with `password`; whether the window asked
    // for the restore, and with what.
    bool restoreFromWindow(const QString& password, Database::Unlock* unlock, QStringList* seen,
                           QString* status)
    {
        DataToolsView view(*m_db, m_admin);
        bool requested = false;
        QObject::connect(&view, &DataToolsView::restoreRequested,
                         [&](const QString& file, const Database::Unlock& with) {
                             requested = file == backup();
                             *unlock = with;
                         });
        // The file comes from the view's chooser (a file dialog's own loading of its folder
        // made answering it by timer hang on a busy machine); the password and the
        // confirmation are answered in their dialogs.
        view.setRestoreFileChooser([this, &seen] {
            seen->append(QStringLiteral("file"));
            return backup();
        });
        DialogAnswers answers(backup(), password);
        QPushButton* button = nullptr;
        for (QPushButton* b : view.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Restore from backup…"))
                button = b;
        EXPECT_NE(button, nullptr);
        if (button)
            button->click();
        *seen += answers.seen;
        *status = view.statusText();
        return requested;
    }

    QString trial() const { return m_dir.filePath(QStringLiteral("trial.sqlite")); }
    QString backup() const { return m_dir.filePath(QStringLiteral("backup.sqlite")); }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
};

TEST_F(EncryptedRestoreWindowTest, AWrongPasswordRestoresNothingAndChangesNothing)
{
    const qint64 before = users(*m_db);
    m_db.reset(); // the file as it is on the disk
    const QByteArray bytes = bytesOf(trial());
    m_db = openAsAdmin();
    ASSERT_TRUE(m_db);
    Database::Unlock unlock;
    QStringList seen;
    QString status;
    EXPECT_FALSE(restoreFromWindow(QStringLiteral("not the password"), &unlock, &seen, &status));
    ASSERT_EQ(seen.size(), 2) << seen.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(seen[0], QStringLiteral("file"));
    EXPECT_TRUE(seen[1].contains(QStringLiteral("The backup is encrypted")));
    EXPECT_TRUE(status.startsWith(QStringLiteral("Nothing was restored: neither your password "
                                                 "nor a recovery key opens the encrypted backup")))
        << status.toStdString();
    EXPECT_EQ(users(*m_db), before);
    m_db.reset();
    EXPECT_EQ(bytesOf(trial()), bytes);
    EXPECT_EQ(QDir(m_dir.path())
                  .entryList({QStringLiteral("*before-restore*")}, QDir::Files | QDir::Hidden)
                  .size(),
              0);
}

TEST_F(EncryptedRestoreWindowTest, TheRightPasswordRestoresTheEncryptedBackup)
{
    const qint64 after = users(*m_db);
    Database::Unlock unlock;
    QStringList seen;
    QString status;
    ASSERT_TRUE(restoreFromWindow(demoPassword, &unlock, &seen, &status))
        << seen.join(QLatin1Char('|')).toStdString() << " " << status.toStdString();
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("file"), seen.value(1), QStringLiteral("confirm")}));
    // What opens the backup is handed over as its key, never as the typed password.
    ASSERT_TRUE(unlock.key);
    EXPECT_TRUE(unlock.password.isEmpty());
    // The application closes the trial and restores with it (app/main.cpp).
    (void)UserRepository(*m_db).signOut(m_admin);
    m_db.reset();
    auto kept = BackupService::restore(trial(), backup(), QDateTime::currentDateTimeUtc(), unlock);
    ASSERT_TRUE(kept.ok()) << kept.message().toStdString();
    EXPECT_TRUE(QFile::exists(*kept));
    ASSERT_TRUE(CryptVfs::isEncrypted(trial()));
    m_db = openAsAdmin();
    ASSERT_TRUE(m_db);
    EXPECT_EQ(users(*m_db), after - 1); // the user added after the backup is not there
}

} // namespace
