#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace td {

class DialogButtons;
class ErrorLabel;

// File > Open server trial…: where a trial on a PostgreSQL server is (host, port, database, the
// TLS mode and the certificate authority's file), built into its address by
// ServerAddress::build, which refuses what cannot be used by name. The address has no user and
// no password: the sign-in that follows connects as the TrialDesk user's own login role
// (docs/postgresql.md). Recently opened server trials can be picked again.
class OpenServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenServerDialog(QWidget* parent = nullptr);
    // The address to open (once accepted): postgresql://host:port/database?sslmode=...
    QString address() const { return m_address; }
    // Fills the fields from an address (a recent trial, or tests).
    void setAddress(const QString& address);
    // For tests: fills the fields and tries to accept; whether it was.
    bool openAt(const QString& host, int port, const QString& database, const QString& sslMode,
                const QString& caFile = {});

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void attempt();
    void chooseCaFile();
    void tlsModeChanged();

    QString m_address;
    QLabel* m_intro;
    QLabel* m_recentLabel;
    QLabel* m_hostLabel;
    QLabel* m_portLabel;
    QLabel* m_databaseLabel;
    QLabel* m_tlsLabel;
    QLabel* m_caLabel;
    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QComboBox* m_tls;
    QLineEdit* m_caFile;
    QPushButton* m_chooseCa;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
