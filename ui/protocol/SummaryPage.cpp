#include "protocol/SummaryPage.h"

#include "common/ErrorLabel.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolSummary.h"
#include "storage/ConnectionSpec.h"
#include "trial/ProtocolFile.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

SummaryPage::SummaryPage(ProtocolDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_draft(draft), m_summary(new QTextBrowser(this)),
      m_fileLabel(new QLabel(this)), m_file(new QLineEdit(this)),
      m_chooseFile(new QPushButton(this)), m_encrypt(new QCheckBox(this)),
      m_serverNote(new QLabel(this)), m_saveProtocol(new QPushButton(this)),
      m_status(new QLabel(this)), m_error(new ErrorLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_file->setObjectName(QStringLiteral("trialFile"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setBuddy(m_file);
    auto* file = new QHBoxLayout;
    file->addWidget(m_fileLabel);
    file->addWidget(m_file, 1);
    file->addWidget(m_chooseFile);
    auto* save = new QHBoxLayout;
    save->addWidget(m_saveProtocol);
    save->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(file);
    m_encrypt->setObjectName(QStringLiteral("encryptFile"));
    m_encrypt->setChecked(true);
    layout->addWidget(m_encrypt);
    // A postgresql:// address instead of a file: the trial goes into that server database
    // (NewTrial::create, as `trialdesk-cli new --db postgresql://postgres@...` does).
    m_serverNote->setObjectName(QStringLiteral("serverNote"));
    m_serverNote->setWordWrap(true);
    m_serverNote->hide();
    layout->addWidget(m_serverNote);
    layout->addLayout(save);
    layout->addWidget(m_error);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_file->setStyleSheet(QString());
        m_file->setToolTip(QString());
        // A server's data at rest is the server's to protect.
        const bool server = ConnectionSpec::isServerUri(filePath());
        m_encrypt->setVisible(!server);
        m_serverNote->setVisible(server);
        emit completeChanged();
    });
    connect(m_chooseFile, &QPushButton::clicked, this, &SummaryPage::chooseFile);
    connect(m_saveProtocol, &QPushButton::clicked, this, &SummaryPage::chooseProtocolFile);
    retranslateUi();
}

QString SummaryPage::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void SummaryPage::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

bool SummaryPage::encrypt() const
{
    return m_encrypt->isChecked() && !ConnectionSpec::isServerUri(filePath());
}

void SummaryPage::setEncrypt(bool encrypt)
{
    m_encrypt->setChecked(encrypt);
}

void SummaryPage::initializePage()
{
    if (m_file->text().isEmpty()) {
        // The user's documents, named after the acronym, never over an existing file.
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QString base = m_draft.protocol().trial.acronym.trimmed().toLower();
        base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
        if (base.isEmpty())
            base = QStringLiteral("trial");
        QString path = documents.filePath(base + QStringLiteral(".sqlite"));
        for (int i = 2; QFileInfo::exists(path); ++i)
            path = documents.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(i));
        setFilePath(path);
    }
    m_error->hide();
    m_status->clear();
    refresh();
}

void SummaryPage::refresh()
{
    m_summary->setHtml(ProtocolSummary::html(m_draft));
    QStringList lines;
    for (const ProtocolProblem& p : m_draft.problems())
        lines << p.text();
    if (!lines.isEmpty())
        m_error->showMessage(tr("The protocol still has problems; go back and correct them:") +
                             QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

bool SummaryPage::isComplete() const
{
    return m_draft.problems().empty() && !filePath().isEmpty();
}

bool SummaryPage::validatePage()
{
    QString error;
    emit createRequested(&error);
    return error.isEmpty();
}

void SummaryPage::showError(const QString& message)
{
    m_error->showMessage(message);
}

QString SummaryPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SummaryPage::statusText() const
{
    return m_status->text();
}

QString SummaryPage::summaryText() const
{
    return m_summary->toPlainText();
}

void SummaryPage::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Create the trial in"), filePath(),
                                                      tr("Trial files (*.sqlite)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void SummaryPage::chooseProtocolFile()
{
    const QString suggested =
        QFileInfo(filePath())
            .absoluteDir()
            .filePath(QFileInfo(filePath()).completeBaseName() + QStringLiteral("-protocol.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save protocol file"), suggested,
                                                      tr("Protocol files (*.json)"));
    if (!path.isEmpty())
        saveProtocolFile(path);
}

bool SummaryPage::saveProtocolFile(const QString& path)
{
    // The save dialog asked before replacing a file; a trial is never replaced.
    const Status saved =
        ProtocolFile::writeFile(m_draft.protocol(), path, ExportFileOptions{.replace = true});
    m_status->setStyleSheet(saved.ok() ? QString() : QStringLiteral("color: #b00020;"));
    m_status->setText(saved.ok() ? tr("Protocol saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : saved.message());
    return saved.ok();
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the protocol. Create makes the trial file with this protocol and its "
                   "first administrator; nothing is written before."));
    m_fileLabel->setText(tr("Trial &file:"));
    m_file->setToolTip(tr("A file, or a database on a PostgreSQL server: "
                          "postgresql://postgres@host:port/database"));
    m_serverNote->setText(
        tr("The trial is created in this server database with the server's own credentials "
           "(PGPASSWORD or ~/.pgpass, for a role that may create databases and roles). Then "
           "everyone, the first administrator too, signs in as their own login on the "
           "server."));
    m_chooseFile->setText(tr("C&hoose…"));
    m_encrypt->setText(tr("&Encrypt the trial file (recommended): it opens only with a user's "
                          "password"));
    m_encrypt->setToolTip(tr("Without it, anyone who copies the file can read it. Exports for "
                             "analysis are never encrypted."));
    m_saveProtocol->setText(tr("&Save protocol file…"));
    if (isVisible())
        refresh();
}

void SummaryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace td
