#include "users/AddUserDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "common/HintLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

namespace {

// Whether the message quotes the name, in any of the quotation marks our languages use
// ("anna", «anna», “anna”, „anna“).
bool quotes(const QString& message, const QString& name)
{
    static const std::pair<QChar, QChar> marks[] = {{QLatin1Char('"'), QLatin1Char('"')},
                                                    {QChar(0x00AB), QChar(0x00BB)},
                                                    {QChar(0x201C), QChar(0x201D)},
                                                    {QChar(0x201E), QChar(0x201C)}};
    for (const auto& [open, close] : marks)
        if (message.contains(open + name + close))
            return true;
    return false;
}

} // namespace

AddUserDialog::AddUserDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_intro(new QLabel(this)),
      m_userLabel(new QLabel(this)), m_user(new QLineEdit(this)), m_userHint(makeHintLabel(this)),
      m_userError(new ErrorLabel(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_roleLabel(new QLabel(this)), m_role(new QComboBox(this)), m_roleHint(makeHintLabel(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_passwordHint(makeHintLabel(this)), m_passwordError(new ErrorLabel(this)),
      m_repeatLabel(new QLabel(this)), m_repeat(new QLineEdit(this)),
      m_repeatError(new ErrorLabel(this)), m_error(new ErrorLabel(this)),
      m_buttons(new DialogButtons(this))
{
    m_user->setObjectName(QStringLiteral("username"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_roleHint->setObjectName(QStringLiteral("roleHint"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_userError->setObjectName(QStringLiteral("usernameError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_repeatError->setObjectName(QStringLiteral("repeatError"));
    m_error->setObjectName(QStringLiteral("error"));

    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    for (Role role : allRoles)
        m_role->addItem(QString(), Roles::key(role));
    // Coordinators are whom a new trial needs first: they screen and randomize.
    m_role->setCurrentIndex(m_role->findData(Roles::key(Role::Coordinator)));
    m_userLabel->setBuddy(m_user);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_userLabel, fieldBox(m_user, m_userHint, m_userError));
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, fieldBox(m_role, m_roleHint, nullptr));
    form->addRow(m_passwordLabel, fieldBox(m_password, m_passwordHint, m_passwordError));
    form->addRow(m_repeatLabel, fieldBox(m_repeat, nullptr, m_repeatError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QWidget::setTabOrder(m_user, m_name);
    QWidget::setTabOrder(m_name, m_role);
    QWidget::setTabOrder(m_role, m_password);
    QWidget::setTabOrder(m_password, m_repeat);
    QWidget::setTabOrder(m_repeat, m_buttons->acceptButton());
    QWidget::setTabOrder(m_buttons->acceptButton(), m_buttons->rejectButton());

    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateRoleHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslateUi();
    m_user->setFocus();
}

QWidget* AddUserDialog::fieldBox(QWidget* field, QLabel* hint, ErrorLabel* error)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    if (error)
        layout->addWidget(error);
    return box;
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    m_intro->setText(tr("The person signs in with this user name and password, and sees and "
                        "does what the role allows. Tell them the password in person."));
    m_userLabel->setText(tr("&User name:"));
    m_userHint->setText(tr("Lower-case, used to sign in; for example anna.berg."));
    m_nameLabel->setText(tr("Full &name:"));
    m_name->setPlaceholderText(tr("Shown in lists; the user name when left empty"));
    m_roleLabel->setText(tr("&Role:"));
    for (int i = 0; i < m_role->count(); ++i)
        if (auto role = Roles::fromKey(m_role->itemData(i).toString()))
            m_role->setItemText(i, Roles::displayName(*role));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordHint->setText(
        tr("At least %n character(s).", nullptr, UserRepository::minPasswordLength));
    m_repeatLabel->setText(tr("Rep&eat password:"));
    m_buttons->setTexts(tr("Add user"), tr("Cancel"));
    if (m_mismatch)
        m_repeatError->showMessage(tr("The two passwords differ; type the same password twice."));
    updateRoleHint();
}

void AddUserDialog::updateRoleHint()
{
    const auto role = Roles::fromKey(m_role->currentData().toString());
    if (!role) {
        m_roleHint->clear();
        return;
    }
    // What the role may do, straight from the core's permission matrix.
    QStringList may;
    for (Permission p : allPermissions)
        if (Roles::allows(*role, p))
            may << Roles::permissionName(p);
    m_roleHint->setText(
        tr("%1: may %2.").arg(Roles::displayName(*role), QLocale().createSeparatedList(may)));
    fitHeight();
}

void AddUserDialog::fitHeight()
{
    // Wrapped hints and refusals grow taller than the dialog was when shown; grow with them.
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void AddUserDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

QString AddUserDialog::submit()
{
    clearErrors();
    if (m_password->text() != m_repeat->text()) {
        m_mismatch = true;
        const QString message = tr("The two passwords differ; type the same password twice.");
        showError(Field::Repeat, message);
        return message;
    }
    const NewUser user{m_user->text().trimmed(), m_name->text().trimmed(),
                       Roles::fromKey(m_role->currentData().toString()).value_or(Role::Coordinator),
                       m_password->text()};
    auto made = UserRepository(m_db).create(m_actor, user);
    if (!made.ok()) {
        showError(fieldOf(made.error(), user), made.message());
        return made.message();
    }
    m_created = *made;
    accept();
    return {};
}

AddUserDialog::Field AddUserDialog::fieldOf(const Error& error, const NewUser& tried) const
{
    if (error.code == ErrorCode::Conflict)
        return Field::UserName; // the name is taken
    if (error.code != ErrorCode::Invalid)
        return Field::General;
    // The core names no field. It checks the user name before the password, a password of
    // the required length passes, and its refusal of a name quotes the name.
    if (tried.password.size() >= UserRepository::minPasswordLength)
        return Field::UserName;
    return quotes(error.message, tried.username) ? Field::UserName : Field::Password;
}

ErrorLabel* AddUserDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::UserName:
        return m_userError;
    case Field::Password:
        return m_passwordError;
    case Field::Repeat:
        return m_repeatError;
    case Field::General:
        break;
    }
    return m_error;
}

QWidget* AddUserDialog::errorFocus(Field field) const
{
    switch (field) {
    case Field::UserName:
        return m_user;
    case Field::Password:
        return m_password;
    case Field::Repeat:
        return m_repeat;
    case Field::General:
        break;
    }
    return nullptr;
}

QString AddUserDialog::errorText(Field field) const
{
    const ErrorLabel* label = errorLabel(field);
    return label->isHidden() ? QString() : label->text();
}

void AddUserDialog::clearErrors()
{
    m_errorField.reset();
    m_mismatch = false;
    for (Field f : {Field::General, Field::UserName, Field::Password, Field::Repeat}) {
        errorLabel(f)->clear();
        errorLabel(f)->hide();
    }
}

void AddUserDialog::showError(Field field, const QString& message)
{
    m_errorField = field;
    errorLabel(field)->showMessage(message);
    fitHeight();
    // The keyboard goes to the field to correct, its text ready to be typed over.
    if (auto* edit = qobject_cast<QLineEdit*>(errorFocus(field))) {
        edit->setFocus();
        edit->selectAll();
    }
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
