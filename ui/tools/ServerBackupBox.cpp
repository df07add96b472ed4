#include "tools/ServerBackupBox.h"

#include "storage/Database.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

namespace {
QLabel* wrapped(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLineEdit* command(QWidget* parent, const char* name, const QString& text)
{
    auto* line = new QLineEdit(text, parent);
    line->setObjectName(QLatin1String(name));
    line->setReadOnly(true);
    line->setCursorPosition(0);
    line->setMinimumWidth(420);
    return line;
}
} // namespace

ServerBackupBox::ServerBackupBox(Database& db, QWidget* parent)
    : QGroupBox(parent), m_db(db), m_about(wrapped(this, "serverBackupAbout")),
      m_dumpLabel(new QLabel(this)), m_copyDump(new QPushButton(this)),
      m_restoreLabel(new QLabel(this)), m_restoreText(wrapped(this, "serverRestoreAbout")),
      m_copyRestore(new QPushButton(this)), m_compactNote(wrapped(this, "serverCompactNote"))
{
    setObjectName(QStringLiteral("serverBackups"));
    auto plan = ServerBackup::plan(db, db.clock().nowUtc());
    if (plan.ok())
        m_plan = *plan;
    else
        m_planError = plan.message();
    m_dump = command(this, "dumpCommand", m_plan ? m_plan->dumpCommand() : QString());
    m_restore = command(this, "restoreCommand", m_plan ? m_plan->restoreCommand() : QString());
    m_dump->setVisible(m_plan.has_value());
    m_restore->setVisible(m_plan.has_value());
    m_copyDump->setVisible(m_plan.has_value());
    m_copyRestore->setVisible(m_plan.has_value());
    m_dumpLabel->setBuddy(m_dump);

    auto* dumpRow = new QHBoxLayout;
    dumpRow->addWidget(m_dump, 1);
    dumpRow->addWidget(m_copyDump);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore, 1);
    restoreRow->addWidget(m_copyRestore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addWidget(m_dumpLabel);
    layout->addLayout(dumpRow);
    layout->addWidget(m_restoreLabel);
    layout->addWidget(m_restoreText);
    layout->addLayout(restoreRow);
    layout->addWidget(m_compactNote);

    connect(m_copyDump, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_dump->text()); });
    connect(m_copyRestore, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_restore->text()); });
    retranslateUi();
}

QString ServerBackupBox::dumpCommand() const
{
    return m_plan ? m_plan->dumpCommand() : QString();
}

QString ServerBackupBox::restoreCommand() const
{
    return m_plan ? m_plan->restoreCommand() : QString();
}

void ServerBackupBox::retranslateUi()
{
    setTitle(tr("Backups on the database server"));
    const QString owner = m_plan ? m_plan->owner : tr("the owner of the trial's tables");
    QString about =
        tr("This trial is on the database server %1, which keeps its data: TrialDesk writes no "
           "backup of it. The server's administrator backs it up with PostgreSQL's own tools, "
           "as %2 (who owns the trial's tables) or a superuser, with the password from "
           "PGPASSWORD or ~/.pgpass. Your own login could not make a whole copy: it may not read "
           "the allocation list or the users' passwords. Continuous archiving on the server "
           "keeps every change between dumps as well.")
            .arg(m_db.path(), owner);
    if (!m_plan)
        about += QLatin1Char(' ') + m_planError;
    m_about->setText(about);
    m_dumpLabel->setText(tr("&Back up (a dump of the whole trial, readable only by who may read "
                            "all of it):"));
    m_restoreLabel->setText(tr("Restore:"));
    m_restoreText->setText(
        tr("To go back to a dump, everyone closes TrialDesk, and the server's administrator runs "
           "the command below with the dump's file. It replaces the trial's tables, their rows, "
           "rules and grants by the dump's, in one transaction: if it fails, nothing changes. "
           "The users' login roles belong to the server and stay as they are. Then verify the "
           "audit trail here: this computer remembers the trail's last signed head, so the "
           "check names what the restore took back."));
    m_copyDump->setText(tr("&Copy"));
    m_copyRestore->setText(tr("C&opy"));
    m_compactNote->setText(tr("There is nothing to compact: the server keeps its tables in order "
                              "itself (autovacuum)."));
}

void ServerBackupBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace td
