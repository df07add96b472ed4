#include "tools/DataToolsView.h"

#include "access/Disclosure.h"
#include "audit/BackupManifest.h"
#include "audit/TrailVerifier.h"
#include "exchange/BackupService.h"
#include "exchange/ExportFormats.h"
#include "exchange/ExportService.h"
#include "exchange/FileCompaction.h"
#include "storage/Database.h"
#include "tools/BackupSettings.h"
#include "tools/LockTimeBox.h"
#include "tools/ServerBackupBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

DataToolsView::DataToolsView(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_exportBox(new QGroupBox(this)),
      m_formatLabel(new QLabel(this)), m_format(new QComboBox(this)),
      m_blinded(new QCheckBox(this)), m_export(new QPushButton(this)),
      m_plaintextNote(new QLabel(this)), m_backupBox(new QGroupBox(this)),
      m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)), m_keepLabel(new QLabel(this)),
      m_keep(new QSpinBox(this)), m_backupNote(new QLabel(this)), m_onClose(new QCheckBox(this)),
      m_backupNow(new QPushButton(this)), m_restore(new QPushButton(this)),
      m_compact(new QPushButton(this)), m_auditBox(new QGroupBox(this)),
      m_auditText(new QLabel(this)), m_verify(new QPushButton(this)), m_status(new QLabel(this))
{
    m_format->setObjectName(QStringLiteral("format"));
    listFormats();
    m_formatLabel->setBuddy(m_format);
    m_blinded->setVisible(Disclosure::of(actor).arms());
    auto* exportForm = new QFormLayout(m_exportBox);
    exportForm->addRow(m_formatLabel, m_format);
    exportForm->addRow(m_blinded);
    m_plaintextNote->setObjectName(QStringLiteral("plaintextNote"));
    m_plaintextNote->setWordWrap(true);
    exportForm->addRow(m_plaintextNote);
    exportForm->addRow(m_export);

    const BackupSettings backup = BackupSettings::load(db);
    m_folder->setText(QDir::toNativeSeparators(backup.folder));
    m_keep->setRange(1, 1000);
    m_keep->setValue(backup.keep);
    m_onClose->setChecked(backup.onClose);
    m_folderLabel->setBuddy(m_folder);
    m_keepLabel->setBuddy(m_keep);
    auto* backupForm = new QFormLayout(m_backupBox);
    backupForm->addRow(m_folderLabel, m_folder);
    backupForm->addRow(m_keepLabel, m_keep);
    backupForm->addRow(m_onClose);
    m_backupNote->setObjectName(QStringLiteral("backupNote"));
    m_backupNote->setWordWrap(true);
    backupForm->addRow(m_backupNote);
    auto* backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_backupNow);
    backupButtons->addWidget(m_restore);
    backupButtons->addWidget(m_compact);
    backupButtons->addStretch();
    backupForm->addRow(backupButtons);

    m_auditText->setWordWrap(true);
    auto* auditLayout = new QVBoxLayout(m_auditBox);
    auditLayout->addWidget(m_auditText);
    auditLayout->addWidget(m_verify, 0, Qt::AlignLeft);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("status"));

    m_exportBox->setVisible(actor.can(Permission::ExportData));
    // A server's backups are the server's (ServerBackup): the file backups' settings, backing
    // up, restoring and compacting are not offered there, but what to run instead is.
    m_backupBox->setVisible(actor.can(Permission::BackupRestore) && !db.isServer());
    m_auditBox->setVisible(actor.can(Permission::ViewAuditTrail));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_exportBox);
    layout->addWidget(m_backupBox);
    if (db.isServer() && actor.can(Permission::BackupRestore)) {
        m_serverBackups = new ServerBackupBox(db, this);
        layout->addWidget(m_serverBackups);
    }
    layout->addWidget(m_auditBox);
    if (actor.can(Permission::ManageUsers)) {
        m_lockTime = new LockTimeBox(db, actor, this);
        connect(m_lockTime, &LockTimeBox::changed, this, &DataToolsView::lockMinutesChanged);
        layout->addWidget(m_lockTime);
    }
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_export, &QPushButton::clicked, this, &DataToolsView::chooseExportFile);
    connect(m_blinded, &QCheckBox::toggled, this, &DataToolsView::listFormats);
    connect(m_backupNow, &QPushButton::clicked, this, [this] { backupNow(); });
    connect(m_restore, &QPushButton::clicked, this, &DataToolsView::chooseRestoreFile);
    connect(m_compact, &QPushButton::clicked, this, [this] { compactFile(); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyAuditTrail(); });
    connect(m_onClose, &QCheckBox::toggled, this, &DataToolsView::saveBackupSettings);
    connect(m_keep, &QSpinBox::valueChanged, this, &DataToolsView::saveBackupSettings);
    connect(m_folder, &QLineEdit::editingFinished, this, &DataToolsView::saveBackupSettings);
    retranslateUi();
}

