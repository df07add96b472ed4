// The administrator's Users area: the users listed with their roles in the language in use,
// adding a coordinator who can then sign in, the core's refusals (a taken user name, a short
// password) and the dialog's own (passwords that differ) shown at their field with nothing
// written, keyboard-only use, and the area only for the administrator. Pictures of the area and
// the dialog in both languages when TD_SCREENSHOT_DIR is set.

#include "users/UsersView.h"

#include "DemoDatabase.h"
#include "access/UserRepository.h"
#include "common/ErrorLabel.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "users/AddUserDialog.h"
#include "users/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace td;
using Field = AddUserDialog::Field;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

// A trial as the New trial wizard leaves it: one user, its first administrator.
class NewTrialUsers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("users.sqlite")));
        ASSERT_TRUE(db.ok()) << str(db.message());
        m_db = std::move(db).value();
        auto admin = UserRepository(*m_db).bootstrapAdministrator(
            {QStringLiteral("anna"), QStringLiteral("Anna Berg"), Role::Administrator,
             QStringLiteral("Vinter-lys-2026")});
        ASSERT_TRUE(admin.ok()) << str(admin.message());
        m_admin = *admin;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }

    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    qint64 count(const char* table) const
    {
        auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return n.ok() ? n->toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    LanguageManager m_languages;
};

using UsersViewTest = NewTrialUsers;
using UsersAddDialogTest = NewTrialUsers;
using UsersAreaTest = DemoDatabase;

// A part of a widget, by object name.
template <typename T> T* part(const QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void fill(const AddUserDialog& dialog, const QString& user, const QString& name, Role role,
          const QString& password, const QString& repeat)
{
    part<QLineEdit>(dialog, "username")->setText(user);
    part<QLineEdit>(dialog, "displayName")->setText(name);
    auto* roles = part<QComboBox>(dialog, "role");
    roles->setCurrentIndex(roles->findData(Roles::key(role)));
    part<QLineEdit>(dialog, "password")->setText(password);
    part<QLineEdit>(dialog, "repeat")->setText(repeat);
}

// Answers the Add user dialog once UsersView::addUser() has opened it. The answer must
// close the dialog (accept or reject), or the test would wait for ever.
void whenDialogOpens(std::function<void(AddUserDialog&)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        AddUserDialog* dialog = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<AddUserDialog*>(w); d && d->isVisible())
                dialog = d;
        ASSERT_NE(dialog, nullptr);
        answer(*dialog);
        if (dialog->isVisible()) {
            ADD_FAILURE() << "the dialog was left open";
            dialog->reject();
        }
    });
}

QStringList column(const UsersView& view, int column)
{
    QStringList texts;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        texts << view.model()->index(r, column).data().toString();
    return texts;
}

} // namespace

