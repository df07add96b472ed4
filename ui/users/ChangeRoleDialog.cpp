#include "users/ChangeRoleDialog.h"

#include "access/Disclosure.h"
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

ChangeRoleDialog::ChangeRoleDialog(Database& db, const Actor& actor, const User& user,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_user(user), m_intro(new QLabel(this)),
      m_form(new QFormLayout), m_currentLabel(new QLabel(this)), m_currentValue(new QLabel(this)),
      m_roleLabel(new QLabel(this)), m_role(new QComboBox(this)), m_roleHint(makeHintLabel(this)),
      m_sitesLabel(new QLabel(this)), m_sites(new SiteChoice(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_buttons(new DialogButtons(this))
{
    auto* roleError = new ErrorLabel(this);
    auto* sitesError = new ErrorLabel(this);
    auto* reasonError = new ErrorLabel(this);
    auto* error = new ErrorLabel(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_roleHint->setObjectName(QStringLiteral("roleHint"));
    m_sites->setObjectName(QStringLiteral("siteChoice"));
    m_reason->setObjectName(QStringLiteral("reason"));
    roleError->setObjectName(QStringLiteral("roleError"));
    sitesError->setObjectName(QStringLiteral("sitesError"));
    reasonError->setObjectName(QStringLiteral("reasonError"));
    error->setObjectName(QStringLiteral("error"));
    m_errors.add(Field::General, error);
    m_errors.add(Field::Role, roleError, m_role);
    m_errors.add(Field::Sites, sitesError, m_sites);
    m_errors.add(Field::Reason, reasonError, m_reason);

    m_intro->setWordWrap(true);
    // The roles other than the one the user has.
    for (Role role : allRoles)
        if (role != user.role)
            m_role->addItem(QString(), Roles::key(role));
    m_roleLabel->setBuddy(m_role);
    m_sitesLabel->setBuddy(m_sites);
    m_reasonLabel->setBuddy(m_reason);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_currentLabel, m_currentValue);
    m_form->addRow(m_roleLabel, fieldBox(this, m_role, m_roleHint, roleError));
    m_sitesBox = fieldBox(this, m_sites, nullptr, sitesError);
    m_form->addRow(m_sitesLabel, m_sitesBox);
    m_form->addRow(m_reasonLabel, fieldBox(this, m_reason, nullptr, reasonError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QWidget::setTabOrder(m_role, m_sites->allButton());
    QWidget::setTabOrder(m_sites->allButton(), m_sites->someButton());
    QWidget::setTabOrder(m_sites->someButton(), m_sites->list());
    QWidget::setTabOrder(m_sites->list(), m_reason);
    QWidget::setTabOrder(m_reason, m_buttons->acceptButton());
    QWidget::setTabOrder(m_buttons->acceptButton(), m_buttons->rejectButton());

    auto sites = trialSites(m_db, m_actor);
    if (sites.ok())
        m_sites->setSites(std::move(sites).value());
    else
        m_errors.show(Field::General, sites.message());
    // Where they work now, when they work at chosen sites; every site otherwise.
    m_sites->setChosen(UserRepository::takesSites(user.role) ? user.sites : std::vector<qint64>{});

    connect(m_role, &QComboBox::currentIndexChanged, this, &ChangeRoleDialog::updateRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    retranslateUi();
    m_role->setFocus();
}

std::optional<Role> ChangeRoleDialog::chosenRole() const
{
    return Roles::fromKey(m_role->currentData().toString());
}

bool ChangeRoleDialog::setRole(Role role)
{
    const int index = m_role->findData(Roles::key(role));
    if (index < 0)
        return false;
    m_role->setCurrentIndex(index);
    return true;
}

void ChangeRoleDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change role"));
    m_intro->setText(tr("%1 (%2) signs in as before, and from then on sees and does what the new "
                        "role allows. Say why; the old and new role and the reason are kept in "
                        "the audit trail.")
                         .arg(m_user.displayName, m_user.username));
    m_currentLabel->setText(tr("Current role:"));
    m_currentValue->setText(Roles::displayName(m_user.role));
    m_roleLabel->setText(tr("New &role:"));
    for (int i = 0; i < m_role->count(); ++i)
        if (auto role = Roles::fromKey(m_role->itemData(i).toString()))
            m_role->setItemText(i, Roles::displayName(*role));
    m_sitesLabel->setText(tr("&Sites:"));
    m_reasonLabel->setText(tr("R&eason:"));
    m_reason->setPlaceholderText(tr("e.g. Rates the outcomes from 1 March"));
    m_buttons->setTexts(tr("Change role"), tr("Cancel"));
    if (m_noSite)
        m_errors.retext(Field::Sites, tr("Tick at least one site, or choose All sites."));
    updateRole();
}

void ChangeRoleDialog::updateRole()
{
    const auto role = chosenRole();
    // Only coordinators and therapists work at particular sites; the others see every site.
    m_form->setRowVisible(m_sitesBox, role && UserRepository::takesSites(*role));
    if (!role) {
        m_roleHint->clear();
        return;
    }
    // What the role may do, straight from the core's permission matrix.
    QStringList may;
    for (Permission p : allPermissions)
        if (Roles::allows(*role, p))
            may << Roles::permissionName(p);
    QString hint =
        tr("%1: may %2.").arg(Roles::displayName(*role), QLocale().createSeparatedList(may));
    // Blinding: what an unblinded user has seen stays with them.
    const auto seesArms = [](Role r) { return Disclosure::of(Actor{0, QString(), r}).arms(); };
    if (!seesArms(*role) && seesArms(m_user.role))
        hint += QLatin1Char(' ') +
                tr("%1 has been able to see the arms, and remembers what they saw: a blinded "
                   "role suits someone who never had an unblinded one in this trial.")
                    .arg(m_user.displayName);
    m_roleHint->setText(hint);
    growToFit(this);
}

QString ChangeRoleDialog::submit()
{
    m_errors.clear();
    const auto role = chosenRole();
    if (!role)
        return {};
    const bool bound = UserRepository::takesSites(*role);
    m_noSite = bound && !m_sites->isComplete();
    if (m_noSite) {
        const QString message = tr("Tick at least one site, or choose All sites.");
        refuse(Field::Sites, message);
        return message;
    }
    auto done =
        UserRepository(m_db).changeRole(m_actor, m_user.id, *role, m_reason->text().trimmed(),
                                        bound ? m_sites->chosen() : std::vector<qint64>{});
    if (!done.ok()) {
        const QString& field = done.error().field;
        refuse(field == QStringLiteral("reason") ? Field::Reason
               : field == QStringLiteral("site") ? Field::Sites
               : field == QStringLiteral("role") ? Field::Role
                                                 : Field::General,
               done.message());
        return done.message();
    }
    m_changed = *done;
    accept();
    return {};
}

void ChangeRoleDialog::refuse(Field field, const QString& message)
{
    m_errors.show(field, message);
    growToFit(this);
}

void ChangeRoleDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

void ChangeRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
