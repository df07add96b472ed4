#pragma once

#include <QWizardPage>

namespace td {

class ProtocolEditor;

// A protocol editor as a page of the new-trial wizard: Next is refused while the editor shows
// a problem.
class EditorPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EditorPage(ProtocolEditor* editor, QWidget* parent = nullptr);
    ProtocolEditor* editor() const { return m_editor; }
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProtocolEditor* m_editor;
};

} // namespace td
