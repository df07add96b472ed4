#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "quality/SourceVerification.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace td {

class Database;
class ErrorLabel;

// Source data verification (SourceVerifications) in the data-quality area: the share of
// visit forms verified per site, and one participant's visit forms (found by study id) with
// their marks, which a monitor sets with "Verified against source".
class SourceVerificationPanel : public QWidget
{
    Q_OBJECT

public:
    SourceVerificationPanel(Database& db, const Actor& actor, QWidget* parent = nullptr);

    QString reload();
    // Shows the visit forms of the participant with this study id; the error message or "".
    QString showParticipant(const QString& studyId);
    // Marks the selected form; the error message or "".
    QString verifySelected();
    QTableWidget* sitesTable() const { return m_sites; }
    QTableWidget* formsTable() const { return m_forms; }
    QPushButton* verifyButton() const { return m_verify; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Form
    {
        Assessment assessment;
        QString visitCode;
        std::optional<SourceMark> mark;
    };
    void retranslateUi();
    void fill();
    void updateButtons();

    Database& m_db;
    Actor m_actor;
    std::vector<SiteVerification> m_shares;
    qint64 m_participantId = 0;
    QString m_studyId;
    std::vector<Form> m_list;
    QHash<QString, QString> m_instrumentNames;
    QLabel* m_sitesTitle;
    QTableWidget* m_sites;
    QLabel* m_findLabel;
    QLineEdit* m_find;
    QPushButton* m_show;
    QTableWidget* m_forms;
    QPushButton* m_verify;
    ErrorLabel* m_error;
};

} // namespace td
