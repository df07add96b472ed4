#include "main/OpenServerDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "main/RecentTrials.h"
#include "storage/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

namespace {
// The TLS modes offered, strictest first (libpq's "allow" is left out: it is never needed).
const QStringList offeredModes = {QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                                  QStringLiteral("require"), QStringLiteral("prefer"),
                                  QStringLiteral("disable")};
} // namespace

OpenServerDialog::OpenServerDialog(QWidget* parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_recentLabel(new QLabel(this)),
      m_hostLabel(new QLabel(this)), m_portLabel(new QLabel(this)),
      m_databaseLabel(new QLabel(this)), m_tlsLabel(new QLabel(this)), m_caLabel(new QLabel(this)),
      m_recent(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_tls(new QComboBox(this)), m_caFile(new QLineEdit(this)),
      m_chooseCa(new QPushButton(this)), m_error(new ErrorLabel(this)),
      m_buttons(new DialogButtons(this))
{
    m_intro->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_tls->setObjectName(QStringLiteral("sslmode"));
    m_caFile->setObjectName(QStringLiteral("sslrootcert"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    for (const QString& mode : offeredModes)
        m_tls->addItem(QString(), mode);
    const QStringList recent = RecentTrials::servers();
    for (const QString& address : recent) {
        const auto spec = ConnectionSpec::parse(address);
        m_recent->addItem(spec.ok() ? spec->displayName() : address, address);
    }
    m_recent->setCurrentIndex(-1);
    m_recentLabel->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());
    connect(m_recent, &QComboBox::activated, this,
            [this](int index) { setAddress(m_recent->itemData(index).toString()); });
    connect(m_tls, &QComboBox::currentIndexChanged, this, &OpenServerDialog::tlsModeChanged);
    connect(m_chooseCa, &QPushButton::clicked, this, &OpenServerDialog::chooseCaFile);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCa);
    auto* form = new QFormLayout;
    form->addRow(m_recentLabel, m_recent);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_tlsLabel, m_tls);
    form->addRow(m_caLabel, caRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenServerDialog::attempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(640); // the TLS modes' names whole
    retranslateUi();
    tlsModeChanged();
}

void OpenServerDialog::retranslateUi()
{
    setWindowTitle(tr("Open a trial on a server"));
    m_intro->setText(tr("Where is the trial's database? You then sign in with your TrialDesk user "
                        "name and password, which are your own login on the server. Only the "
                        "address is remembered, never a password."));
    m_recentLabel->setText(tr("&Recent:"));
    m_recentLabel->setBuddy(m_recent);
    m_recent->setPlaceholderText(tr("Pick a server trial opened before"));
    m_hostLabel->setText(tr("&Server:"));
    m_hostLabel->setBuddy(m_host);
    m_host->setPlaceholderText(tr("host name or address, such as db.example.org"));
    m_portLabel->setText(tr("P&ort:"));
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setText(tr("&Database:"));
    m_databaseLabel->setBuddy(m_database);
    m_database->setPlaceholderText(tr("the trial's database, such as dit"));
    m_tlsLabel->setText(tr("&Secure connection:"));
    m_tlsLabel->setBuddy(m_tls);
    const QStringList names = {
        tr("Encrypted, the server's certificate and name checked (verify-full)"),
        tr("Encrypted, the server's certificate checked (verify-ca)"),
        tr("Encrypted, the certificate not checked (require)"),
        tr("Encrypted when the server offers it (prefer)"), tr("Not encrypted (disable)")};
    for (int i = 0; i < m_tls->count() && i < names.size(); ++i)
        m_tls->setItemText(i, names[i]);
    m_caLabel->setText(tr("&Certificate authority:"));
    m_caLabel->setBuddy(m_caFile);
    m_caFile->setPlaceholderText(tr("the file of the CA that signed the server's certificate"));
    m_chooseCa->setText(tr("C&hoose…"));
    m_buttons->setTexts(tr("Open"), tr("Cancel"));
}

void OpenServerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OpenServerDialog::tlsModeChanged()
{
    // Only the verifying modes read the certificate authority's file.
    const bool verifies = m_tls->currentData().toString().startsWith(QLatin1String("verify-"));
    m_caFile->setEnabled(verifies);
    m_chooseCa->setEnabled(verifies);
}

void OpenServerDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The certificate authority's file"), m_caFile->text(),
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void OpenServerDialog::setAddress(const QString& address)
{
    const auto spec = ConnectionSpec::parse(address);
    if (!spec.ok() || !spec->isServer())
        return;
    m_host->setText(spec->host);
    m_port->setValue(spec->port > 0 ? spec->port : 5432);
    m_database->setText(spec->database);
    const int mode = m_tls->findData(ServerAddress::option(*spec, QStringLiteral("sslmode")));
    m_tls->setCurrentIndex(mode >= 0 ? mode : m_tls->findData(QStringLiteral("prefer")));
    m_caFile->setText(ServerAddress::option(*spec, QStringLiteral("sslrootcert")));
}

bool OpenServerDialog::openAt(const QString& host, int port, const QString& database,
                              const QString& sslMode, const QString& caFile)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_tls->setCurrentIndex(m_tls->findData(sslMode));
    m_caFile->setText(caFile);
    attempt();
    return result() == QDialog::Accepted;
}

void OpenServerDialog::attempt()
{
    const QString mode = m_tls->currentData().toString();
    const bool verifies = mode.startsWith(QLatin1String("verify-"));
    auto spec = ServerAddress::build(m_host->text(), m_port->value(), m_database->text(), mode,
                                     verifies ? m_caFile->text() : QString());
    if (!spec.ok()) {
        m_error->showMessage(spec.message());
        // The refused part gets the focus.
        if (auto* field = findChild<QWidget*>(spec.error().field))
            field->setFocus();
        return;
    }
    m_address = ServerAddress::of(*spec);
    accept();
}

} // namespace td
