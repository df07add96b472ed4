#include "protocol/StartPage.h"

#include "common/ErrorLabel.h"
#include "protocol/ProtocolDraft.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolTemplates.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace td {

StartPage::StartPage(ProtocolDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_draft(draft), m_intro(new QLabel(this)), m_mop(new QRadioButton(this)),
      m_dit(new QRadioButton(this)), m_blank(new QRadioButton(this)),
      m_file(new QRadioButton(this)), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_error(new ErrorLabel(this))
{
    m_intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("protocolFile"));
    m_mop->setChecked(true);
    auto* file = new QHBoxLayout;
    file->setContentsMargins(24, 0, 0, 0);
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    for (QRadioButton* b : {m_mop, m_dit, m_blank, m_file})
        layout->addWidget(b);
    layout->addLayout(file);
    layout->addWidget(m_error);
    layout->addStretch();

    for (QRadioButton* b : {m_mop, m_dit, m_blank, m_file})
        connect(b, &QRadioButton::toggled, this, [this] {
            m_path->setEnabled(m_file->isChecked());
            m_browse->setEnabled(m_file->isChecked());
            emit completeChanged();
        });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (!m_path->text().isEmpty())
            m_file->setChecked(true);
        emit completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &StartPage::browse);
    m_path->setEnabled(false);
    m_browse->setEnabled(false);
    retranslateUi();
}

QRadioButton* StartPage::button(Start start) const
{
    switch (start) {
    case Start::Mop:
        return m_mop;
    case Start::Dit:
        return m_dit;
    case Start::Blank:
        return m_blank;
    case Start::File:
        return m_file;
    }
    return m_mop;
}

void StartPage::choose(Start start)
{
    button(start)->setChecked(true);
}

void StartPage::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_file->setChecked(true);
}

QString StartPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

StartPage::Start StartPage::chosen() const
{
    return m_dit->isChecked()     ? Start::Dit
           : m_blank->isChecked() ? Start::Blank
           : m_file->isChecked()  ? Start::File
                                  : Start::Mop;
}

bool StartPage::isComplete() const
{
    return chosen() != Start::File || !m_path->text().trimmed().isEmpty();
}

bool StartPage::validatePage()
{
    const Start start = chosen();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString key = QString::number(static_cast<int>(start)) + path;
    if (key == m_loaded)
        return true; // back and on again: keep what was entered
    Result<Protocol> protocol = Protocol{};
    ProtocolProblems problems;
    switch (start) {
    case Start::Mop:
        protocol = ProtocolTemplates::load(QStringLiteral("mop"));
        break;
    case Start::Dit:
        protocol = ProtocolTemplates::load(QStringLiteral("dit"));
        break;
    case Start::Blank:
        break;
    case Start::File:
        protocol = ProtocolFile::readFile(path, &problems);
        break;
    }
    if (!protocol.ok()) {
        QStringList lines{tr("This protocol cannot be used:")};
        if (problems.empty())
            lines << protocol.message();
        for (const ProtocolProblem& p : problems)
            lines << p.text();
        m_error->showMessage(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_error->hide();
    m_draft.setProtocol(*protocol);
    m_loaded = key;
    return true;
}

void StartPage::browse()
{
    const QString dir = m_path->text().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(QDir::fromNativeSeparators(m_path->text())).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a protocol file"), dir,
                                                      tr("Protocol files (*.json)"));
    if (!path.isEmpty())
        setFile(path);
}

void StartPage::retranslateUi()
{
    setTitle(tr("Start a new trial"));
    setSubTitle(tr("Choose what the new trial's protocol starts from. Every page after this one "
                   "can change it before anything is created."));
    m_intro->setText(tr("Start from:"));
    m_mop->setText(
        tr("The &MOP template (%1)").arg(ProtocolTemplates::displayName(QStringLiteral("mop"))));
    m_dit->setText(tr("The &DIT pilot template (%1)")
                       .arg(ProtocolTemplates::displayName(QStringLiteral("dit"))));
    m_blank->setText(tr("A b&lank protocol"));
    m_file->setText(tr("A protocol &file (JSON, as written by \"Save protocol file\" or "
                       "trialdesk-cli protocol export):"));
    m_browse->setText(tr("Ch&oose file…"));
    m_path->setPlaceholderText(tr("Path of a protocol file"));
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace td
