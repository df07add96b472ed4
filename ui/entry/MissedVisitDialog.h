#pragma once

#include "access/Actor.h"
#include "common/FormParts.h"
#include "trial/Protocol.h"
#include "visits/VisitTimeline.h"

#include <QDialog>
#include <map>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;

// Records that a visit did not take place: the date it was settled and why. The core records
// every scheduled instrument of the visit not recorded yet as missing, with the reason; what
// was recorded stays. Refusals are shown at their field. Accepted once recorded.
class MissedVisitDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { General, Date, Reason };

    MissedVisitDialog(Database& db, const Actor& actor, qint64 participantId, qint64 timePointId,
                      QWidget* parent = nullptr);

    // Records as if the button were pressed: the refusal, or empty when recorded (and accepted).
    QString submit();
    QString submit(const QDate& date, const QString& reason);
    // The instruments recorded as missing (ids), once recorded.
    QStringList recorded() const { return m_recorded; }
    std::optional<Field> errorField() const { return m_errors.shown(); }
    QString errorText(Field field) const { return m_errors.text(field); }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    bool load();
    void retranslateUi();
    void fitHeight();
    QString instrumentNames(const QStringList& ids) const;

    Database& m_db;
    Actor m_actor;
    qint64 m_participantId;
    qint64 m_timePointId;
    bool m_ready = false;
    QString m_loadError; // why the visit could not be shown (from the core)
    QString m_studyId;
    std::optional<TimePoint> m_timePoint;
    Visit m_visit;
    std::map<QString, QString> m_shortNames; // instrument id -> short name
    QStringList m_recorded;
    FieldErrors<Field> m_errors;

    QLabel* m_heading;
    QLabel* m_window;
    QLabel* m_instruments;
    QLabel* m_text;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_reasonHint;
    DialogButtons* m_buttons;
};

} // namespace td
