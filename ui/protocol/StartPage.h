#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace td {

class ErrorLabel;
class ProtocolDraft;

// The wizard's first page: start from the MOP template, the DIT pilot template, a blank
// protocol or a protocol file. Next loads the choice into the draft (a file that breaks a rule
// is refused here, with each problem's path).
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Start { Mop, Dit, Blank, File };

    StartPage(ProtocolDraft& draft, QWidget* parent = nullptr);
    void choose(Start start);
    void setFile(const QString& path);
    QRadioButton* button(Start start) const;
    QString errorText() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    Start chosen() const;

    ProtocolDraft& m_draft;
    QLabel* m_intro;
    QRadioButton* m_mop;
    QRadioButton* m_dit;
    QRadioButton* m_blank;
    QRadioButton* m_file;
    QLineEdit* m_path;
    QPushButton* m_browse;
    ErrorLabel* m_error;
    QString m_loaded; // what the draft holds now, so going back and on keeps the edits
};

} // namespace td
