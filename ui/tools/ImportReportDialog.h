#pragma once

#include "common/Result.h"
#include "exchange/ImportReport.h"
#include "exchange/ImportService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace td {

// The outcome of one import: what was imported, or why nothing was: the refused lines with
// their column and reason in a table (the first thousand; a file of a million duplicates
// would otherwise fill the screen for minutes), and all of them saved as CSV on request.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxListed = static_cast<int>(ImportReport::maxProblems);

    ImportReportDialog(ImportKind kind, const QString& path, Result<ImportReport> outcome,
                       QWidget* parent = nullptr);
    QString summary() const;
    // The problems as shown: line, where in the record, reason.
    QTableWidget* problems() const { return m_problems; }
    bool imported() const;
    // Writes every problem (line, column, problem) as CSV; an error message, or empty.
    QString saveProblems(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseSaveFile();

    ImportKind m_kind;
    QString m_path;
    Result<ImportReport> m_outcome;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace td
