#pragma once

#include "access/UserRepository.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace td {

class ErrorLabel;

// The new trial's first administrator: user name, full name and the password typed twice.
// The core checks the name and password when the trial is created; a refusal comes back here.
class AdministratorPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdministratorPage(QWidget* parent = nullptr);
    NewUser user() const;
    void showError(const QString& message);
    QString errorText() const;
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void check();

    QLabel* m_intro;
    QLabel* m_userLabel;
    QLabel* m_nameLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    QLineEdit* m_user;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    ErrorLabel* m_error;
    QString m_refusal; // the core's last refusal, until a field changes
};

} // namespace td
