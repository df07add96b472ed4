#pragma once

#include "common/Result.h"
#include "exchange/ImportReport.h"
#include "exchange/ImportService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace td {

// The outcome of one import: what was imported, or why nothing was (every refused line with
// its column and reason, in a table that can be sorted and copied from).
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(ImportKind kind, const QString& path, Result<ImportReport> outcome,
                       QWidget* parent = nullptr);
    QString summary() const;
    // The problems as shown: line, where in the record, reason.
    QTableWidget* problems() const { return m_problems; }
    bool imported() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ImportKind m_kind;
    QString m_path;
    Result<ImportReport> m_outcome;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_close;
};

} // namespace td
