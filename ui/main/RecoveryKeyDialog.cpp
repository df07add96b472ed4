#include "main/RecoveryKeyDialog.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace td {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& trialFile, const QString& key, QWidget* parent)
    : QDialog(parent), m_file(trialFile), m_warning(new QLabel(this)), m_key(new QLabel(this)),
      m_print(new QPushButton(this)), m_close(new QPushButton(this))
{
    setWindowTitle(tr("Recovery key"));
    m_warning->setObjectName(QStringLiteral("recoveryWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 8px; }"));
    m_warning->setText(
        tr("<b>Print this key now, or write it down: it is shown only this once.</b><br>With "
           "it, the trial file %1 and its backups can be opened when every administrator has "
           "forgotten their password, so anyone who has it and the file can read the trial. "
           "Keep the sheet locked away, apart from the computer.")
            .arg(QFileInfo(trialFile).fileName().toHtmlEscaped()));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_key->setObjectName(QStringLiteral("recoveryKey"));
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines of four groups: easier to read out and copy by hand.
    QStringList groups = key.split(QLatin1Char('-'));
    m_key->setText(groups.size() == 8
                       ? groups.mid(0, 4).join(QStringLiteral("  ")) + QLatin1Char('\n') +
                             groups.mid(4).join(QStringLiteral("  "))
                       : key);
    m_print->setText(tr("&Print…"));
    m_close->setText(tr("I have &printed or written it down"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addSpacing(12);
    layout->addWidget(m_key);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    setMinimumWidth(520);
    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

QString RecoveryKeyDialog::keyText() const
{
    return m_key->text();
}

void RecoveryKeyDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument sheet;
    sheet.setHtml(
        tr("<h2>TrialDesk recovery key</h2><p>Trial file: %1<br>Printed: %2</p>"
           "<p style=\"font-family: monospace; font-size: 20pt\">%3</p>"
           "<p>This key opens the trial file and its backups. Keep this sheet locked away.</p>")
            .arg(QFileInfo(m_file).fileName().toHtmlEscaped(),
                 QDateTime::currentDateTime().toString(Qt::ISODate),
                 m_key->text().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    sheet.print(&printer);
}

} // namespace td
