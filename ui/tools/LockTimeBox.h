#pragma once

#include "access/Actor.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace td {

class Database;
class ErrorLabel;

// The administrator's setting of how long a window may be left without input before it
// locks (for every user of the trial). The core checks the role and the range and audits it.
class LockTimeBox : public QGroupBox
{
    Q_OBJECT

public:
    LockTimeBox(Database& db, const Actor& actor, QWidget* parent = nullptr);
    QSpinBox* minutesField() const { return m_minutes; }
    // Saves the minutes in the field; returns the confirmation or the core's refusal, as shown.
    QString apply();

signals:
    void changed(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    QLabel* m_label;
    QSpinBox* m_minutes;
    QPushButton* m_apply;
    QLabel* m_hint;
    QLabel* m_saved;
    ErrorLabel* m_error;
};

} // namespace td
