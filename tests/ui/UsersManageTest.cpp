// The administrator manages the trial's people in the Users area: a coordinator bound to one
// site, the site choice only for the roles that take one, editing a user's name and sites,
// deactivating (only with a reason, never oneself) and reactivating an account that stays
// listed, and a temporary password that the user must replace at the next sign-in. Every
// refusal is the core's (or, for a choice the dialog can see is incomplete, the dialog's), is
// shown at its field, and writes nothing.

#include "access/PasswordPolicy.h"
#include "access/UserRepository.h"
#include "audit/AuditRowFormat.h"
#include "i18n/LanguageManager.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"
#include "users/AccountStatusDialog.h"
#include "users/AddUserDialog.h"
#include "users/ChangeRoleDialog.h"
#include "users/EditUserDialog.h"
#include "users/ResetPasswordDialog.h"
#include "users/SiteChoice.h"
#include "users/UserTableModel.h"
#include "users/UsersView.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>
#include <tuple>

using namespace td;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

const QString goodPassword = QStringLiteral("Vinter-lys-2026");

// Runs `answer` on the next modal dialog once it is open (the view exec()s its dialogs), and
// closes it if the answer left it open, so that no test waits for ever.
template <typename Dialog> void whenOpens(std::function<void(Dialog&)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no dialog of the expected kind is open";
        answer(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

template <typename T> T* part(const QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// A trial with two sites, its administrator, a coordinator, two therapists and an assessor,
// in English.
class UsersManageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("users.sqlite")));
        ASSERT_TRUE(db.ok()) << str(db.message());
        m_db = std::move(db).value();
        UserRepository users(*m_db);
        auto admin =
            users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Anna Berg"),
                                          Role::Administrator, goodPassword});
        ASSERT_TRUE(admin.ok()) << str(admin.message());
        m_admin = *admin;
        ProtocolRepository protocol(*m_db);
        Trial trial;
        trial.title = LocalText(QStringLiteral("Users test trial"), QStringLiteral("Brukertest"));
        trial.acronym = QStringLiteral("UTT");
        trial.targetSampleSize = 60;
        trial.recruitmentStart = QDate(2026, 1, 1);
        trial.recruitmentEnd = QDate(2027, 1, 1);
        auto saved = protocol.saveTrial(m_admin, trial);
        ASSERT_TRUE(saved.ok()) << str(saved.message());
        for (const Site& site :
             {Site{0, QStringLiteral("OSL"),
                   LocalText(QStringLiteral("Oslo University Hospital"),
                             QStringLiteral("Oslo universitetssykehus"))},
              Site{0, QStringLiteral("BRG"),
                   LocalText(QStringLiteral("Haukeland University Hospital"),
                             QStringLiteral("Haukeland universitetssjukehus"))}}) {
            auto added = protocol.addSite(m_admin, site);
            ASSERT_TRUE(added.ok()) << str(added.message());
            m_sites.push_back(*added);
        }
        for (const auto& [name, display, role] :
             {std::tuple{"coordinator", "Kari Nordmann", Role::Coordinator},
              std::tuple{"therapist1", "Tor Hansen", Role::Therapist},
              std::tuple{"therapist2", "Siri Dahl", Role::Therapist},
              std::tuple{"assessor", "Per Lie", Role::BlindedAssessor}}) {
            auto made = users.create(m_admin, {QString::fromLatin1(name),
                                               QString::fromUtf8(display), role, goodPassword});
            ASSERT_TRUE(made.ok()) << str(made.message());
        }
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }

    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    Actor actor(const char* name, Role role) const
    {
        return {user(QString::fromLatin1(name)).id, QString::fromLatin1(name), role};
    }

    User user(const QString& username) const
    {
        auto u = UserRepository(*m_db).get(m_admin, username);
        EXPECT_TRUE(u.ok()) << str(u.message());
        return u.ok() ? *u : User{};
    }

    qint64 count(const char* table) const
    {
        auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return n.ok() ? n->toLongLong() : -1;
    }

    QString cell(const UsersView& view, qint64 userId, int column, int role = Qt::DisplayRole) const
    {
        const int row = view.model()->rowOf(userId);
        EXPECT_GE(row, 0);
        return view.model()->index(row, column).data(role).toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    LanguageManager m_languages;
    Actor m_admin;
    std::vector<Site> m_sites;
};

