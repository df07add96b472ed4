#include "main/LoginDialog.h"

#include "access/UserRepository.h"
#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "demo/DemoTrial.h"
#include "i18n/LanguageManager.h"
#include "instruments/TrialDatabase.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace td {

LoginDialog::LoginDialog(Database& db, LanguageManager& languages, bool demo, QWidget* parent)
    : QDialog(parent), m_db(&db), m_languages(languages), m_demo(demo), m_title(new QLabel(this)),
      m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_hint(new QLabel(this)), m_fileNote(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_buttons(new DialogButtons(this))
{
    build();
}

LoginDialog::LoginDialog(const QString& trialOpenedBySignIn, LanguageManager& languages, bool demo,
                         QWidget* parent)
    : QDialog(parent), m_trial(trialOpenedBySignIn), m_languages(languages), m_demo(demo),
      m_title(new QLabel(this)), m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_hint(new QLabel(this)), m_fileNote(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_buttons(new DialogButtons(this))
{
    build();
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<Database> LoginDialog::takeDatabase()
{
    return std::move(m_opened);
}

void LoginDialog::build()
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_password->setEchoMode(QLineEdit::Password);
    m_hint->setWordWrap(true);
    m_hint->setVisible(m_demo);
    m_fileNote->setObjectName(QStringLiteral("encryptedFileNote"));
    m_fileNote->setWordWrap(true);
    m_fileNote->setVisible(!m_trial.isEmpty());
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
    layout->addWidget(m_fileNote);
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
    if (ConnectionSpec::isServerUri(m_trial)) {
        const auto spec = ConnectionSpec::parse(m_trial);
        m_fileNote->setText(tr("The trial %1 is on a database server: you sign in to the server "
                               "with your own user name and password.")
                                .arg(spec.ok() ? spec->displayName() : m_trial));
    } else {
        m_fileNote->setText(tr("The trial file %1 is encrypted: your user name and password open "
                               "it.")
                                .arg(QFileInfo(m_trial).fileName()));
    }
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
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    std::unique_ptr<Database> opened;
    Database* db = m_db;
    if (!db && user.isEmpty()) {
        // Without a name a server would be asked for the computer's own user.
        m_error->showMessage(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (!db) {
        // An encrypted file opens with the key slot of this user and password; a server trial
        // with this user's own login role on the server.
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.user = user;
        options.password = password;
        auto open = openTrialDatabase(m_trial, options);
        if (!open.ok()) {
            m_error->showMessage(open.message());
            return;
        }
        opened = std::move(open).value();
        db = opened.get();
    }
    auto actor = UserRepository(*db).login(user, password);
    if (!actor.ok()) {
        m_error->showMessage(actor.message());
        return;
    }
    m_actor = *actor;
    m_opened = std::move(opened);
    accept();
}

} // namespace td
