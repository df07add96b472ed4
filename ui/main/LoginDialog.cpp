#include "main/LoginDialog.h"

#include "access/UserRepository.h"
#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "demo/DemoTrial.h"
#include "i18n/LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace td {

LoginDialog::LoginDialog(Database& db, LanguageManager& languages, bool demo, QWidget* parent)
    : QDialog(parent), m_db(db), m_languages(languages), m_demo(demo), m_title(new QLabel(this)),
      m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_hint(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_buttons(new DialogButtons(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_password->setEchoMode(QLineEdit::Password);
    m_hint->setWordWrap(true);
    m_hint->setVisible(demo);
    for (const QString& code : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(
        static_cast<int>(LanguageManager::languages().indexOf(m_languages.language())));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languages.setLanguage(m_language->currentData().toString()); });
    // The language can also change elsewhere (the main window's menu): keep the picker in step.
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString& code) {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(m_language->findData(code));
    });

    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    retranslateUi();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to TrialDesk"));
    m_title->setText(tr("TrialDesk"));
    m_userLabel->setText(tr("&User name:"));
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_hint->setText(tr("This is a demo trial. Users: admin, pi, coordinator, therapist1, "
                       "therapist2, assessor (blinded) and statistician; the password of each "
                       "is \"%1\".")
                        .arg(QString::fromLatin1(DemoTrial::password)));
    m_buttons->setTexts(tr("Sign in"), tr("Cancel"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool LoginDialog::signIn(const QString& username, const QString& password)
{
    m_user->setText(username);
    m_password->setText(password);
    attempt();
    return result() == QDialog::Accepted;
}

void LoginDialog::attempt()
{
    auto actor = UserRepository(m_db).login(m_user->text().trimmed(), m_password->text());
    m_password->clear();
    if (!actor.ok()) {
        m_error->showMessage(actor.message());
        return;
    }
    m_actor = *actor;
    accept();
}

} // namespace td
