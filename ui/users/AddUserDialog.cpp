#include "users/AddUserDialog.h"

#include "access/PasswordPolicy.h"
#include "common/DialogButtons.h"
#include "common/HintLabel.h"
#include "users/SiteChoice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

namespace {
bool takesSites(Role role)
{
    return role == Role::Coordinator || role == Role::Therapist;
}
} // namespace

AddUserDialog::AddUserDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_intro(new QLabel(this)), m_form(new QFormLayout),
      m_userLabel(new QLabel(this)), m_user(new QLineEdit(this)), m_userHint(makeHintLabel(this)),
      m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)), m_roleLabel(new QLabel(this)),
      m_role(new QComboBox(this)), m_roleHint(makeHintLabel(this)), m_sitesLabel(new QLabel(this)),
      m_sites(new SiteChoice(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_passwordHint(makeHintLabel(this)),
      m_repeatLabel(new QLabel(this)), m_repeat(new QLineEdit(this)),
      m_buttons(new DialogButtons(this))
{
    auto* userError = new ErrorLabel(this);
    auto* sitesError = new ErrorLabel(this);
    auto* passwordError = new ErrorLabel(this);
    auto* repeatError = new ErrorLabel(this);
    auto* error = new ErrorLabel(this);
    m_user->setObjectName(QStringLiteral("username"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_roleHint->setObjectName(QStringLiteral("roleHint"));
    m_sites->setObjectName(QStringLiteral("siteChoice"));
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    userError->setObjectName(QStringLiteral("usernameError"));
    sitesError->setObjectName(QStringLiteral("sitesError"));
    passwordError->setObjectName(QStringLiteral("passwordError"));
    repeatError->setObjectName(QStringLiteral("repeatError"));
    error->setObjectName(QStringLiteral("error"));
    m_errors.add(Field::General, error);
    m_errors.add(Field::UserName, userError, m_user);
    m_errors.add(Field::Sites, sitesError, m_sites);
    m_errors.add(Field::Password, passwordError, m_password);
    m_errors.add(Field::Repeat, repeatError, m_repeat);

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
    m_sitesLabel->setBuddy(m_sites);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_userLabel, fieldBox(this, m_user, m_userHint, userError));
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_roleLabel, fieldBox(this, m_role, m_roleHint, nullptr));
    m_sitesBox = fieldBox(this, m_sites, nullptr, sitesError);
    m_form->addRow(m_sitesLabel, m_sitesBox);
    m_form->addRow(m_passwordLabel, fieldBox(this, m_password, m_passwordHint, passwordError));
    m_form->addRow(m_repeatLabel, fieldBox(this, m_repeat, nullptr, repeatError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QWidget::setTabOrder(m_user, m_name);
    QWidget::setTabOrder(m_name, m_role);
    QWidget::setTabOrder(m_role, m_sites->allButton());
    QWidget::setTabOrder(m_sites->allButton(), m_sites->someButton());
    QWidget::setTabOrder(m_sites->someButton(), m_sites->list());
    QWidget::setTabOrder(m_sites->list(), m_password);
    QWidget::setTabOrder(m_password, m_repeat);
    QWidget::setTabOrder(m_repeat, m_buttons->acceptButton());
    QWidget::setTabOrder(m_buttons->acceptButton(), m_buttons->rejectButton());

    auto sites = trialSites(m_db, m_actor);
    if (sites.ok())
        m_sites->setSites(std::move(sites).value());
    else
        m_errors.show(Field::General, sites.message());

    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    retranslateUi();
    m_user->setFocus();
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
    m_sitesLabel->setText(tr("&Sites:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordHint->setText(PasswordPolicy::describe());
    m_repeatLabel->setText(tr("Rep&eat password:"));
    m_buttons->setTexts(tr("Add user"), tr("Cancel"));
    if (m_own != OwnRefusal::None)
        m_errors.retext(m_own == OwnRefusal::Mismatch ? Field::Repeat : Field::Sites,
                        ownRefusalText());
    updateRole();
}

QString AddUserDialog::ownRefusalText() const
{
    return m_own == OwnRefusal::Mismatch
               ? tr("The two passwords differ; type the same password twice.")
               : tr("Tick at least one site, or choose All sites.");
}

void AddUserDialog::updateRole()
{
    const auto role = Roles::fromKey(m_role->currentData().toString());
    // Only coordinators and therapists work at particular sites; the others see every site.
    m_form->setRowVisible(m_sitesBox, role && takesSites(*role));
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
    growToFit(this);
}

void AddUserDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

QString AddUserDialog::submit()
{
    m_errors.clear();
    m_own = OwnRefusal::None;
    const Role role = Roles::fromKey(m_role->currentData().toString()).value_or(Role::Coordinator);
    const bool bound = takesSites(role);
    if (bound && !m_sites->isComplete())
        m_own = OwnRefusal::NoSite;
    else if (m_password->text() != m_repeat->text())
        m_own = OwnRefusal::Mismatch;
    if (m_own != OwnRefusal::None) {
        const QString message = ownRefusalText();
        refuse(m_own == OwnRefusal::Mismatch ? Field::Repeat : Field::Sites, message);
        return message;
    }
    const NewUser user{m_user->text().trimmed(), m_name->text().trimmed(), role, m_password->text(),
                       bound ? m_sites->chosen() : std::vector<qint64>{}};
    auto made = UserRepository(m_db).create(m_actor, user);
    if (!made.ok()) {
        refuse(fieldOf(made.error()), made.message());
        return made.message();
    }
    m_created = *made;
    accept();
    return {};
}

AddUserDialog::Field AddUserDialog::fieldOf(const Error& error) const
{
    if (error.field == QStringLiteral("username"))
        return Field::UserName;
    if (error.field == QStringLiteral("password"))
        return Field::Password;
    if (error.field == QStringLiteral("site"))
        return Field::Sites;
    return Field::General;
}

void AddUserDialog::refuse(Field field, const QString& message)
{
    m_errors.show(field, message);
    growToFit(this);
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