bool DataToolsView::hasTools() const
{
    return m_actor.can(Permission::ExportData) || m_actor.can(Permission::BackupRestore) ||
           m_actor.can(Permission::ViewAuditTrail) || m_lockTime != nullptr;
}

QString DataToolsView::statusText() const
{
    return m_status->text();
}

void DataToolsView::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_status->setText(text);
}

void DataToolsView::listFormats()
{
    // Only what this user may have for the data set as chosen: a blinded one has no sessions
    // file and no allocation list (ExportFormats::offeredTo).
    const QString current = m_format->currentData().toString();
    m_format->clear();
    for (const ExportFormat* format : ExportFormats::offeredTo(m_actor, m_blinded->isChecked()))
        m_format->addItem(format->name(), format->key());
    if (const int i = m_format->findData(current); i >= 0)
        m_format->setCurrentIndex(i);
}

QString DataToolsView::exportTo(const QString& formatKey, const QString& path)
{
    const ExportFormat* format = ExportFormats::find(formatKey);
    if (!format) {
        const QString error = tr("Unknown export format \"%1\"; the formats are: %2.")
                                  .arg(formatKey, ExportFormats::keys().join(QStringLiteral(", ")));
        showStatus(error, true);
        return error;
    }
    ExportOptions options;
    options.blinded = m_blinded->isChecked();
    options.file.replace = true; // the save dialog asked first; a trial is never replaced
    auto done = ExportService(m_db).exportTo(m_actor, *format, path, options);
    if (!done.ok()) {
        showStatus(done.message(), true);
        return done.message();
    }
    const QString text =
        tr("Exported %Ln row(s) to %1.", nullptr, static_cast<int>(done->rows))
            .arg(QDir::toNativeSeparators(done->path)) +
        QLatin1Char(' ') + tr("It is not encrypted and only you can read it.") + QLatin1Char(' ') +
        (done->withArms ? tr("The file contains the arms.") : tr("The file contains no arms."));
    showStatus(text, false);
    return text;
}

void DataToolsView::chooseExportFile()
{
    const ExportFormat* format = ExportFormats::find(m_format->currentData().toString());
    if (!format)
        return;
    // Beside a trial file; for a server trial, in the home folder, named for its database.
    const QDir folder = m_db.isServer() ? QDir::home() : QFileInfo(m_db.path()).absoluteDir();
    const QString base =
        m_db.isServer() ? m_db.spec().database : QFileInfo(m_db.path()).completeBaseName();
    const QString suggested = folder.filePath(base + QLatin1Char('-') + format->key() +
                                              QLatin1Char('.') + format->suffix());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), suggested, format->fileFilter());
    if (!path.isEmpty())
        exportTo(format->key(), path);
}

QString DataToolsView::backupNow()
{
    saveBackupSettings();
    auto made = BackupService::backupRotating(
        m_db, m_actor, QDir::fromNativeSeparators(m_folder->text()), m_keep->value());
    const QString text =
        made.ok() ? tr("Backup saved and verified: %1").arg(QDir::toNativeSeparators(*made))
                  : made.message();
    showStatus(text, !made.ok());
    return text;
}

QString DataToolsView::compactFile()
{
    auto layout = FileCompaction::measure(m_db);
    QString text;
    bool failed = !layout.ok();
    if (!layout.ok()) {
        text = layout.message();
    } else if (!layout->worthCompacting()) {
        text = tr("The trial file is in order (%1% of its data pages out of order); there is "
                  "nothing to compact.")
                   .arg(qRound(layout->scattered() * 100));
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = FileCompaction::compact(m_db, m_actor);
        QApplication::restoreOverrideCursor();
        failed = !done.ok();
        text = done.ok() ? tr("Trial file compacted: %1% of its data pages were out of order, "
                              "now %2%. Screens read it faster on a cold start.")
                               .arg(qRound(done->before.scattered() * 100))
                               .arg(qRound(done->after.scattered() * 100))
                         : done.message();
    }
    showStatus(text, failed);
    return text;
}