TEST_F(UsersManageTest, AddsACoordinatorBoundToOneSite)
{
    UsersView view(*m_db, m_admin);
    const Site bergen = m_sites[1];
    whenOpens<AddUserDialog>([this, bergen](AddUserDialog& dialog) {
        part<QLineEdit>(dialog, "username")->setText(QStringLiteral("kari"));
        part<QLineEdit>(dialog, "displayName")->setText(QStringLiteral("Kari Nordmann"));
        auto* roles = part<QComboBox>(dialog, "role");
        roles->setCurrentIndex(roles->findData(Roles::key(Role::Coordinator)));
        part<QLineEdit>(dialog, "password")->setText(goodPassword);
        part<QLineEdit>(dialog, "repeat")->setText(goodPassword);
        // The trial's sites are offered, every site chosen at first.
        SiteChoice* sites = dialog.sites();
        EXPECT_TRUE(sites->isVisibleTo(&dialog));
        EXPECT_TRUE(sites->allSites());
        ASSERT_EQ(sites->list()->count(), static_cast<int>(m_sites.size()));
        EXPECT_TRUE(sites->list()->item(1)->text().contains(bergen.code));

        // Only these sites, none ticked: refused in the dialog at the sites.
        sites->someButton()->setChecked(true);
        const QString refused = dialog.submit();
        EXPECT_TRUE(refused.contains(QStringLiteral("at least one site"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), AddUserDialog::Field::Sites);
        EXPECT_EQ(dialog.errorText(AddUserDialog::Field::Sites), refused);
        EXPECT_TRUE(dialog.isVisible());

        sites->list()->item(1)->setCheckState(Qt::Checked);
        EXPECT_EQ(dialog.submit(), QString());
    });
    const qint64 usersBefore = count("users");
    const std::optional<User> added = view.addUser();
    ASSERT_TRUE(added);
    EXPECT_EQ(count("users"), usersBefore + 1);
    EXPECT_EQ(added->sites, std::vector<qint64>{bergen.id});

    // Stored, shown by its code, and the coordinator signs in bound to the site.
    EXPECT_EQ(user(QStringLiteral("kari")).sites, std::vector<qint64>{bergen.id});
    EXPECT_EQ(view.selectedUserId(), added->id);
    EXPECT_EQ(cell(view, added->id, UserTableModel::Sites), bergen.code);
    EXPECT_TRUE(cell(view, added->id, UserTableModel::Sites, Qt::ToolTipRole)
                    .contains(QString(bergen.name)));
    EXPECT_EQ(cell(view, added->id, UserTableModel::Status), QStringLiteral("Active"));
    auto signedIn = UserRepository(*m_db).login(QStringLiteral("kari"), goodPassword);
    ASSERT_TRUE(signedIn.ok()) << str(signedIn.message());
    EXPECT_EQ(signedIn->sites, std::vector<qint64>{bergen.id});

    // Unbound users show every site.
    EXPECT_EQ(cell(view, user(QStringLiteral("coordinator")).id, UserTableModel::Sites),
              QStringLiteral("All sites"));
    EXPECT_EQ(view.model()->headerData(UserTableModel::Sites, Qt::Horizontal).toString(),
              QStringLiteral("Sites"));
}

TEST_F(UsersManageTest, OnlyCoordinatorsAndTherapistsAreOfferedSites)
{
    AddUserDialog dialog(*m_db, m_admin);
    dialog.show();
    auto* roles = part<QComboBox>(dialog, "role");
    for (Role role : allRoles) {
        roles->setCurrentIndex(roles->findData(Roles::key(role)));
        const bool takes = role == Role::Coordinator || role == Role::Therapist;
        EXPECT_EQ(dialog.sites()->isVisible(), takes) << str(Roles::key(role));
    }
    // Sites ticked for a therapist and the role then changed: the statistician sees every site.
    roles->setCurrentIndex(roles->findData(Roles::key(Role::Therapist)));
    ASSERT_TRUE(dialog.sites()->setSiteChecked(m_sites[0].id, true));
    roles->setCurrentIndex(roles->findData(Roles::key(Role::Statistician)));
    part<QLineEdit>(dialog, "username")->setText(QStringLiteral("stat2"));
    part<QLineEdit>(dialog, "password")->setText(goodPassword);
    part<QLineEdit>(dialog, "repeat")->setText(goodPassword);
    EXPECT_EQ(dialog.submit(), QString());
    ASSERT_TRUE(dialog.created());
    EXPECT_TRUE(dialog.created()->sites.empty());
    // The password hint is the policy's own sentence.
    EXPECT_EQ(part<QLabel>(dialog, "passwordHint")->text(), PasswordPolicy::describe());

    EditUserDialog edit(*m_db, m_admin, *dialog.created());
    EXPECT_FALSE(edit.sites()->isVisibleTo(&edit));
}

TEST_F(UsersManageTest, EditsTheNameAndSites)
{
    UsersView view(*m_db, m_admin);
    const User therapist = user(QStringLiteral("therapist1"));
    ASSERT_TRUE(view.select(therapist.id));
    const Site oslo = m_sites[0];
    const Site bergen = m_sites[1];

    // Only these sites with none ticked: refused at the sites, nothing written.
    const qint64 audit = count("audit_log");
    whenOpens<EditUserDialog>([](EditUserDialog& dialog) {
        dialog.sites()->setAllSites(false);
        for (int i = 0; i < dialog.sites()->list()->count(); ++i)
            dialog.sites()->list()->item(i)->setCheckState(Qt::Unchecked);
        EXPECT_FALSE(dialog.submit().isEmpty());
        EXPECT_EQ(dialog.errorField(), EditUserDialog::Field::Sites);
        EXPECT_TRUE(dialog.isVisible());
        dialog.reject();
    });
    EXPECT_FALSE(view.editUser());
    EXPECT_EQ(count("audit_log"), audit);
    EXPECT_EQ(user(QStringLiteral("therapist1")).sites, therapist.sites);

    // A new name and both sites.
    whenOpens<EditUserDialog>([&](EditUserDialog& dialog) {
        EXPECT_EQ(part<QLineEdit>(dialog, "displayName")->text(), therapist.displayName);
        part<QLineEdit>(dialog, "displayName")->setText(QStringLiteral("Tore Terapeut"));
        ASSERT_TRUE(dialog.sites()->setSiteChecked(oslo.id, true));
        ASSERT_TRUE(dialog.sites()->setSiteChecked(bergen.id, true));
        EXPECT_FALSE(dialog.sites()->allSites());
        EXPECT_EQ(dialog.submit(), QString());
    });
    const std::optional<User> edited = view.editUser();
    ASSERT_TRUE(edited);
    const User stored = user(QStringLiteral("therapist1"));
    EXPECT_EQ(stored.displayName, QStringLiteral("Tore Terapeut"));
    const std::vector<qint64> both = {std::min(oslo.id, bergen.id), std::max(oslo.id, bergen.id)};
    EXPECT_EQ(stored.sites, both);
    EXPECT_EQ(cell(view, therapist.id, UserTableModel::DisplayName),
              QStringLiteral("Tore Terapeut"));
    EXPECT_TRUE(cell(view, therapist.id, UserTableModel::Sites).contains(oslo.code));
    EXPECT_TRUE(cell(view, therapist.id, UserTableModel::Sites).contains(bergen.code));
    EXPECT_EQ(view.selectedUserId(), therapist.id);
    EXPECT_TRUE(part<QLabel>(view, "status")->text().contains(QStringLiteral("Tore Terapeut")));

    // The dialog opens with the stored choice; down to one site.
    whenOpens<EditUserDialog>([&](EditUserDialog& dialog) {
        EXPECT_EQ(dialog.sites()->chosen(), both);
        ASSERT_TRUE(dialog.sites()->setSiteChecked(oslo.id, false));
        EXPECT_EQ(dialog.submit(), QString());
    });
    ASSERT_TRUE(view.editUser());
    EXPECT_EQ(user(QStringLiteral("therapist1")).sites, std::vector<qint64>{bergen.id});
    EXPECT_EQ(cell(view, therapist.id, UserTableModel::Sites), bergen.code);

    // And back to every site.
    whenOpens<EditUserDialog>([](EditUserDialog& dialog) {
        dialog.sites()->allButton()->setChecked(true);
        EXPECT_EQ(dialog.submit(), QString());
    });
    ASSERT_TRUE(view.editUser());
    EXPECT_TRUE(user(QStringLiteral("therapist1")).sites.empty());
    EXPECT_EQ(cell(view, therapist.id, UserTableModel::Sites), QStringLiteral("All sites"));
}

TEST_F(UsersManageTest, DeactivatesOnlyWithAReasonAndKeepsTheAccountListed)
{
    UsersView view(*m_db, m_admin);
    const User therapist = user(QStringLiteral("therapist2"));
    ASSERT_TRUE(view.select(therapist.id));
    auto* button = part<QPushButton>(view, "changeActive");
    EXPECT_EQ(button->text(), QStringLiteral("&Deactivate…"));
    const int rows = view.model()->rowCount();

    // Without a reason: the core's refusal at the reason, nothing written.
    const qint64 audit = count("audit_log");
    whenOpens<AccountStatusDialog>([](AccountStatusDialog& dialog) {
        EXPECT_TRUE(dialog.deactivates());
        const QString refused = dialog.submit(QStringLiteral("  "));
        EXPECT_TRUE(refused.contains(QStringLiteral("reason"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), AccountStatusDialog::Field::Reason);
        EXPECT_EQ(dialog.errorText(AccountStatusDialog::Field::Reason), refused);
        EXPECT_TRUE(dialog.isVisible());
        dialog.reject();
    });
    EXPECT_FALSE(view.changeActive());
    EXPECT_TRUE(user(QStringLiteral("therapist2")).active);
    EXPECT_EQ(count("audit_log"), audit);

    // With a reason: deactivated, still listed, greyed, and unable to sign in.
    whenOpens<AccountStatusDialog>([](AccountStatusDialog& dialog) {
        EXPECT_EQ(dialog.submit(QStringLiteral("Left the project")), QString());
    });
    const std::optional<User> off = view.changeActive();
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->active);
    EXPECT_FALSE(user(QStringLiteral("therapist2")).active);
    EXPECT_EQ(view.model()->rowCount(), rows);
    EXPECT_TRUE(cell(view, therapist.id, UserTableModel::Status)
                    .startsWith(QStringLiteral("Deactivated on ")))
        << str(cell(view, therapist.id, UserTableModel::Status));
    const int row = view.model()->rowOf(therapist.id);
    EXPECT_TRUE(view.model()
                    ->index(row, UserTableModel::UserName)
                    .data(Qt::ForegroundRole)
                    .canConvert<QBrush>());
    auto reason = m_db->scalar(QStringLiteral("SELECT reason FROM (%1) WHERE entity = 'user' "
                                              "AND field = 'active' ORDER BY id DESC")
                                   .arg(AuditRowFormat::entriesSql(m_db->dialect())));
    ASSERT_TRUE(reason.ok()) << str(reason.message());
    EXPECT_EQ(reason->toString(), QStringLiteral("Left the project"));
    EXPECT_FALSE(UserRepository(*m_db).login(QStringLiteral("therapist2"), goodPassword));
    EXPECT_EQ(view.selectedUserId(), therapist.id);
    EXPECT_EQ(button->text(), QStringLiteral("Rea&ctivate…"));

    // Reactivated, with a reason: active again.
    whenOpens<AccountStatusDialog>([](AccountStatusDialog& dialog) {
        EXPECT_FALSE(dialog.deactivates());
        EXPECT_FALSE(dialog.submit(QString()).isEmpty());
        EXPECT_EQ(dialog.errorField(), AccountStatusDialog::Field::Reason);
        EXPECT_EQ(dialog.submit(QStringLiteral("Back from leave")), QString());
    });
    ASSERT_TRUE(view.changeActive());
    EXPECT_TRUE(user(QStringLiteral("therapist2")).active);
    EXPECT_EQ(cell(view, therapist.id, UserTableModel::Status), QStringLiteral("Active"));
    EXPECT_TRUE(UserRepository(*m_db).login(QStringLiteral("therapist2"), goodPassword));
}

TEST_F(UsersManageTest, TheAdministratorCannotDeactivateThemself)
{
    UsersView view(*m_db, m_admin);
    ASSERT_TRUE(view.select(m_admin.userId));
    const qint64 audit = count("audit_log");
    whenOpens<AccountStatusDialog>([](AccountStatusDialog& dialog) {
        const QString refused = dialog.submit(QStringLiteral("Testing"));
        EXPECT_TRUE(refused.contains(QStringLiteral("your own account"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), AccountStatusDialog::Field::General);
        EXPECT_EQ(dialog.errorText(AccountStatusDialog::Field::General), refused);
        EXPECT_EQ(dialog.errorText(AccountStatusDialog::Field::Reason), QString());
        EXPECT_TRUE(dialog.isVisible());
        dialog.reject();
    });
    EXPECT_FALSE(view.changeActive());
    EXPECT_TRUE(user(QStringLiteral("admin")).active);
    EXPECT_EQ(count("audit_log"), audit);
    EXPECT_EQ(cell(view, m_admin.userId, UserTableModel::Status), QStringLiteral("Active"));
}

TEST_F(UsersManageTest, AResetPasswordMustBeChangedAtTheNextSignIn)
{
    UsersView view(*m_db, m_admin);
    const User coordinator = user(QStringLiteral("coordinator"));
    ASSERT_FALSE(coordinator.mustChangePassword);
    ASSERT_TRUE(view.select(coordinator.id));
    const QString temporary = QStringLiteral("Midlertidig-42x");

    whenOpens<ResetPasswordDialog>([&](ResetPasswordDialog& dialog) {
        // The dialog's own refusal: the passwords differ.
        QString refused = dialog.submit(temporary, temporary + QLatin1Char('!'));
        EXPECT_EQ(dialog.errorField(), ResetPasswordDialog::Field::Repeat) << str(refused);
        // The core's: the policy, at the password.
        refused = dialog.submit(QStringLiteral("kort"), QStringLiteral("kort"));
        EXPECT_TRUE(refused.contains(QStringLiteral("too short"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), ResetPasswordDialog::Field::Password);
        EXPECT_EQ(dialog.errorText(ResetPasswordDialog::Field::Password), refused);
        refused = dialog.submit(QStringLiteral("coordinator-1"), QStringLiteral("coordinator-1"));
        EXPECT_TRUE(refused.contains(QStringLiteral("user name"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), ResetPasswordDialog::Field::Password);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_FALSE(dialog.isReset());
        EXPECT_TRUE(UserRepository(*m_db).login(QStringLiteral("coordinator"), goodPassword));
        EXPECT_EQ(dialog.submit(temporary, temporary), QString());
    });
    const std::optional<User> reset = view.resetPassword();
    ASSERT_TRUE(reset);
    EXPECT_TRUE(reset->mustChangePassword);
    EXPECT_TRUE(user(QStringLiteral("coordinator")).mustChangePassword);
    EXPECT_EQ(cell(view, coordinator.id, UserTableModel::Status),
              QStringLiteral("Must change password"));
    EXPECT_TRUE(part<QLabel>(view, "status")->text().contains(QStringLiteral("new one")));

    // The old password no longer works; the temporary one does, and must be replaced.
    EXPECT_FALSE(UserRepository(*m_db).login(QStringLiteral("coordinator"), goodPassword));
    auto signedIn = UserRepository(*m_db).login(QStringLiteral("coordinator"), temporary);
    ASSERT_TRUE(signedIn.ok()) << str(signedIn.message());
    EXPECT_TRUE(signedIn->mustChangePassword);
}

TEST_F(UsersManageTest, ActionsNeedASelectedUserAndTheAdministrator)
{
    UsersView view(*m_db, m_admin);
    view.table()->clearSelection();
    for (const char* name : {"editUser", "changeRole", "changeActive", "resetPassword"})
        EXPECT_FALSE(part<QPushButton>(view, name)->isEnabled()) << name;
    EXPECT_FALSE(view.editUser());
    EXPECT_FALSE(view.changeRole());
    EXPECT_FALSE(view.changeActive());
    EXPECT_FALSE(view.resetPassword());
    ASSERT_TRUE(view.select(user(QStringLiteral("assessor")).id));
    for (const char* name : {"editUser", "changeRole", "changeActive", "resetPassword"})
        EXPECT_TRUE(part<QPushButton>(view, name)->isEnabled()) << name;

    UsersView coordinatorView(*m_db, actor("coordinator", Role::Coordinator));
    for (const char* name : {"addUser", "editUser", "changeRole", "changeActive", "resetPassword"})
        EXPECT_TRUE(part<QPushButton>(coordinatorView, name)->isHidden()) << name;
}

// Change role…: the other roles only, sites for a coordinator or therapist (their own ticked),
// the core's refusals at their field with nothing written, and the change in the table.
TEST_F(UsersManageTest, ChangesARoleWithAReasonAndShowsTheRefusals)
{
    const User kari = user(QStringLiteral("coordinator"));
    ASSERT_TRUE(UserRepository(*m_db).update(m_admin, kari.id, kari.displayName, {m_sites[1].id}));
    // The view reads the users as they are now (with Kari's site).
    UsersView view(*m_db, m_admin);
    ASSERT_TRUE(view.select(kari.id));
    const qint64 auditBefore = count("audit_log");
    whenOpens<ChangeRoleDialog>([this, auditBefore](ChangeRoleDialog& dialog) {
        auto* roles = part<QComboBox>(dialog, "role");
        EXPECT_EQ(roles->findData(Roles::key(Role::Coordinator)), -1);
        EXPECT_EQ(roles->count(), static_cast<int>(allRoles.size()) - 1);
        // A therapist works at sites: the coordinator's own are ticked.
        ASSERT_TRUE(dialog.setRole(Role::Therapist));
        EXPECT_TRUE(dialog.sites()->isVisibleTo(&dialog));
        EXPECT_EQ(dialog.sites()->chosen(), std::vector<qint64>{m_sites[1].id});
        // A blinded role: no sites, and a word on what an unblinded user remembers.
        ASSERT_TRUE(dialog.setRole(Role::BlindedAssessor));
        EXPECT_FALSE(dialog.sites()->isVisibleTo(&dialog));
        EXPECT_TRUE(part<QLabel>(dialog, "roleHint")->text().contains(QStringLiteral("remembers")));
        // No reason: refused by the core at the reason, nothing written.
        const QString refused = dialog.submit();
        EXPECT_TRUE(refused.contains(QStringLiteral("reason"))) << str(refused);
        EXPECT_EQ(dialog.errorField(), ChangeRoleDialog::Field::Reason);
        EXPECT_EQ(count("audit_log"), auditBefore);
        EXPECT_TRUE(dialog.isVisible());
        dialog.setReason(QStringLiteral("Rates outcomes from March"));
        EXPECT_EQ(dialog.submit(), QString());
    });
    const std::optional<User> changed = view.changeRole();
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->role, Role::BlindedAssessor);
    EXPECT_EQ(user(QStringLiteral("coordinator")).role, Role::BlindedAssessor);
    EXPECT_TRUE(user(QStringLiteral("coordinator")).sites.empty());
    EXPECT_EQ(cell(view, kari.id, UserTableModel::RoleColumn),
              Roles::displayName(Role::BlindedAssessor));
    EXPECT_TRUE(part<QLabel>(view, "status")->text().contains(QStringLiteral("is now")));

    // The administrator's own role: the core's refusal, shown at the role.
    ChangeRoleDialog own(*m_db, m_admin, user(QStringLiteral("admin")));
    ASSERT_TRUE(own.setRole(Role::Statistician));
    own.setReason(QStringLiteral("stepping down"));
    const QString last = own.submit();
    EXPECT_TRUE(last.contains(QStringLiteral("last active administrator"))) << str(last);
    EXPECT_EQ(own.errorField(), ChangeRoleDialog::Field::Role);
    EXPECT_EQ(user(QStringLiteral("admin")).role, Role::Administrator);
}

// The keyboard reaches the site choice from the role, chooses particular sites with the
// arrow keys and ticks one with the space bar.
TEST_F(UsersManageTest, TheSiteChoiceWorksFromTheKeyboard)
{
    AddUserDialog dialog(*m_db, m_admin);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto focused = [] { return QApplication::focusWidget(); };
    SiteChoice* sites = dialog.sites();
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    ASSERT_EQ(focused(), part<QComboBox>(dialog, "role"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), sites->allButton());
    QTest::keyClick(focused(), Qt::Key_Down);
    EXPECT_TRUE(sites->someButton()->isChecked());
    EXPECT_TRUE(sites->list()->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), sites->list());
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Space);
    EXPECT_EQ(sites->chosen().size(), 1u);
    QTest::keyClick(focused(), Qt::Key_Tab);
    EXPECT_EQ(focused(), part<QLineEdit>(dialog, "password"));
    // Alt+S goes to the choice.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    EXPECT_TRUE(focused() == sites->allButton() || focused() == sites->someButton());
}

// Pictures of the area (a site-bound coordinator, a deactivated therapist, a password to be
// changed) and of each dialog, in both languages:
//   TD_SCREENSHOT_DIR=/tmp/users-shots build/tests/ui/trialdesk_ui_tests
//       --gtest_filter='UsersManageScreenshot*'
using UsersManageScreenshot = UsersManageTest;

TEST_F(UsersManageScreenshot, AreaAndDialogsInBothLanguages)
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
    UserRepository users(*m_db);
    const User coordinator = user(QStringLiteral("coordinator"));
    const User therapist1 = user(QStringLiteral("therapist1"));
    const User therapist2 = user(QStringLiteral("therapist2"));
    ASSERT_TRUE(users.update(m_admin, coordinator.id, coordinator.displayName, {m_sites[1].id}));
    ASSERT_TRUE(users.deactivate(m_admin, therapist2.id, QStringLiteral("Left the project")));
    ASSERT_TRUE(users.resetPassword(m_admin, therapist1.id, QStringLiteral("Midlertidig-42x")));

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        const QString prefix = language + QStringLiteral("-users-");
        {
            UsersView view(*m_db, m_admin);
            view.resize(1100, 480);
            view.show();
            view.select(coordinator.id);
            save(view, prefix + QStringLiteral("view"));
        }
        {
            AddUserDialog dialog(*m_db, m_admin);
            part<QLineEdit>(dialog, "username")->setText(QStringLiteral("ingrid"));
            part<QLineEdit>(dialog, "displayName")->setText(QStringLiteral("Ingrid Solberg"));
            auto* roles = part<QComboBox>(dialog, "role");
            roles->setCurrentIndex(roles->findData(Roles::key(Role::Therapist)));
            part<QLineEdit>(dialog, "password")->setText(goodPassword);
            part<QLineEdit>(dialog, "repeat")->setText(goodPassword);
            dialog.show();
            dialog.sites()->setAllSites(false);
            ASSERT_FALSE(dialog.submit().isEmpty());
            save(dialog, prefix + QStringLiteral("add-no-site"));
        }
        {
            AddUserDialog dialog(*m_db, m_admin);
            part<QLineEdit>(dialog, "username")->setText(QStringLiteral("ingrid"));
            part<QLineEdit>(dialog, "displayName")->setText(QStringLiteral("Ingrid Solberg"));
            dialog.sites()->setSiteChecked(m_sites[0].id, true);
            dialog.show();
            save(dialog, prefix + QStringLiteral("add-sites"));
        }
        {
            EditUserDialog dialog(*m_db, m_admin, user(QStringLiteral("coordinator")));
            dialog.show();
            save(dialog, prefix + QStringLiteral("edit"));
        }
        {
            AccountStatusDialog dialog(*m_db, m_admin, user(QStringLiteral("therapist1")));
            dialog.show();
            ASSERT_FALSE(dialog.submit(QString()).isEmpty());
            save(dialog, prefix + QStringLiteral("deactivate-no-reason"));
        }
        {
            AccountStatusDialog dialog(*m_db, m_admin, user(QStringLiteral("admin")));
            dialog.show();
            ASSERT_FALSE(dialog.submit(QStringLiteral("Testing")).isEmpty());
            save(dialog, prefix + QStringLiteral("deactivate-self"));
        }
        {
            AccountStatusDialog dialog(*m_db, m_admin, user(QStringLiteral("therapist2")));
            dialog.show();
            save(dialog, prefix + QStringLiteral("reactivate"));
        }
        {
            ChangeRoleDialog dialog(*m_db, m_admin, user(QStringLiteral("coordinator")));
            dialog.setRole(Role::BlindedAssessor);
            dialog.show();
            ASSERT_FALSE(dialog.submit().isEmpty());
            save(dialog, prefix + QStringLiteral("role-no-reason"));
        }
        {
            ChangeRoleDialog dialog(*m_db, m_admin, user(QStringLiteral("assessor")));
            dialog.setRole(Role::Therapist);
            dialog.setReason(QStringLiteral("Treats from May"));
            dialog.show();
            save(dialog, prefix + QStringLiteral("role-sites"));
        }
        {
            ResetPasswordDialog dialog(*m_db, m_admin, user(QStringLiteral("assessor")));
            dialog.show();
            ASSERT_FALSE(dialog.submit(QStringLiteral("assessor-1"), QStringLiteral("assessor-1"))
                             .isEmpty());
            save(dialog, prefix + QStringLiteral("reset-password"));
        }
    }
}

} // namespace
