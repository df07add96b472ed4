#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace td {

class ErrorLabel;
class ProtocolDraft;

// The wizard's last page: the whole protocol as readable text, the file the trial will be
// created in (a save dialog, by default in the user's documents), "Save protocol file…" and
// the problems that still stop Create.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString filePath() const;
    void setFilePath(const QString& path);
    // Encrypted at rest (docs/encryption.md): checked unless the window was started with
    // --unencrypted; the administrator's password opens the file.
    bool encrypt() const;
    void setEncrypt(bool encrypt);
    // Writes the protocol as a protocol file; the status line says what happened.
    bool saveProtocolFile(const QString& path);
    void showError(const QString& message);
    QString errorText() const;
    QString statusText() const;
    QString summaryText() const;
    QLineEdit* fileEdit() const { return m_file; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    // Create was pressed: the wizard creates the trial and answers with an error or nothing.
    void createRequested(QString* error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void chooseFile();
    void chooseProtocolFile();

    ProtocolDraft& m_draft;
    QTextBrowser* m_summary;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QPushButton* m_chooseFile;
    QCheckBox* m_encrypt;
    QLabel* m_serverNote; // shown when the trial goes into a server database
    QPushButton* m_saveProtocol;
    QLabel* m_status;
    ErrorLabel* m_error;
};

} // namespace td
