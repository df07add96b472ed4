#include "users/AccountStatusDialog.h"

#include "common/DialogButtons.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

AccountStatusDialog::AccountStatusDialog(Database& db, const Actor& actor, const User& user,
                                         QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_user(user), m_text(new QLabel(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_buttons(new DialogButtons(this))
{
    auto* reasonError = new ErrorLabel(this);
    auto* error = new ErrorLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    reasonError->setObjectName(QStringLiteral("reasonError"));
    error->setObjectName(QStringLiteral("error"));
    m_errors.add(Field::General, error);
    m_errors.add(Field::Reason, reasonError, m_reason);
    m_text->setWordWrap(true);
    m_reasonLabel->setBuddy(m_reason);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_reasonLabel, fieldBox(this, m_reason, nullptr, reasonError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    retranslateUi();
    m_reason->setFocus();
}

void AccountStatusDialog::retranslateUi()
{
    const QString who = tr("%1 (%2)").arg(m_user.displayName, m_user.username);
    if (deactivates()) {
        setWindowTitle(tr("Deactivate user"));
        m_text->setText(tr("%1 will no longer be able to sign in. The account is kept, with "
                           "their name on everything they did, and can be reactivated later. "
                           "Say why; the reason is kept in the audit trail.")
                            .arg(who));
        m_reason->setPlaceholderText(tr("e.g. Left the project on 1 March"));
        m_buttons->setTexts(tr("Deactivate"), tr("Cancel"));
    } else {
        setWindowTitle(tr("Reactivate user"));
        m_text->setText(tr("%1 will be able to sign in again, with the password they had. Say "
                           "why; the reason is kept in the audit trail.")
                            .arg(who));
        m_reason->setPlaceholderText(tr("e.g. Back from leave"));
        m_buttons->setTexts(tr("Reactivate"), tr("Cancel"));
    }
    m_reasonLabel->setText(tr("&Reason:"));
}

QString AccountStatusDialog::submit(const QString& reason)
{
    m_reason->setText(reason);
    return submit();
}

QString AccountStatusDialog::submit()
{
    m_errors.clear();
    UserRepository users(m_db);
    const QString reason = m_reason->text().trimmed();
    auto done = deactivates() ? users.deactivate(m_actor, m_user.id, reason)
                              : users.reactivate(m_actor, m_user.id, reason);
    if (!done.ok()) {
        m_errors.show(done.error().field == QStringLiteral("reason") ? Field::Reason
                                                                     : Field::General,
                      done.message());
        growToFit(this);
        return done.message();
    }
    m_changed = *done;
    accept();
    return {};
}

void AccountStatusDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

void AccountStatusDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