TEST_F(UsersAreaTest, TheAdministratorSeesEveryUserWithTheirRole)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const Actor admin = actor("admin", Role::Administrator);
    auto users = UserRepository(*m_db).list(admin);
    ASSERT_TRUE(users.ok());
    UsersView view(*m_db, admin);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(view.model()->rowCount(), static_cast<int>(users->size()));
    EXPECT_TRUE(part<ErrorLabel>(view, "error")->isHidden());
    const QStringList names = column(view, UserTableModel::UserName);
    for (const char* name :
         {"admin", "pi", "coordinator", "therapist1", "therapist2", "assessor", "statistician"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(name))) << name;
    const int row = static_cast<int>(names.indexOf(QStringLiteral("assessor")));
    auto cell = [&view, row](int c) { return view.model()->index(row, c).data().toString(); };
    EXPECT_EQ(cell(UserTableModel::RoleColumn), Roles::displayName(Role::BlindedAssessor));
    EXPECT_EQ(cell(UserTableModel::Status), QStringLiteral("Active"));
    EXPECT_EQ(view.model()->headerData(UserTableModel::RoleColumn, Qt::Horizontal).toString(),
              QStringLiteral("Role"));
    EXPECT_FALSE(part<QPushButton>(view, "addUser")->isHidden());

    // The roles follow the language while the program runs.
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(cell(UserTableModel::RoleColumn), Roles::displayName(Role::BlindedAssessor));
    EXPECT_NE(cell(UserTableModel::RoleColumn), QStringLiteral("Blinded outcome assessor"));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(UsersViewTest, AddingACoordinatorLetsThemSignIn)
{
    UsersView view(*m_db, m_admin);
    ASSERT_EQ(view.model()->rowCount(), 1);
    whenDialogOpens([](AddUserDialog& dialog) {
        // Typed, and Enter in the last field adds the user.
        QTest::keyClicks(part<QLineEdit>(dialog, "username"), QStringLiteral("ola"));
        QTest::keyClicks(part<QLineEdit>(dialog, "displayName"), QStringLiteral("Ola Nordmann"));
        EXPECT_EQ(part<QComboBox>(dialog, "role")->currentData().toString(),
                  Roles::key(Role::Coordinator));
        QTest::keyClicks(part<QLineEdit>(dialog, "password"), QStringLiteral("kaffe-kopp-123"));
        QTest::keyClicks(part<QLineEdit>(dialog, "repeat"), QStringLiteral("kaffe-kopp-123"));
        QTest::keyClick(part<QLineEdit>(dialog, "repeat"), Qt::Key_Return);
    });
    const std::optional<User> added = view.addUser();
    ASSERT_TRUE(added);
    EXPECT_EQ(added->username, QStringLiteral("ola"));
    EXPECT_EQ(added->role, Role::Coordinator);

    // The table shows and selects the new user.
    ASSERT_EQ(view.model()->rowCount(), 2);
    EXPECT_EQ(view.selectedUserId(), added->id);
    const int row = view.model()->rowOf(added->id);
    EXPECT_EQ(view.model()->index(row, UserTableModel::DisplayName).data().toString(),
              QStringLiteral("Ola Nordmann"));
    EXPECT_EQ(view.model()->index(row, UserTableModel::RoleColumn).data().toString(),
              Roles::displayName(Role::Coordinator));
    const QString status = part<QLabel>(view, "status")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("Ola Nordmann"))) << str(status);

    // The new coordinator signs in, and may do a coordinator's work.
    auto signedIn =
        UserRepository(*m_db).login(QStringLiteral("ola"), QStringLiteral("kaffe-kopp-123"));
    ASSERT_TRUE(signedIn.ok()) << str(signedIn.message());
    EXPECT_EQ(signedIn->role, Role::Coordinator);
    EXPECT_TRUE(signedIn->can(Permission::ScreenParticipants));
    EXPECT_TRUE(signedIn->can(Permission::Randomize));
}

