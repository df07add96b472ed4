#include "participant/AcknowledgeAlertDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "common/SignatureField.h"
#include "outcomes/AlertText.h"
#include "participant/ParticipantFormat.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace td {

AcknowledgeAlertDialog::AcknowledgeAlertDialog(Database& db, const Actor& actor, const Alert& alert,
                                               QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_alert(alert), m_summary(new QLabel(this)),
      m_noteLabel(new QLabel(this)), m_note(new QPlainTextEdit(this)), m_audience(new QLabel(this)),
      m_share(new QCheckBox(this)), m_signature(new SignatureField(actor, QStringLiteral("alert"),
                                                                   SignatureMeaning::Review, this)),
      m_error(new ErrorLabel(this)), m_buttons(new DialogButtons(this))
{
    m_summary->setWordWrap(true);
    m_noteLabel->setBuddy(m_note);
    m_note->setTabChangesFocus(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);
    m_audience->setWordWrap(true);
    layout->addWidget(m_audience);
    layout->addWidget(m_share);
    layout->addWidget(m_signature);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this,
            [this] { acknowledge(m_note->toPlainText()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    retranslateUi();
}

bool AcknowledgeAlertDialog::acknowledge(const QString& note)
{
    const Status done = AlertRepository(m_db).acknowledge(
        m_actor, m_alert.id, note, m_signature->signature(), m_share->isChecked());
    m_signature->clear();
    if (!done.ok()) {
        m_error->showMessage(done.message());
        return false;
    }
    accept();
    return true;
}

void AcknowledgeAlertDialog::retranslateUi()
{
    setWindowTitle(tr("Acknowledge safety alert"));
    m_summary->setText(tr("%1 for %2, raised %3: %4")
                           .arg(ParticipantFormat::alertKind(m_alert.kind), m_alert.studyId,
                                ParticipantFormat::date(m_alert.createdAt.toLocalTime().date()),
                                AlertText::describe(m_alert.kind, m_alert.detail, m_db)));
    m_noteLabel->setText(tr("&What was done:"));
    m_audience->setText(tr("Who sees the note: the staff who may see treatment arms (PI, "
                           "coordinators, therapists, statistician). Blinded outcome assessors "
                           "see only that the alert was acknowledged, and when, unless you share "
                           "the note with them; then write nothing that tells the treatment."));
    m_share->setText(tr("&Share the note with blinded assessors"));
    m_buttons->setTexts(tr("Acknowledge and sign"), tr("Cancel"));
}

void AcknowledgeAlertDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
