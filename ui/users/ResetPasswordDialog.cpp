#include "users/ResetPasswordDialog.h"

#include "access/PasswordPolicy.h"
#include "common/DialogButtons.h"
#include "common/HintLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

ResetPasswordDialog::ResetPasswordDialog(Database& db, const Actor& actor, const User& user,
                                         QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_user(user), m_text(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_passwordHint(makeHintLabel(this)), m_repeatLabel(new QLabel(this)),
      m_repeat(new QLineEdit(this)), m_buttons(new DialogButtons(this))
{
    auto* passwordError = new ErrorLabel(this);
    auto* repeatError = new ErrorLabel(this);
    auto* error = new ErrorLabel(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    passwordError->setObjectName(QStringLiteral("passwordError"));
    repeatError->setObjectName(QStringLiteral("repeatError"));
    error->setObjectName(QStringLiteral("error"));
    m_errors.add(Field::General, error);
    m_errors.add(Field::Password, passwordError, m_password);
    m_errors.add(Field::Repeat, repeatError, m_repeat);
    m_text->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_passwordLabel, fieldBox(this, m_password, m_passwordHint, passwordError));
    form->addRow(m_repeatLabel, fieldBox(this, m_repeat, nullptr, repeatError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslateUi();
    m_password->setFocus();
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password"));
    m_text->setText(tr("Give %1 (%2) a temporary password and tell it to them in person. They "
                       "must choose a new password of their own the next time they sign in.")
                        .arg(m_user.displayName, m_user.username));
    m_passwordLabel->setText(tr("Temporary &password:"));
    m_passwordHint->setText(PasswordPolicy::describe());
    m_repeatLabel->setText(tr("Rep&eat password:"));
    m_buttons->setTexts(tr("Reset password"), tr("Cancel"));
    if (m_mismatch)
        m_errors.retext(Field::Repeat,
                        tr("The two passwords differ; type the same password twice."));
}

QString ResetPasswordDialog::submit(const QString& password, const QString& repeat)
{
    m_password->setText(password);
    m_repeat->setText(repeat);
    return submit();
}

QString ResetPasswordDialog::submit()
{
    m_errors.clear();
    m_mismatch = m_password->text() != m_repeat->text();
    if (m_mismatch) {
        const QString message = tr("The two passwords differ; type the same password twice.");
        refuse(Field::Repeat, message);
        return message;
    }
    auto reset = UserRepository(m_db).resetPassword(m_actor, m_user.id, m_password->text());
    if (!reset.ok()) {
        refuse(reset.error().field == QStringLiteral("password") ? Field::Password : Field::General,
               reset.message());
        return reset.message();
    }
    m_reset = true;
    accept();
    return {};
}

void ResetPasswordDialog::refuse(Field field, const QString& message)
{
    m_errors.show(field, message);
    growToFit(this);
}

void ResetPasswordDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

void ResetPasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
