#pragma once

#include "access/Actor.h"
#include "quality/DoubleEntry.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace td {

class Database;
class ErrorLabel;

// Double data entry (DoubleEntries) in the data-quality area: the differences awaiting
// adjudication, item by item with both entries, chosen with the first entry's value, the
// second's or another (the source's), with an optional note; the forms keyed once that wait
// for their second entry (which opens the second-entry form); and the agreement, discrepant
// fields per 10,000 keyed, per instrument and per person.
class DoubleEntryPanel : public QWidget
{
    Q_OBJECT

public:
    DoubleEntryPanel(Database& db, const Actor& actor, QWidget* parent = nullptr);

    QString reload();
    const std::vector<Discrepancy>& discrepancies() const { return m_discrepancies; }
    const std::vector<AwaitingSecondEntry>& awaiting() const { return m_awaiting; }
    QTableWidget* discrepancyTable() const { return m_differences; }
    QTableWidget* awaitingTable() const { return m_waiting; }
    QTableWidget* agreementTable() const { return m_agreement; }
    // Adjudicates the selected difference with `value` (the note from the note field); the
    // error message or "".
    QString adjudicate(const QString& value);
    QLineEdit* noteField() const { return m_note; }
    // Selects the form's first difference, or else the form among those awaiting a second
    // entry; false when it is in neither list.
    bool showAssessment(qint64 assessmentId);

signals:
    void participantOpened(qint64 participantId);
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();
    void keySecondEntry();
    void askOtherValue();
    const Discrepancy* selectedDifference() const;

    Database& m_db;
    Actor m_actor;
    std::vector<Discrepancy> m_discrepancies;
    std::vector<AwaitingSecondEntry> m_awaiting;
    AgreementReport m_report;
    QHash<QString, QString> m_instrumentNames;
    QLabel* m_differencesTitle;
    QTableWidget* m_differences;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QPushButton* m_takeFirst;
    QPushButton* m_takeSecond;
    QPushButton* m_takeOther;
    QLabel* m_waitingTitle;
    QTableWidget* m_waiting;
    QPushButton* m_keySecond;
    QLabel* m_agreementTitle;
    QTableWidget* m_agreement;
    ErrorLabel* m_error;
};

} // namespace td
