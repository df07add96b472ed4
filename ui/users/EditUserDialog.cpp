#include "users/EditUserDialog.h"

#include "common/DialogButtons.h"
#include "common/HintLabel.h"
#include "users/SiteChoice.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

EditUserDialog::EditUserDialog(Database& db, const Actor& actor, const User& user, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_user(user),
      m_takesSites(user.role == Role::Coordinator || user.role == Role::Therapist),
      m_intro(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_userValue(new QLabel(user.username, this)), m_roleLabel(new QLabel(this)),
      m_roleValue(new QLabel(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_sitesLabel(new QLabel(this)), m_sites(new SiteChoice(this)),
      m_sitesHint(makeHintLabel(this)), m_buttons(new DialogButtons(this))
{
    auto* nameError = new ErrorLabel(this);
    auto* sitesError = new ErrorLabel(this);
    auto* error = new ErrorLabel(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_sites->setObjectName(QStringLiteral("siteChoice"));
    nameError->setObjectName(QStringLiteral("displayNameError"));
    sitesError->setObjectName(QStringLiteral("sitesError"));
    error->setObjectName(QStringLiteral("error"));
    m_errors.add(Field::General, error);
    m_errors.add(Field::DisplayName, nameError, m_name);
    m_errors.add(Field::Sites, sitesError, m_sites);

    m_intro->setWordWrap(true);
    m_userValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setText(user.displayName);
    m_nameLabel->setBuddy(m_name);
    m_sitesLabel->setBuddy(m_sites);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_userLabel, m_userValue);
    form->addRow(m_roleLabel, m_roleValue);
    form->addRow(m_nameLabel, fieldBox(this, m_name, nullptr, nameError));
    QWidget* sitesBox = fieldBox(this, m_sites, m_sitesHint, sitesError);
    form->addRow(m_sitesLabel, sitesBox);
    // Only coordinators and therapists work at particular sites.
    form->setRowVisible(sitesBox, m_takesSites);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QWidget::setTabOrder(m_name, m_sites->allButton());
    QWidget::setTabOrder(m_sites->allButton(), m_sites->someButton());
    QWidget::setTabOrder(m_sites->someButton(), m_sites->list());
    QWidget::setTabOrder(m_sites->list(), m_buttons->acceptButton());
    QWidget::setTabOrder(m_buttons->acceptButton(), m_buttons->rejectButton());

    if (m_takesSites) {
        auto sites = trialSites(m_db, m_actor);
        if (sites.ok())
            m_sites->setSites(std::move(sites).value());
        else
            m_errors.show(Field::General, sites.message());
        m_sites->setChosen(user.sites);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslateUi();
    m_name->setFocus();
    m_name->selectAll();
}

void EditUserDialog::retranslateUi()
{
    setWindowTitle(tr("Edit user"));
    m_intro->setText(tr("Change the name shown for %1 (%2) and where they work. The user name "
                        "stays; the role changes with Change role…. Every change is recorded in "
                        "the audit trail.")
                         .arg(m_user.displayName, m_user.username));
    m_userLabel->setText(tr("User name:"));
    m_roleLabel->setText(tr("Role:"));
    m_roleValue->setText(Roles::displayName(m_user.role));
    m_nameLabel->setText(tr("Full &name:"));
    m_name->setPlaceholderText(tr("Shown in lists; the user name when left empty"));
    m_sitesLabel->setText(tr("&Sites:"));
    m_sitesHint->setText(tr("The participants of these sites are the ones they see and work "
                            "with."));
    m_buttons->setTexts(tr("Save changes"), tr("Cancel"));
    if (m_noSite)
        m_errors.retext(Field::Sites, tr("Tick at least one site, or choose All sites."));
}

QString EditUserDialog::submit()
{
    m_errors.clear();
    m_noSite = m_takesSites && !m_sites->isComplete();
    if (m_noSite) {
        const QString message = tr("Tick at least one site, or choose All sites.");
        refuse(Field::Sites, message);
        return message;
    }
    auto saved =
        UserRepository(m_db).update(m_actor, m_user.id, m_name->text().trimmed(),
                                    m_takesSites ? m_sites->chosen() : std::vector<qint64>{});
    if (!saved.ok()) {
        const QString& field = saved.error().field;
        refuse(field == QStringLiteral("site")           ? Field::Sites
               : field == QStringLiteral("display_name") ? Field::DisplayName
                                                         : Field::General,
               saved.message());
        return saved.message();
    }
    m_updated = *saved;
    accept();
    return {};
}

void EditUserDialog::refuse(Field field, const QString& message)
{
    m_errors.show(field, message);
    growToFit(this);
}

void EditUserDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

void EditUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
