#pragma once

#include "access/Actor.h"
#include "exchange/ImportService.h"

#include <QMenu>

namespace td {

class Database;
class ImportReportDialog;

// File > Import: one entry per kind of import the role may run (assessments from a long CSV,
// a REDCap data dictionary, ODM clinical data). Each asks for the file, runs the import (which
// writes everything or nothing) and shows the outcome in an ImportReportDialog.
class ImportMenu : public QMenu
{
    Q_OBJECT

public:
    ImportMenu(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Imports `path` and opens the dialog with the outcome (owned by this menu's window).
    ImportReportDialog* importFile(ImportKind kind, const QString& path,
                                   const ImportOptions& options = {});

signals:
    // Something was written: the views showing data should reload.
    void imported();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseFile(ImportKind kind);
    // A REDCap dictionary's missing data codes, asked; nothing when cancelled.
    std::optional<std::vector<int>> askMissingCodes();

    Database& m_db;
    Actor m_actor;
    QWidget* m_window;
};

} // namespace td
