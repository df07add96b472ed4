#include "users/UsersView.h"

#include "common/ErrorLabel.h"
#include "users/AddUserDialog.h"
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
      m_add(new QPushButton(this)), m_status(new QLabel(this)), m_error(new ErrorLabel(this))
{
    m_table->setObjectName(QStringLiteral("users"));
    m_add->setObjectName(QStringLiteral("addUser"));
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
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_status, 1);
    // One column of readable width; the table grows downwards with the people.
    auto* content = new QWidget(this);
    content->setMaximumWidth(900);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_intro);
    column->addWidget(m_error);
    column->addLayout(actions);
    column->addWidget(m_title);
    column->addWidget(m_table, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(content, 1);
    layout->addStretch(0);

    QWidget::setTabOrder(m_add, m_table);
    connect(m_add, &QPushButton::clicked, this, [this] { addUser(); });

    // Only an administrator may add users; the core refuses everyone else as well.
    m_add->setVisible(m_actor.can(Permission::ManageUsers));
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
    m_error->hide();
    m_model->setUsers(std::move(users).value());
    m_table->resizeColumnsToContents();
    // Room between the columns, so that names and roles do not run together.
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 24);
    if (selected != 0)
        select(selected);
    retranslateUi();
    return {};
}

std::optional<User> UsersView::addUser()
{
    AddUserDialog dialog(m_db, m_actor, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return std::nullopt;
    m_added = dialog.created();
    reload();
    select(m_added->id);
    m_table->setFocus();
    return m_added;
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
    return true;
}

qint64 UsersView::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const User* u = rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
    return u ? u->id : 0;
}

void UsersView::retranslateUi()
{
    m_intro->setText(tr("The people who work in this trial. Each signs in with their own user "
                        "name and password and sees only what their role allows; every change "
                        "is recorded in the audit trail."));
    m_title->setText(tr("&Users: %n", nullptr, m_model->rowCount()));
    m_add->setText(tr("&Add user…"));
    if (m_added)
        m_status->setText(
            tr("%1 (%2) was added as %3 and can now sign in.")
                .arg(m_added->displayName, m_added->username, Roles::displayName(m_added->role)));
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
    // Users may have been added elsewhere (the command line) since the area was last shown.
    reload();
    QWidget::showEvent(event);
}

} // namespace td
