#include "participant/EmergencyUnblindDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"
#include "common/FormParts.h"
#include "common/HintLabel.h"
#include "randomization/EmergencyUnblinding.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

EmergencyUnblindDialog::EmergencyUnblindDialog(Database& db, const Actor& actor,
                                               qint64 participantId, const QString& studyId,
                                               QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_participantId(participantId), m_studyId(studyId),
      m_heading(new QLabel(this)), m_explanation(new QLabel(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_hint(makeHintLabel(this)),
      m_confirm(new QCheckBox(this)), m_error(new ErrorLabel(this)),
      m_buttons(new DialogButtons(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setWordWrap(true);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    // A few lines: the reason is read by the principal investigator.
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(4);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(fieldBox(this, m_reason, m_hint, nullptr));
    layout->addSpacing(4);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &EmergencyUnblindDialog::updateState);
    connect(m_confirm, &QCheckBox::toggled, this, &EmergencyUnblindDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { unblind(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslateUi();
    m_reason->setFocus();
}

QPushButton* EmergencyUnblindDialog::unblindButton() const
{
    return m_buttons->acceptButton();
}

bool EmergencyUnblindDialog::unblind()
{
    auto arm = EmergencyUnblinding(m_db).unblind(m_actor, m_participantId, m_reason->toPlainText());
    if (!arm.ok()) {
        m_error->showMessage(arm.message());
        growToFit(this);
        return false;
    }
    m_armId = *arm;
    m_error->hide();
    accept();
    return true;
}

void EmergencyUnblindDialog::updateState()
{
    // The same count as the core's (the trimmed reason), so the button and the core agree.
    const int minimum = EmergencyUnblinding::minReasonLength;
    const int missing = minimum - static_cast<int>(m_reason->toPlainText().trimmed().size());
    m_hint->setText(missing > 0
                        ? tr("Required: at least %1 characters (%Ln more to go).", nullptr, missing)
                              .arg(minimum)
                        : tr("The reason goes to the audit trail and to the principal "
                             "investigator."));
    const bool ready = missing <= 0 && m_confirm->isChecked();
    unblindButton()->setEnabled(ready);
    unblindButton()->setToolTip(
        ready ? QString()
              : tr("Write a reason of at least %1 characters and tick the confirmation first.")
                    .arg(minimum));
}

void EmergencyUnblindDialog::retranslateUi()
{
    setWindowTitle(tr("Emergency unblinding"));
    m_heading->setText(tr("Emergency unblinding of %1").arg(m_studyId));
    const QStringList consequences{
        tr("The treatment arm will be shown to you only, and only for this participant."),
        tr("Your reason, your name and the time go to the audit trail."),
        tr("The principal investigator is told and reviews the unblinding."),
        tr("You should normally stop rating this participant: let another blinded assessor "
           "do the ratings.")};
    QString list;
    for (const QString& line : consequences)
        list += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_explanation->setText(
        QStringLiteral("<p>%1</p><ul style=\"margin-left: -20px;\">%2</ul>")
            .arg(tr("Use this only when the treatment must be known, for example to manage a "
                    "serious adverse event. What happens:")
                     .toHtmlEscaped(),
                 list));
    m_reasonLabel->setText(tr("&Reason for unblinding:"));
    m_reason->setPlaceholderText(
        tr("For example: serious adverse event; the treating physician needs the arm"));
    m_confirm->setText(tr("I &understand that I will be unblinded for this participant"));
    m_buttons->setTexts(tr("Unblind"), tr("Cancel"));
    updateState();
}

void EmergencyUnblindDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
