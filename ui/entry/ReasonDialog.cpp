#include "entry/ReasonDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

ReasonDialog::ReasonDialog(QWidget* parent)
    : QDialog(parent), m_text(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_error(new ErrorLabel(this)), m_buttons(new DialogButtons(this))
{
    m_text->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::attempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    retranslateUi();
}

void ReasonDialog::retranslateUi()
{
    setWindowTitle(tr("Reason for the change"));
    m_text->setText(tr("This assessment was completed. Say why its values change; the reason "
                       "is kept in the audit trail with the old and the new values."));
    m_reason->setPlaceholderText(tr("e.g. Transcription error: the paper form says 2"));
    m_buttons->setTexts(tr("Save changes"), tr("Cancel"));
}

void ReasonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::answer(const QString& reason)
{
    m_reason->setText(reason);
    attempt();
}

void ReasonDialog::attempt()
{
    if (reason().isEmpty()) {
        m_error->showMessage(tr("A completed assessment changes only with a reason: type why."));
        m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace td
