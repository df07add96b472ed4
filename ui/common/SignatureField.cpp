#include "common/SignatureField.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

SignatureField::SignatureField(const Actor& signer, const QString& entity, SignatureMeaning meaning,
                               QWidget* parent)
    : QWidget(parent), m_signer(signer), m_entities{entity}, m_meaning(meaning),
      m_title(new QLabel(this)), m_statement(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this))
{
    m_title->setObjectName(QStringLiteral("signatureTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_statement->setWordWrap(true);
    m_statement->setObjectName(QStringLiteral("signatureStatement"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("signaturePassword"));
    m_passwordLabel->setBuddy(m_password);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_statement);
    auto* row = new QFormLayout;
    row->addRow(m_passwordLabel, m_password);
    layout->addLayout(row);
    retranslateUi();
}

void SignatureField::setEntities(const QStringList& entities)
{
    m_entities = entities;
    retranslateUi();
}

void SignatureField::setMeaning(SignatureMeaning meaning)
{
    m_meaning = meaning;
    retranslateUi();
}

SignWith SignatureField::signature() const
{
    return SignWith{m_password->text()};
}

void SignatureField::clear()
{
    m_password->clear();
}

QString SignatureField::statementText() const
{
    QStringList parts;
    for (const QString& entity : m_entities)
        parts << ElectronicSignatures::statement(entity, m_meaning);
    return parts.join(QLatin1Char(' '));
}

void SignatureField::retranslateUi()
{
    m_title->setText(
        tr("Electronic signature (%1)").arg(ElectronicSignatures::meaningLabel(m_meaning)));
    m_statement->setText(tr("Signing as %1, you declare: \"%2\" Your signature, with its meaning "
                            "and time, is kept with the record and in the audit trail.")
                             .arg(m_signer.username, statementText()));
    m_passwordLabel->setText(tr("Your &password:"));
}

void SignatureField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td
