#include "protocol/NewTrialWizard.h"

#include "protocol/AdministratorPage.h"
#include "protocol/ArmsEditor.h"
#include "protocol/CovariatesEditor.h"
#include "protocol/EditorPage.h"
#include "protocol/OutcomesEditor.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ScheduleEditor.h"
#include "protocol/SitesEditor.h"
#include "protocol/StartPage.h"
#include "protocol/StratificationEditor.h"
#include "protocol/SummaryPage.h"
#include "protocol/TrialEditor.h"
#include "storage/ServerAddress.h"
#include "trial/NewTrial.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>

namespace td {

NewTrialWizard::NewTrialWizard(QWidget* parent)
    : QWizard(parent), m_draft(new ProtocolDraft(this)), m_start(new StartPage(*m_draft, this)),
      m_administrator(new AdministratorPage(this)), m_summary(new SummaryPage(*m_draft, this))
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton, false);
    setPage(Start, m_start);
    // In PageId order.
    const QList<ProtocolEditor*> editors = {
        new TrialEditor(*m_draft),    new SitesEditor(*m_draft),
        new ArmsEditor(*m_draft),     new CovariatesEditor(*m_draft),
        new ScheduleEditor(*m_draft), new StratificationEditor(*m_draft),
        new OutcomesEditor(*m_draft)};
    for (int i = 0; i < editors.size(); ++i) {
        auto* page = new EditorPage(editors[i], this);
        m_editors << page;
        setPage(Trial + i, page);
    }
    setPage(Administrator, m_administrator);
    setPage(Summary, m_summary);
    connect(m_summary, &SummaryPage::createRequested, this,
            [this](QString* error) { *error = create(); });
    setMinimumSize(920, 700);
    retranslateUi();
}

ProtocolEditor* NewTrialWizard::editor(PageId id) const
{
    const int i = id - Trial;
    return i >= 0 && i < m_editors.size() ? m_editors[i]->editor() : nullptr;
}

namespace {
// A server trial made with the server's credentials opens afterwards without them: the
// administrator signs in as their own login role (the address without its user).
QString userSignInAddress(const QString& uri)
{
    const auto parsed = ConnectionSpec::parse(uri);
    if (!parsed.ok())
        return uri;
    ConnectionSpec spec = *parsed;
    spec.user.clear();
    spec.password.clear();
    return ServerAddress::of(spec);
}
} // namespace

QString NewTrialWizard::create()
{
    const ProtocolProblems problems = m_draft->problems();
    if (!problems.empty()) {
        const QString message = ProtocolRules::toError(problems).message;
        m_summary->showError(message);
        return message;
    }
    const QString path = m_summary->filePath();
    if (path.isEmpty()) {
        const QString message = tr("Choose the file to create the trial in.");
        m_summary->showError(message);
        return message;
    }
    const bool server = ConnectionSpec::isServerUri(path);
    // The default place, the user's documents folder, may not exist yet.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!server && QFileInfo(path).absolutePath() == QDir(documents).absolutePath())
        QDir().mkpath(documents);
    const Status made =
        NewTrial::create(path, m_draft->protocol(), m_administrator->user(), m_summary->encrypt());
    if (made.ok()) {
        m_created = server ? userSignInAddress(path) : QDir::cleanPath(path);
        return {};
    }
    // The protocol passed its rules, so an invalid value is the administrator's name or
    // password; anything else is about the file.
    if (made.error().code == ErrorCode::Invalid) {
        m_administrator->showError(made.message());
        m_summary->showError(tr("First administrator: %1").arg(made.message()));
        QTimer::singleShot(0, this, [this] {
            while (currentId() > Administrator)
                back();
        });
    } else {
        m_summary->showError(made.message());
        m_summary->fileEdit()->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        m_summary->fileEdit()->setToolTip(made.message());
    }
    return made.message();
}

void NewTrialWizard::retranslateUi()
{
    setWindowTitle(tr("New trial"));
    // Qt ships no Bokmål for its own buttons.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Commit"));
    setButtonText(QWizard::FinishButton, tr("&Create trial"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("Help"));
}

void NewTrialWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace td
