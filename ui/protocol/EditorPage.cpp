#include "protocol/EditorPage.h"

#include "protocol/ProtocolEditor.h"

#include <QEvent>
#include <QVBoxLayout>

namespace td {

EditorPage::EditorPage(ProtocolEditor* editor, QWidget* parent)
    : QWizardPage(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    connect(editor, &ProtocolEditor::problemsChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

bool EditorPage::isComplete() const
{
    return !m_editor->hasProblems();
}

void EditorPage::retranslateUi()
{
    setTitle(m_editor->title());
    setSubTitle(m_editor->subTitle());
}

void EditorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace td
