#include "tools/ImportMenu.h"

#include "storage/Database.h"
#include "tools/ImportReportDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace td {

ImportMenu::ImportMenu(Database& db, const Actor& actor, QWidget* parent)
    : QMenu(parent), m_db(db), m_actor(actor), m_window(parent)
{
    for (ImportKind kind : ImportService::kinds()) {
        if (!actor.can(ImportService::permission(kind)))
            continue;
        QAction* a = addAction(QString());
        a->setData(static_cast<int>(kind));
        connect(a, &QAction::triggered, this, [this, kind] { chooseFile(kind); });
    }
    retranslateUi();
}

void ImportMenu::chooseFile(ImportKind kind)
{
    const QString filter =
        kind == ImportKind::Odm ? tr("ODM XML files (*.xml)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"),
        m_db.isServer() ? QDir::homePath() : QFileInfo(m_db.path()).absolutePath(), filter);
    if (path.isEmpty())
        return;
    ImportOptions options;
    if (kind == ImportKind::RedcapDictionary) {
        const auto codes = askMissingCodes();
        if (!codes)
            return;
        options.missingCodes = *codes;
    }
    importFile(kind, path, options)->open();
}

std::optional<std::vector<int>> ImportMenu::askMissingCodes()
{
    QString text;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(
            m_window, tr("Missing data codes"),
            tr("Codes that mean \"missing\" in this dictionary (REDCap's missing data codes, "
               "such as -1 for \"Don't know\" and 99 for \"Not applicable\"), separated by "
               "commas. They are kept as answers but not counted as values. Leave empty for "
               "none; a field's @MISSING action tag adds its own."),
            QLineEdit::Normal, text, &ok);
        if (!ok)
            return std::nullopt;
        auto codes = ImportService::missingCodes(text);
        if (codes.ok())
            return *codes;
        QMessageBox::warning(m_window, tr("Missing data codes"), codes.message());
    }
}

ImportReportDialog* ImportMenu::importFile(ImportKind kind, const QString& path,
                                           const ImportOptions& options)
{
    // A large file takes a while (a million assessments: about half a minute): a progress
    // dialog, modal to the whole application so nothing else touches the trial meanwhile,
    // whose Cancel leaves the trial as it was.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             kind == ImportKind::Assessments ? 100 : 0, m_window);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = ImportService(m_db).run(
        m_actor, kind, path,
        [&progress](int percent) {
            progress.setValue(percent); // a modal progress dialog handles the events here
            return !progress.wasCanceled();
        },
        options);
    QApplication::restoreOverrideCursor();
    progress.close();
    auto* dialog = new ImportReportDialog(kind, path, std::move(outcome), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->imported())
        emit imported();
    return dialog;
}

void ImportMenu::retranslateUi()
{
    setTitle(tr("&Import"));
    for (QAction* a : actions()) {
        switch (static_cast<ImportKind>(a->data().toInt())) {
        case ImportKind::Assessments:
            a->setText(tr("&Assessments from a long CSV…"));
            break;
        case ImportKind::RedcapDictionary:
            a->setText(tr("&REDCap data dictionary as a new instrument…"));
            break;
        case ImportKind::RedcapRecords:
            a->setText(tr("REDCap re&cords (a data export)…"));
            break;
        case ImportKind::Odm:
            a->setText(tr("CDISC &ODM clinical data…"));
            break;
        }
    }
}

void ImportMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace td
