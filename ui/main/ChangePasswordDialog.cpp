#include "main/ChangePasswordDialog.h"

#include "access/PasswordPolicy.h"
#include "access/UserRepository.h"
#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "common/HintLabel.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

ChangePasswordDialog::ChangePasswordDialog(Database& db, const Actor& actor, Mode mode,
                                           QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_mode(mode), m_intro(new QLabel(this)),
      m_currentLabel(new QLabel(this)), m_replacementLabel(new QLabel(this)),
      m_repeatLabel(new QLabel(this)), m_rules(makeHintLabel(this)), m_current(new QLineEdit(this)),
      m_replacement(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_currentError(new ErrorLabel(this)), m_replacementError(new ErrorLabel(this)),
      m_repeatError(new ErrorLabel(this)), m_error(new ErrorLabel(this)),
      m_buttons(new DialogButtons(this))
{
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_rules->setObjectName(QStringLiteral("rules"));
    m_current->setObjectName(QStringLiteral("current"));
    m_replacement->setObjectName(QStringLiteral("replacement"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_currentError->setObjectName(QStringLiteral("currentError"));
    m_replacementError->setObjectName(QStringLiteral("replacementError"));
    m_repeatError->setObjectName(QStringLiteral("repeatError"));
    m_error->setObjectName(QStringLiteral("error"));
    for (QLineEdit* field : {m_current, m_replacement, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    m_replacementLabel->setBuddy(m_replacement);
    m_repeatLabel->setBuddy(m_repeat);

    // One column, each label over its field and the lines under it: wrapped rules and
    // refusals keep their full height this way (a form layout squeezes them).
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_currentLabel);
    layout->addWidget(m_current);
    layout->addWidget(m_currentError);
    layout->addSpacing(8);
    layout->addWidget(m_replacementLabel);
    layout->addWidget(m_replacement);
    layout->addWidget(m_rules);
    layout->addWidget(m_replacementError);
    layout->addSpacing(8);
    layout->addWidget(m_repeatLabel);
    layout->addWidget(m_repeat);
    layout->addWidget(m_repeatError);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    retranslateUi();
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(m_mode == Mode::Forced
                         ? tr("An administrator has reset the password of %1. Choose a new "
                              "password of your own before you go on; the one you signed in "
                              "with is the current password.")
                               .arg(m_actor.username)
                         : tr("Change the password of %1.").arg(m_actor.username));
    m_currentLabel->setText(tr("&Current password:"));
    m_replacementLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat new password:"));
    m_rules->setText(PasswordPolicy::describe());
    m_buttons->setTexts(tr("Change password"),
                        m_mode == Mode::Forced ? tr("Sign out") : tr("Cancel"));
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool ChangePasswordDialog::change(const QString& current, const QString& replacement,
                                  const QString& repeat)
{
    m_current->setText(current);
    m_replacement->setText(replacement);
    m_repeat->setText(repeat);
    attempt();
    return result() == QDialog::Accepted;
}

ErrorLabel* ChangePasswordDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::Current:
        return m_currentError;
    case Field::Replacement:
        return m_replacementError;
    case Field::Repeat:
        return m_repeatError;
    case Field::General:
        break;
    }
    return m_error;
}

QString ChangePasswordDialog::errorText(Field field) const
{
    const ErrorLabel* label = errorLabel(field);
    return label->isHidden() ? QString() : label->text();
}

void ChangePasswordDialog::clearErrors()
{
    for (Field f : {Field::Current, Field::Replacement, Field::Repeat, Field::General}) {
        errorLabel(f)->clear();
        errorLabel(f)->hide();
    }
}

void ChangePasswordDialog::fitHeight()
{
    // A refusal adds lines: grow so that none is cut off (the width stays the user's).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ChangePasswordDialog::showError(Field field, const QString& message)
{
    errorLabel(field)->showMessage(message);
    fitHeight();
    QLineEdit* at = field == Field::Current       ? m_current
                    : field == Field::Replacement ? m_replacement
                    : field == Field::Repeat      ? m_repeat
                                                  : nullptr;
    if (at) {
        at->selectAll();
        at->setFocus();
    }
}

void ChangePasswordDialog::attempt()
{
    clearErrors();
    if (m_replacement->text() != m_repeat->text()) {
        showError(Field::Repeat, tr("The two new passwords differ; type the same password twice."));
        return;
    }
    auto changed =
        UserRepository(m_db).changePassword(m_actor, m_current->text(), m_replacement->text());
    if (!changed.ok()) {
        const Error& e = changed.error();
        if (e.field == QLatin1String("current_password"))
            showError(Field::Current, e.message);
        else if (e.field == QLatin1String("password"))
            showError(Field::Replacement, e.message);
        else
            showError(Field::General, e.message);
        return;
    }
    m_actor = *changed;
    m_current->clear();
    m_replacement->clear();
    m_repeat->clear();
    accept();
}

} // namespace td