TEST_F(UsersViewTest, ACancelledDialogAddsNobody)
{
    UsersView view(*m_db, m_admin);
    whenDialogOpens([](AddUserDialog& dialog) {
        fill(dialog, QStringLiteral("ola"), QString(), Role::Therapist,
             QStringLiteral("kaffe-kopp-123"), QStringLiteral("kaffe-kopp-123"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    EXPECT_FALSE(view.addUser());
    EXPECT_EQ(count("users"), 1);
    EXPECT_EQ(view.model()->rowCount(), 1);
}

TEST_F(UsersAddDialogTest, ATakenUserNameIsRefusedAtTheUserNameWithNothingWritten)
{
    const qint64 audit = count("audit_log");
    AddUserDialog dialog(*m_db, m_admin);
    dialog.show();
    fill(dialog, QStringLiteral("anna"), QStringLiteral("Another Anna"), Role::Therapist,
         QStringLiteral("kaffe-kopp-123"), QStringLiteral("kaffe-kopp-123"));
    const QString refused = dialog.submit();
    EXPECT_TRUE(refused.contains(QStringLiteral("already exists"))) << str(refused);
    EXPECT_EQ(dialog.errorField(), Field::UserName);
    EXPECT_EQ(dialog.errorText(Field::UserName), refused);
    EXPECT_EQ(dialog.errorText(Field::Password), QString());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.created());
    EXPECT_EQ(count("users"), 1);
    EXPECT_EQ(count("audit_log"), audit);

    // Corrected, the same dialog adds the user and the refusal goes.
    part<QLineEdit>(dialog, "username")->setText(QStringLiteral("anna.b"));
    EXPECT_EQ(dialog.submit(), QString());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.created());
    EXPECT_EQ(dialog.created()->role, Role::Therapist);
    EXPECT_EQ(dialog.errorField(), std::nullopt);
    EXPECT_EQ(count("users"), 2);
}

TEST_F(UsersAddDialogTest, PasswordsThatDifferAreRefusedInTheDialogWithNothingWritten)
{
    const qint64 audit = count("audit_log");
    AddUserDialog dialog(*m_db, m_admin);
    dialog.show();
    fill(dialog, QStringLiteral("ola"), QStringLiteral("Ola Nordmann"), Role::Coordinator,
         QStringLiteral("kaffe-kopp-123"), QStringLiteral("kaffe-kopp-321"));
    const QString refused = dialog.submit();
    EXPECT_TRUE(refused.contains(QStringLiteral("passwords differ"))) << str(refused);
    EXPECT_EQ(dialog.errorField(), Field::Repeat);
    EXPECT_EQ(dialog.errorText(Field::Repeat), refused);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.created());
    EXPECT_EQ(count("users"), 1);
    EXPECT_EQ(count("audit_log"), audit);
}

TEST_F(UsersAddDialogTest, TheCoresRefusalsAreShownAtTheirField)
{
    AddUserDialog dialog(*m_db, m_admin);
    dialog.show();
    // A short password: at the password.
    fill(dialog, QStringLiteral("ola"), QString(), Role::Coordinator, QStringLiteral("ab"),
         QStringLiteral("ab"));
    QString refused = dialog.submit();
    EXPECT_TRUE(refused.contains(QStringLiteral("too short"))) << str(refused);
    EXPECT_EQ(dialog.errorField(), Field::Password);
    EXPECT_EQ(dialog.errorText(Field::UserName), QString());
    // A name that is not allowed, with a good password and with a short one: at the name.
    for (const QString& password : {QStringLiteral("kaffe-kopp-123"), QStringLiteral("ab")}) {
        fill(dialog, QStringLiteral("Ola Nordmann"), QString(), Role::Coordinator, password,
             password);
        refused = dialog.submit();
        EXPECT_TRUE(refused.contains(QStringLiteral("is not allowed"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), Field::UserName) << str(password);
        EXPECT_EQ(dialog.errorText(Field::Password), QString());
    }
    // The same in Norwegian, whose messages quote differently.
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    fill(dialog, QStringLiteral("x"), QString(), Role::Coordinator, QStringLiteral("ab"),
         QStringLiteral("ab"));
    refused = dialog.submit();
    EXPECT_EQ(dialog.errorField(), Field::UserName) << str(refused);
    fill(dialog, QStringLiteral("ola"), QString(), Role::Coordinator, QStringLiteral("ab"),
         QStringLiteral("ab"));
    refused = dialog.submit();
    EXPECT_EQ(dialog.errorField(), Field::Password) << str(refused);
    EXPECT_EQ(count("users"), 1);
}

TEST_F(UsersAddDialogTest, WorksFromTheKeyboardAlone)
{
    AddUserDialog dialog(*m_db, m_admin);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto focused = [] { return QApplication::focusWidget(); };
    ASSERT_EQ(focused(), part<QLineEdit>(dialog, "username"));
    QTest::keyClicks(focused(), QStringLiteral("kari"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), part<QLineEdit>(dialog, "displayName"));
    QTest::keyClicks(focused(), QStringLiteral("Kari Nordmann"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), part<QComboBox>(dialog, "role"));
    // Coordinator is chosen; the next role down is the therapist.
    QTest::keyClick(focused(), Qt::Key_Down);
    EXPECT_EQ(part<QComboBox>(dialog, "role")->currentData().toString(),
              Roles::key(Role::Therapist));
    // A therapist works at every site unless told otherwise: the choice is passed by.
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), part<QRadioButton>(dialog, "allSites"));
    EXPECT_TRUE(part<QRadioButton>(dialog, "allSites")->isChecked());
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), part<QLineEdit>(dialog, "password"));
    QTest::keyClicks(focused(), QStringLiteral("kaffe-kopp-123"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), part<QLineEdit>(dialog, "repeat"));
    QTest::keyClicks(focused(), QStringLiteral("kaffe-kopp-12"));
    // Alt mnemonics reach every field.
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    EXPECT_EQ(focused(), part<QLineEdit>(dialog, "username"));
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    EXPECT_EQ(focused(), part<QComboBox>(dialog, "role"));
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    EXPECT_EQ(focused(), part<QLineEdit>(dialog, "password"));
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    EXPECT_EQ(focused(), part<QLineEdit>(dialog, "displayName"));
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    EXPECT_EQ(focused(), part<QLineEdit>(dialog, "repeat"));
    // Enter: refused (the passwords differ), and the keyboard waits at the repeated password.
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_EQ(dialog.errorField(), Field::Repeat);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(focused(), part<QLineEdit>(dialog, "repeat"));
    QTest::keyClicks(focused(), QStringLiteral("kaffe-kopp-123")); // typed over the selected text
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.created());
    EXPECT_EQ(dialog.created()->role, Role::Therapist);
    EXPECT_TRUE(
        UserRepository(*m_db).login(QStringLiteral("kari"), QStringLiteral("kaffe-kopp-123")));
}

