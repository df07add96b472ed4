#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace td {

// The trial's recovery key, shown once (docs/encryption.md): the eight groups in large type,
// a warning to print it or write it down and keep it locked away, and a Print button.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& trialFile, const QString& key, QWidget* parent = nullptr);
    QString keyText() const;

private:
    void print();

    QString m_file;
    QLabel* m_warning;
    QLabel* m_key;
    QPushButton* m_print;
    QPushButton* m_close;
};

} // namespace td
