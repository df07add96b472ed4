#include "protocol/AdministratorPage.h"

#include "access/PasswordPolicy.h"
#include "common/ErrorLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent), m_intro(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_nameLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_repeatLabel(new QLabel(this)), m_user(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    m_intro->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    m_userLabel->setBuddy(m_user);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    for (QLineEdit* e : {m_user, m_name, m_password, m_repeat})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_refusal.clear();
            check();
        });
    retranslateUi();
}

NewUser AdministratorPage::user() const
{
    return {m_user->text().trimmed(), m_name->text().trimmed(), Role::Administrator,
            m_password->text()};
}

bool AdministratorPage::isComplete() const
{
    return !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
           m_password->text() == m_repeat->text();
}

void AdministratorPage::showError(const QString& message)
{
    m_refusal = message;
    check();
}

QString AdministratorPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AdministratorPage::check()
{
    const bool differ = !m_repeat->text().isEmpty() && m_password->text() != m_repeat->text();
    m_repeat->setStyleSheet(differ ? QStringLiteral("border: 2px solid #b00020;") : QString());
    QStringList lines;
    if (differ)
        lines << tr("The two passwords differ; type the same password twice.");
    if (!m_refusal.isEmpty())
        lines << m_refusal;
    if (lines.isEmpty())
        m_error->hide();
    else
        m_error->showMessage(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

void AdministratorPage::retranslateUi()
{
    setTitle(tr("First administrator"));
    setSubTitle(tr("The administrator signs in to the new trial first, adds the other users and "
                   "can change the protocol."));
    m_intro->setText(tr("User names are 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                        "starting with a letter. The password needs at least %1 characters.")
                         .arg(PasswordPolicy::minLength));
    m_userLabel->setText(tr("&User name:"));
    m_nameLabel->setText(tr("Full na&me:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    check();
}

void AdministratorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace td
