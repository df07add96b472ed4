#include "registry/actions/GuidedDialog.h"

#include "common/DialogButtons.h"
#include "common/ErrorLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

GuidedDialog::GuidedDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_form(new QFormLayout),
      m_summaryTitle(new QLabel(this)), m_summary(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_buttons(new DialogButtons(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setMinimumWidth(420);
    m_summaryTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_summaryTitle);
    boxLayout->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(box);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GuidedDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void GuidedDialog::confirm()
{
    if (m_done) {
        accept();
        return;
    }
    const QString error = apply();
    if (!error.isEmpty()) {
        m_error->showMessage(error);
        return;
    }
    m_error->showMessage({});
    if (!m_done)
        accept();
}

QString GuidedDialog::summaryText() const
{
    return m_summary->text();
}

QString GuidedDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void GuidedDialog::retranslateUi()
{
    setWindowTitle(title());
    retranslateFields();
    m_summaryTitle->setText(m_done ? tr("What happened") : tr("What will happen"));
    if (m_done) {
        m_buttons->setTexts(tr("Close"), tr("Close"));
        m_buttons->rejectButton()->hide();
    } else {
        m_buttons->setTexts(confirmText(), tr("Cancel"));
    }
    updateSummary();
}

void GuidedDialog::updateSummary()
{
    m_summary->setText(summary());
}

void GuidedDialog::showOutcome()
{
    m_done = true;
    for (int i = 0; i < m_form->rowCount(); ++i) {
        if (QLayoutItem* field = m_form->itemAt(i, QFormLayout::FieldRole);
            field && field->widget())
            field->widget()->setEnabled(false);
    }
    retranslateUi();
}

void GuidedDialog::setConfirmEnabled(bool enabled)
{
    m_buttons->acceptButton()->setEnabled(enabled);
}

void GuidedDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
