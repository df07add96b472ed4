#pragma once

#include <QDialogButtonBox>

class QPushButton;

namespace td {

// Qt resets its standard buttons to its own texts on every language change, and ships no
// Bokmål for them, so our dialogs use an accept and a reject button of their own whose texts
// the dialog sets from our translations in its retranslateUi().
class DialogButtons : public QDialogButtonBox
{
    Q_OBJECT

public:
    explicit DialogButtons(QWidget* parent = nullptr);
    void setTexts(const QString& accept, const QString& reject);
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

private:
    QPushButton* m_accept;
    QPushButton* m_reject;
};

} // namespace td
