#include "main/FirstAdministratorDialog.h"

#include "access/UserRepository.h"
#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

FirstAdministratorDialog::FirstAdministratorDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_intro(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_nameLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_repeatLabel(new QLabel(this)), m_error(new ErrorLabel(this)), m_user(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_buttons(new DialogButtons(this))
{
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    retranslateUi();
}

void FirstAdministratorDialog::retranslateUi()
{
    setWindowTitle(tr("New trial database"));
    m_intro->setText(tr("This trial database is new. Create its administrator, who then adds "
                        "the other users and sets up the protocol."));
    m_userLabel->setText(tr("&User name:"));
    m_userLabel->setBuddy(m_user);
    m_nameLabel->setText(tr("Full &name:"));
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_repeatLabel->setBuddy(m_repeat);
    m_buttons->setTexts(tr("Create administrator"), tr("Cancel"));
}

void FirstAdministratorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstAdministratorDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->showMessage(tr("The two passwords differ; type the same password twice."));
        return;
    }
    auto actor = UserRepository(m_db).bootstrapAdministrator(
        {m_user->text().trimmed(), m_name->text().trimmed(), Role::Administrator,
         m_password->text()});
    if (!actor.ok()) {
        m_error->showMessage(actor.message());
        return;
    }
    m_actor = *actor;
    accept();
}

} // namespace td
