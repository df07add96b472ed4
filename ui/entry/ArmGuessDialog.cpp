#include "entry/ArmGuessDialog.h"

#include "common/DialogButtons.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

ArmGuessDialog::ArmGuessDialog(const std::vector<Arm>& arms, QWidget* parent)
    : QDialog(parent), m_arms(arms), m_question(new QLabel(this)), m_note(new QLabel(this)),
      m_group(new QButtonGroup(this)), m_dontKnow(new QRadioButton(this)),
      m_buttons(new DialogButtons(this))
{
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    for (const Arm& arm : m_arms) {
        auto* button = new QRadioButton(arm.name, this);
        button->setObjectName(QStringLiteral("guess_") + arm.code);
        m_group->addButton(button);
        m_armButtons.push_back(button);
        layout->addWidget(button);
    }
    m_dontKnow->setObjectName(QStringLiteral("guess_dont_know"));
    m_group->addButton(m_dontKnow);
    layout->addWidget(m_dontKnow);
    layout->addSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    // A choice is needed, and none is suggested.
    m_buttons->acceptButton()->setEnabled(false);
    connect(m_group, &QButtonGroup::buttonToggled, this,
            [this] { m_buttons->acceptButton()->setEnabled(hasChoice()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (hasChoice())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    retranslateUi();
}

void ArmGuessDialog::retranslateUi()
{
    setWindowTitle(tr("Guess of the treatment arm"));
    m_question->setText(tr("Which treatment do you think this participant receives?"));
    m_dontKnow->setText(tr("Don't know"));
    m_note->setText(tr("This checks that the blinding holds. Answer from your impression during "
                       "the rating; \"Don't know\" is a good answer. The guess is recorded once "
                       "and cannot be changed."));
    m_buttons->setTexts(tr("Record guess"), tr("Later"));
}

void ArmGuessDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool ArmGuessDialog::hasChoice() const
{
    return m_group->checkedButton() != nullptr;
}

std::optional<qint64> ArmGuessDialog::guess() const
{
    for (std::size_t i = 0; i < m_armButtons.size(); ++i)
        if (m_armButtons[i]->isChecked())
            return m_arms[i].id;
    return std::nullopt;
}

void ArmGuessDialog::answer(const QString& armCode)
{
    QRadioButton* pick = m_dontKnow;
    for (std::size_t i = 0; i < m_arms.size(); ++i)
        if (m_arms[i].code == armCode)
            pick = m_armButtons[i];
    pick->setChecked(true);
    m_buttons->acceptButton()->click();
}

} // namespace td
