#pragma once

#include "access/Actor.h"
#include "quality/DataQuery.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace td {

class Database;
class ErrorLabel;

// One data query's conversation: what it is about, every step with who and when, and a text
// with the steps this user may take (respond; close or re-open for the raiser). A query on one
// item of a saved form can be answered by correcting the value: the response and the
// correction are one step (DataQueries::respondWithCorrection), the response text its reason.
class QueryDialog : public QDialog
{
    Q_OBJECT

public:
    QueryDialog(Database& db, const Actor& actor, const DataQuery& query,
                const QString& instrumentName, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* respondButton() const { return m_respond; }
    QPushButton* closeQueryButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    // The corrected value of the item asked about (shown when the user may correct it).
    QLineEdit* correctionField() const { return m_corrected; }
    const DataQuery& query() const { return m_query; }
    // The step, with the text typed; the core's refusal, or "" when done.
    QString take(QueryAction action);

signals:
    void stepTaken();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    Database& m_db;
    Actor m_actor;
    DataQuery m_query;
    QString m_instrumentName;
    QLabel* m_subject;
    QTextBrowser* m_steps;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QLabel* m_correctedLabel;
    QLineEdit* m_corrected;
    QString m_currentValue; // the item's value as stored, when it may be corrected
    ErrorLabel* m_error;
    QPushButton* m_respond;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_done;
};

} // namespace td
