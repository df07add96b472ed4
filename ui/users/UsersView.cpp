#include "users/UsersView.h"

#include "common/ColumnFit.h"
#include "common/ErrorLabel.h"
#include "users/AccountStatusDialog.h"
#include "users/AddUserDialog.h"
#include "users/ChangeRoleDialog.h"
#include "users/EditUserDialog.h"
#include "users/ResetPasswordDialog.h"
#include "users/SiteChoice.h"
#include "users/UserTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

UsersView::UsersView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new UserTableModel(this)),
      m_intro(new QLabel(this)), m_title(new QLabel(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_role(new QPushButton(this)),
      m_active(new QPushButton(this)), m_reset(new QPushButton(this)), m_status(new QLabel(this)),
      m_error(new ErrorLabel(this))
{
    m_table->setObjectName(QStringLiteral("users"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_edit->setObjectName(QStringLiteral("editUser"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_active->setObjectName(QStringLiteral("changeActive"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_status->setObjectName(QStringLiteral("status"));
    m_error->setObjectName(QStringLiteral("error"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_title->setBuddy(m_table);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    refitOnLanguageChange(m_table);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Adding stands apart from what is done to the selected user.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addSpacing(16);
    actions->addWidget(m_edit);
    actions->addWidget(m_role);
    actions->addWidget(m_active);
    actions->addWidget(m_reset);
    actions->addStretch(1);
    // One column of readable width; the table grows downwards with the people.
    auto* content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_intro);
    column->addWidget(m_error);
    column->addLayout(actions);
    column->addWidget(m_status);
    column->addWidget(m_title);
    column->addWidget(m_table, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(content, 1);
    layout->addStretch(0);

    QWidget::setTabOrder(m_add, m_edit);
    QWidget::setTabOrder(m_edit, m_role);
    QWidget::setTabOrder(m_role, m_active);
    QWidget::setTabOrder(m_active, m_reset);
    QWidget::setTabOrder(m_reset, m_table);
    connect(m_add, &QPushButton::clicked, this, [this] { addUser(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editUser(); });
    connect(m_role, &QPushButton::clicked, this, [this] { changeRole(); });
    connect(m_active, &QPushButton::clicked, this, [this] { changeActive(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetPassword(); });
    connect(m_table, &QTableView::activated, this, [this] { editUser(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateActions);

    // Only an administrator manages users; the core refuses everyone else as well.
    const bool manages = m_actor.can(Permission::ManageUsers);
    for (QPushButton* b : {m_add, m_edit, m_role, m_active, m_reset})
        b->setVisible(manages);
    retranslateUi();
    reload();
}

QString UsersView::reload()
{
    const qint64 selected = selectedUserId();
    auto users = UserRepository(m_db).list(m_actor);
    if (!users.ok()) {
        m_error->showMessage(users.message());
        return users.message();
    }
    // The sites name where coordinators and therapists work; without them, their ids show.
    auto sites = trialSites(m_db, m_actor);
    if (sites.ok())
        m_error->hide();
    else
        m_error->showMessage(sites.message());
    m_model->setUsers(std::move(users).value(),
                      sites.ok() ? std::move(sites).value() : std::vector<Site>{});
    m_table->resizeColumnsToContents();
    // Room between the columns, so that names and roles do not run together.
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 24);
    if (selected != 0)
        select(selected);
    retranslateUi();
    return sites.ok() ? QString() : sites.message();
}

std::optional<User> UsersView::addUser()
{
    AddUserDialog dialog(m_db, m_actor, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return std::nullopt;
    changed(Change::Added, *dialog.created());
    return dialog.created();
}

std::optional<User> UsersView::editUser()
{
    const User* user = selectedUser();
    if (!user || !m_actor.can(Permission::ManageUsers))
        return std::nullopt;
    EditUserDialog dialog(m_db, m_actor, *user, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.updated())
        return std::nullopt;
    changed(Change::Edited, *dialog.updated());
    return dialog.updated();
}

std::optional<User> UsersView::changeRole()
{
    const User* user = selectedUser();
    if (!user || !m_actor.can(Permission::ManageUsers))
        return std::nullopt;
    ChangeRoleDialog dialog(m_db, m_actor, *user, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return std::nullopt;
    changed(Change::RoleChanged, *dialog.changed());
    return dialog.changed();
}

std::optional<User> UsersView::changeActive()
{
    const User* user = selectedUser();
    if (!user || !m_actor.can(Permission::ManageUsers))
        return std::nullopt;
    AccountStatusDialog dialog(m_db, m_actor, *user, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return std::nullopt;
    const User done = *dialog.changed();
    changed(done.active ? Change::Reactivated : Change::Deactivated, done);
    return done;
}

std::optional<User> UsersView::resetPassword()
{
    const User* user = selectedUser();
    if (!user || !m_actor.can(Permission::ManageUsers))
        return std::nullopt;
    const User who = *user;
    ResetPasswordDialog dialog(m_db, m_actor, who, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isReset())
        return std::nullopt;
    changed(Change::PasswordReset, who);
    const int row = m_model->rowOf(who.id);
    return row >= 0 ? std::optional<User>(*m_model->userAt(row)) : std::nullopt;
}

void UsersView::changed(Change change, const User& user)
{
    m_change = change;
    m_changed = user;
    reload();
    select(user.id);
    m_table->setFocus();
}

bool UsersView::select(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateActions();
    return true;
}

const User* UsersView::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

qint64 UsersView::selectedUserId() const
{
    const User* u = selectedUser();
    return u ? u->id : 0;
}

void UsersView::updateActions()
{
    const User* user = selectedUser();
    for (QPushButton* b : {m_edit, m_role, m_active, m_reset})
        b->setEnabled(user != nullptr);
    m_active->setText(!user || user->active ? tr("&Deactivate…") : tr("Rea&ctivate…"));
}

void UsersView::retranslateUi()
{
    m_intro->setText(tr("The people who work in this trial. Each signs in with their own user "
                        "name and password and sees only what their role allows; every change "
                        "is recorded in the audit trail. Accounts are never deleted: a "
                        "deactivated account cannot sign in but keeps its name on what it "
                        "did."));
    m_title->setText(tr("&Users: %Ln", nullptr, m_model->rowCount()));
    m_add->setText(tr("&Add user…"));
    m_edit->setText(tr("&Edit…"));
    m_role->setText(tr("Change &role…"));
    m_reset->setText(tr("Reset &password…"));
    updateActions();
    if (m_changed) {
        const User& u = *m_changed;
        switch (m_change) {
        case Change::Added:
            m_status->setText(tr("%1 (%2) was added as %3 and can now sign in.")
                                  .arg(u.displayName, u.username, Roles::displayName(u.role)));
            break;
        case Change::Edited:
            m_status->setText(
                tr("The changes to %1 (%2) were saved.").arg(u.displayName, u.username));
            break;
        case Change::Deactivated:
            m_status->setText(tr("%1 (%2) was deactivated and can no longer sign in.")
                                  .arg(u.displayName, u.username));
            break;
        case Change::Reactivated:
            m_status->setText(tr("%1 (%2) was reactivated and can sign in again.")
                                  .arg(u.displayName, u.username));
            break;
        case Change::PasswordReset:
            m_status->setText(tr("%1 (%2) has a temporary password and must choose a new one at "
                                 "the next sign-in.")
                                  .arg(u.displayName, u.username));
            break;
        case Change::RoleChanged:
            m_status->setText(tr("%1 (%2) is now %3, from their next sign-in.")
                                  .arg(u.displayName, u.username, Roles::displayName(u.role)));
            break;
        case Change::None:
            break;
        }
    }
    m_status->setVisible(m_changed.has_value());
    m_model->retranslate();
}

void UsersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersView::showEvent(QShowEvent* event)
{
    // Users may have been changed elsewhere (the command line) since the area was last shown.
    reload();
    QWidget::showEvent(event);
}

QString UsersView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Users");
}

QString UsersView::refresh()
{
    return reload();
}

bool UsersView::shown() const
{
    // The administrator's users; core refuses everyone else as well.
    return m_actor.can(Permission::ManageUsers);
}

} // namespace td
