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
    m_error->setObjectName(QStringLiteral("refusal"));
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

QWidget* GuidedDialog::refusable(const QString& field, QWidget* widget, QLabel* hint,
                                 QWidget* focus)
{
    auto* line = new ErrorLabel(this);
    addRefusalLine(field, line, focus ? focus : widget);
    return fieldBox(this, widget, hint, line);
}

void GuidedDialog::addRefusalLine(const QString& field, ErrorLabel* line, QWidget* focus)
{
    line->setObjectName(QStringLiteral("refusal-") + field);
    m_fieldErrors.add(field, line, focus);
}

void GuidedDialog::confirm()
{
    if (m_done) {
        accept();
        return;
    }
    const Status done = apply();
    if (!done.ok()) {
        showRefusal(done.error());
        return;
    }
    clearRefusals();
    if (!m_done)
        accept();
}

void GuidedDialog::showRefusal(const Error& error)
{
    clearRefusals();
    if (m_fieldErrors.has(error.field))
        m_fieldErrors.show(error.field, error.message);
    else
        m_error->showMessage(error.message);
    growToFit(this);
}

void GuidedDialog::clearRefusals()
{
    m_fieldErrors.clear();
    m_error->clear();
    m_error->hide();
}

QString GuidedDialog::summaryText() const
{
    return m_summary->text();
}

QString GuidedDialog::errorText() const
{
    if (const auto field = m_fieldErrors.shown())
        return m_fieldErrors.text(*field);
    return m_error->text();
}

QString GuidedDialog::errorField() const
{
    return m_fieldErrors.shown().value_or(QString());
}

QString GuidedDialog::fieldErrorText(const QString& field) const
{
    return m_fieldErrors.text(field);
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
        for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole})
            if (QLayoutItem* field = m_form->itemAt(i, role); field && field->widget())
                field->widget()->setEnabled(false);
    }
    setConfirmEnabled(true);
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