TEST_F(UsersAreaTest, OnlyTheAdministratorGetsTheArea)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const std::vector<std::pair<const char*, Role>> users = {
        {"coordinator", Role::Coordinator},   {"therapist1", Role::Therapist},
        {"assessor", Role::BlindedAssessor},  {"pi", Role::PrincipalInvestigator},
        {"statistician", Role::Statistician}, {"admin", Role::Administrator}};
    for (const auto& [name, role] : users) {
        const Actor a = actor(name, role);
        const auto areas = MainWindow::areasFor(a);
        const bool listed =
            std::find(areas.begin(), areas.end(), MainWindow::Area::Users) != areas.end();
        EXPECT_EQ(listed, role == Role::Administrator) << name;
        MainWindow window(*m_db, a, languages);
        auto* view = window.findChild<UsersView*>();
        EXPECT_EQ(view != nullptr, role == Role::Administrator) << name;
        QStringList tabs;
        for (int i = 0; i < window.tabs()->count(); ++i)
            tabs << window.tabs()->tabText(i);
        EXPECT_EQ(tabs.contains(QStringLiteral("Users")), role == Role::Administrator) << name;
    }
    // The core refuses anyone else an addition, and the view offers none.
    UsersView coordinator(*m_db, actor("coordinator", Role::Coordinator));
    EXPECT_TRUE(part<QPushButton>(coordinator, "addUser")->isHidden());
    AddUserDialog dialog(*m_db, actor("coordinator", Role::Coordinator));
    fill(dialog, QStringLiteral("ola"), QString(), Role::Coordinator,
         QStringLiteral("kaffe-kopp-123"), QStringLiteral("kaffe-kopp-123"));
    EXPECT_FALSE(dialog.submit().isEmpty());
    EXPECT_EQ(dialog.errorField(), Field::General);
}

// Pictures of the area and the dialog (with a refusal) in both languages:
//   TD_SCREENSHOT_DIR=/tmp/users-shots build/tests/ui/trialdesk_ui_tests
//       --gtest_filter='UsersScreenshot*'
using UsersScreenshot = DemoDatabase;

TEST_F(UsersScreenshot, AreaAndDialogInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    auto save = [&dir](QWidget& w, const QString& name) {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")))) << str(name);
    };
    const Actor admin = actor("admin", Role::Administrator);
    int added = 0;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(language));
        {
            AddUserDialog dialog(*m_db, admin);
            dialog.show();
            fill(dialog, QStringLiteral("coordinator"), QStringLiteral("Kari Nordmann"),
                 Role::Coordinator, QStringLiteral("kaffe-kopp-123"),
                 QStringLiteral("kaffe-kopp-123"));
            ASSERT_FALSE(dialog.submit().isEmpty());
            save(dialog, language + QStringLiteral("-users-add-taken"));
            fill(dialog, QStringLiteral("kari"), QStringLiteral("Kari Nordmann"),
                 Role::BlindedAssessor, QStringLiteral("kaffe-kopp-123"), QStringLiteral("kaffe"));
            ASSERT_FALSE(dialog.submit().isEmpty());
            save(dialog, language + QStringLiteral("-users-add-differ"));
        }
        MainWindow window(*m_db, admin, languages);
        window.resize(1280, 800);
        window.show();
        auto* view = window.findChild<UsersView*>();
        ASSERT_NE(view, nullptr);
        window.tabs()->setCurrentWidget(view);
        const QString user = QStringLiteral("kari%1").arg(++added);
        whenDialogOpens([user](AddUserDialog& dialog) {
            fill(dialog, user, QStringLiteral("Kari Nordmann"), Role::Therapist,
                 QStringLiteral("kaffe-kopp-123"), QStringLiteral("kaffe-kopp-123"));
            dialog.submit();
        });
        ASSERT_TRUE(view->addUser());
        save(window, language + QStringLiteral("-users-area"));
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    }
}
