#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace td {

// Where a user signs an act electronically inside the form that does it: what their signature
// declares (from the core, ElectronicSignatures::statement), who signs, and their password
// typed again. The form passes signature() to the core call; the password is cleared after
// every attempt, successful or not.
class SignatureField : public QWidget
{
    Q_OBJECT

public:
    SignatureField(const Actor& signer, const QString& entity, SignatureMeaning meaning,
                   QWidget* parent = nullptr);

    // Several acts signed at once (the settings and their allocation list): each statement.
    void setEntities(const QStringList& entities);
    // One form, two acts (lock and unlock): what the signature means now.
    void setMeaning(SignatureMeaning meaning);
    SignWith signature() const;
    void clear();
    QLineEdit* passwordEdit() const { return m_password; }
    QString statementText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Actor m_signer;
    QStringList m_entities;
    SignatureMeaning m_meaning;
    QLabel* m_title = nullptr;
    QLabel* m_statement = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace td
