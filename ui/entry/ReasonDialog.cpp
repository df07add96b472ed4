#include "entry/ReasonDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

ReasonDialog::ReasonDialog(QWidget* parent)
    : ReasonDialog(Purpose::ChangeCompleted, QString(), parent)
{}

ReasonDialog::ReasonDialog(Purpose purpose, const QString& detail, QWidget* parent)
    : QDialog(parent), m_purpose(purpose), m_detail(new QLabel(detail, this)),
      m_text(new QLabel(this)), m_reason(new QLineEdit(this)), m_error(new ErrorLabel(this)),
      m_buttons(new DialogButtons(this))
{
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setVisible(!detail.isEmpty());
    m_detail->setTextFormat(Qt::PlainText);
    if (purpose == Purpose::OutOfWindow) {
        // A protocol deviation: the core's message stands out from the question.
        m_detail->setStyleSheet(QStringLiteral("background: #fff4e5; color: #663c00; "
                                               "border: 1px solid #f0c36d; padding: 6px;"));
    } else {
        QFont bold = m_detail->font();
        bold.setBold(true);
        m_detail->setFont(bold);
    }
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("question"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_error->setObjectName(QStringLiteral("error"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_detail);
    layout->addWidget(m_text);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);
    // "A reason is needed" holds only while there is none.
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (!reason().isEmpty())
            m_error->hide();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::attempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    retranslateUi();
    m_reason->setFocus();
}

void ReasonDialog::retranslateUi()
{
    switch (m_purpose) {
    case Purpose::ChangeCompleted:
        setWindowTitle(tr("Reason for the change"));
        m_text->setText(tr("This assessment was completed. Say why its values change; the "
                           "reason is kept in the audit trail with the old and the new values."));
        m_reason->setPlaceholderText(tr("e.g. Transcription error: the paper form says 2"));
        m_buttons->setTexts(tr("Save changes"), tr("Cancel"));
        break;
    case Purpose::OutOfWindow:
        setWindowTitle(tr("Outside the visit's window"));
        m_text->setText(tr("Why was it done outside the window? The reason is stored with the "
                           "assessment. Cancel saves nothing; your answers stay in the form."));
        m_reason->setPlaceholderText(tr("e.g. The participant was abroad during the window"));
        m_buttons->setTexts(tr("Enter anyway"), tr("Cancel"));
        break;
    case Purpose::VoidAssessment:
        setWindowTitle(tr("Void assessment"));
        m_text->setText(tr("A voided assessment is kept, with its history, in the audit trail, "
                           "but it no longer counts: scores, visit states and exports leave it "
                           "out. This cannot be undone. Say why it is voided."));
        m_reason->setPlaceholderText(tr("e.g. Entered for the wrong participant"));
        m_buttons->setTexts(tr("Void assessment"), tr("Cancel"));
        break;
    case Purpose::VoidSession:
        setWindowTitle(tr("Void session"));
        m_text->setText(tr("A voided session is kept, with its history, in the audit trail, but "
                           "it no longer counts toward the dose. This cannot be undone. Say why "
                           "it is voided."));
        m_reason->setPlaceholderText(tr("e.g. Recorded twice"));
        m_buttons->setTexts(tr("Void session"), tr("Cancel"));
        break;
    }
    if (!m_error->isHidden())
        m_error->setText(emptyRefusal());
}

QString ReasonDialog::emptyRefusal() const
{
    switch (m_purpose) {
    case Purpose::ChangeCompleted:
        return tr("A completed assessment changes only with a reason: type why.");
    case Purpose::OutOfWindow:
        return tr("Entering outside the window needs a reason: type why.");
    case Purpose::VoidAssessment:
    case Purpose::VoidSession:
        return tr("Voiding needs a reason: type why.");
    }
    return {};
}

void ReasonDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void ReasonDialog::fitHeight()
{
    // As tall as the wrapped texts need at this width, no taller.
    layout()->activate();
    resize(width(), std::max(minimumHeight(), layout()->totalHeightForWidth(width())));
}

void ReasonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ReasonDialog::detail() const
{
    return m_detail->text();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString ReasonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReasonDialog::answer(const QString& reason)
{
    m_reason->setText(reason);
    m_buttons->acceptButton()->click();
}

void ReasonDialog::attempt()
{
    if (reason().isEmpty()) {
        m_error->showMessage(emptyRefusal());
        fitHeight();
        m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace td