void DataToolsView::chooseRestoreFile()
{
    const QString file =
        m_chooseRestoreFile
            ? m_chooseRestoreFile()
            : QFileDialog::getOpenFileName(this, tr("Restore from backup"),
                                           QDir::fromNativeSeparators(m_folder->text()),
                                           tr("Trial backups (*.sqlite)"));
    if (file.isEmpty())
        return;
    // An encrypted backup opens with a password its users had when it was made (this user's,
    // typed again) or with the trial's recovery key (docs/encryption.md).
    Database::Unlock unlock;
    if (CryptVfs::isEncrypted(file)) {
        bool ok = false;
        const QString secret = QInputDialog::getText(
            this, tr("Restore from backup"),
            tr("The backup is encrypted. Your password when it was made, or the trial's "
               "recovery key:"),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        unlock = {m_actor.username, secret, {}, {}};
        auto key = BackupService::unlockBackup(file, unlock);
        if (!key.ok()) {
            unlock = {{}, {}, secret, {}};
            key = BackupService::unlockBackup(file, unlock);
        }
        if (!key.ok()) {
            showStatus(tr("Nothing was restored: neither your password nor a recovery key opens "
                          "the encrypted backup %1.")
                           .arg(QDir::toNativeSeparators(file)),
                       true);
            return;
        }
        unlock = {{}, {}, {}, *key};
    }
    // What the backup's signed manifest says of it.
    QString manifest;
    {
        Database::Options inspect;
        inspect.mode = OpenMode::AsIs;
        inspect.readOnly = true;
        unlock.into(inspect);
        if (auto backup = Database::open(file, inspect); backup.ok())
            manifest = BackupManifests::describe(**backup, file);
    }
    QMessageBox box(QMessageBox::Warning, tr("Restore from backup"),
                    tr("Replace the open trial with the backup %1?\n\nThe trial closes, the "
                       "backup is checked, and the current file is kept beside it under a new "
                       "name (nothing is deleted). You then sign in again.")
                            .arg(QDir::toNativeSeparators(file)) +
                        (manifest.isEmpty() ? QString() : QStringLiteral("\n\n") + manifest),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        emit restoreRequested(file, unlock);
}

void DataToolsView::saveBackupSettings()
{
    BackupSettings b;
    b.onClose = m_onClose->isChecked();
    b.folder = QDir::fromNativeSeparators(m_folder->text());
    b.keep = m_keep->value();
    b.save(m_db);
}

QString DataToolsView::verifyAuditTrail()
{
    std::vector<TrailAnchor> anchors;
    if (auto key = TrailAnchors::trialKey(m_db); key.ok())
        if (auto seen = TrailAnchors::remembered(*key))
            anchors.push_back(*seen);
    // As trialdesk-cli audit verify, with at most ten of the replay's findings on the screen.
    auto checked = TrailVerifier::verify(m_db, Disclosure::of(m_actor), anchors);
    const QString text =
        checked.ok() ? checked->lines(10).join(QLatin1Char('\n')) : checked.message();
    showStatus(text, !checked.ok() || !checked->clean());
    return text;
}

void DataToolsView::retranslateUi()
{
    m_exportBox->setTitle(tr("Export for analysis"));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_format->count(); ++i)
        if (const ExportFormat* format = ExportFormats::find(m_format->itemData(i).toString()))
            m_format->setItemText(i, format->name());
    m_blinded->setText(
        tr("&Blinded data set (no arm, sessions, treatment phases or unblinded staff names)"));
    m_export->setText(tr("&Export…"));
    m_plaintextNote->setText(
        m_db.encrypted()
            ? tr("An export is not encrypted, although the trial is: analysis programs read "
                 "it as plain text. It is written readable by you only; keep it where only "
                 "those who may read the trial's data can.")
            : tr("An export is not encrypted: analysis programs read it as plain text. It is "
                 "written readable by you only."));
    m_backupBox->setTitle(tr("Backups"));
    m_folderLabel->setText(tr("F&older:"));
    m_keepLabel->setText(tr("&Keep the last:"));
    m_keep->setSuffix(tr(" backups"));
    m_backupNote->setText(m_db.encrypted()
                              ? tr("Backups are encrypted like the trial: they open with the "
                                   "passwords of the time of the backup or the recovery key.")
                              : tr("This trial is not encrypted, and neither are its backups."));
    m_onClose->setText(tr("Back up &automatically when TrialDesk closes"));
    m_backupNow->setText(tr("Back up &now"));
    m_restore->setText(tr("&Restore from backup…"));
    m_compact->setText(tr("&Compact the trial file"));
    m_compact->setToolTip(tr("Rewrites the trial file with each table in consecutive pages, so "
                             "screens read it faster after years of changes. Audited; the file "
                             "stays as it was if it fails."));
    m_auditBox->setTitle(tr("Audit trail"));
    m_auditText->setText(tr("Every change is chained to the one before it, and every save is "
                            "signed by the person who made it. The check recomputes the chain, "
                            "verifies the signatures against the keys the trail recorded, names "
                            "the first row that does not fit, and replays the trail against "
                            "every value of the clinical tables."));
    m_verify->setText(tr("&Verify the audit trail"));
}

void DataToolsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString DataToolsView::title() const
{
    return QCoreApplication::translate("td::MainWindow", "Data tools");
}

QString DataToolsView::refresh()
{
    return QString();
}

bool DataToolsView::shown() const
{
    return hasTools();
}

} // namespace td
