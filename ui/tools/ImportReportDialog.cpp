#include "tools/ImportReportDialog.h"

#include "exchange/CsvWriter.h"
#include "exchange/ExportFile.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

ImportReportDialog::ImportReportDialog(ImportKind kind, const QString& path,
                                       Result<ImportReport> outcome, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_path(path), m_outcome(std::move(outcome)),
      m_summary(new QLabel(this)), m_problems(new QTableWidget(this)),
      m_save(new QPushButton(this)), m_close(new QPushButton(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_problems->setColumnCount(3);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    // One line a problem; the whole reason is in its tooltip.
    m_problems->setWordWrap(false);
    m_problems->setTextElideMode(Qt::ElideRight);
    const bool refused = m_outcome.ok() && !m_outcome->ok();
    // A refusal lists its problems; an import that took what it could lists what it skipped.
    const bool listed = refused || (m_outcome.ok() && !m_outcome->skipped.empty());
    if (listed) {
        const auto& list = refused ? m_outcome->problems : m_outcome->skipped;
        const int shown = static_cast<int>(std::min<size_t>(list.size(), maxListed));
        m_problems->setRowCount(shown);
        for (int row = 0; row < shown; ++row) {
            const ImportProblem& p = list[static_cast<size_t>(row)];
            auto* line = new QTableWidgetItem;
            // Shown in the chosen language (retranslateUi).
            line->setData(Qt::UserRole, p.line);
            m_problems->setItem(row, 0, line);
            m_problems->setItem(row, 1, new QTableWidgetItem(p.column));
            auto* reason = new QTableWidgetItem(p.reason);
            reason->setToolTip(p.reason);
            m_problems->setItem(row, 2, reason);
        }
    }
    m_problems->setVisible(listed);
    m_save->setVisible(refused);

    connect(m_save, &QPushButton::clicked, this, &ImportReportDialog::chooseSaveFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_close->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    resize(listed ? 900 : 520, listed ? 480 : 160);
    retranslateUi();
}

bool ImportReportDialog::imported() const
{
    return m_outcome.ok() && m_outcome->ok();
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}

QString ImportReportDialog::saveProblems(const QString& path) const
{
    ExportFile file(path, QString(), ExportFileOptions{.replace = true});
    if (Status s = file.open(); !s.ok())
        return s.message();
    {
        CsvWriter csv(file.device());
        csv.row({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("problem")});
        if (m_outcome.ok())
            for (const ImportProblem& p : m_outcome->problems)
                csv.row({QString::number(p.line), p.column, p.reason});
        if (m_outcome.ok() && m_outcome->unlisted > 0)
            csv.row({QString(), QString(),
                     tr("%1 more problems were counted, not listed.")
                         .arg(QLocale().toString(m_outcome->unlisted))});
        if (!csv.flush())
            return tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.device().errorString());
    }
    if (Status s = file.commit(); !s.ok())
        return s.message();
    return {};
}

void ImportReportDialog::chooseSaveFile()
{
    const QFileInfo source(m_path);
    const QString suggested = source.absoluteDir().filePath(
        source.completeBaseName() + tr("-problems") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the list of problems"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveProblems(path);
    m_summary->setText(error.isEmpty()
                           ? summary() + QLatin1Char('\n') +
                                 tr("The list is saved in %1.").arg(QDir::toNativeSeparators(path))
                           : error);
}

void ImportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Import"));
    const QString file = QDir::toNativeSeparators(m_path);
    const QLocale locale;
    QString assumed;
    if (m_outcome.ok())
        for (const QString& a : m_outcome->assumptions)
            assumed += QLatin1Char(' ') + a;
    if (!m_outcome.ok()) {
        m_summary->setText(tr("Nothing was imported from %1: %2").arg(file, m_outcome.message()));
    } else if (m_outcome->ok()) {
        m_summary->setText(
            tr("Imported %1 of %2 %3 from %4. Every record is in the audit trail, "
               "naming the file.")
                .arg(locale.toString(m_outcome->imported), locale.toString(m_outcome->records),
                     ImportService::recordsName(m_kind), file) +
            assumed +
            (m_outcome->skipped.empty()
                 ? QString()
                 : QLatin1Char(' ') +
                       tr("Skipped, each with why: %1 (listed below).")
                           .arg(locale.toString(static_cast<qint64>(m_outcome->skipped.size())))));
    } else {
        const int count = static_cast<int>(m_outcome->problemCount());
        QString text =
            tr("Nothing was imported: %Ln problem(s) in %1. The whole file is refused when any "
               "line is wrong; correct these lines and import the file again.",
               nullptr, count)
                .arg(file);
        if (m_outcome->unlisted > 0)
            text += QLatin1Char(' ') + tr("The first %1 are listed here; the other %2 were "
                                          "counted, not listed.")
                                           .arg(locale.toString(m_outcome->problems.size()),
                                                locale.toString(m_outcome->unlisted));
        m_summary->setText(text + assumed);
    }
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        QTableWidgetItem* line = m_problems->item(row, 0);
        const qint64 n = line->data(Qt::UserRole).toLongLong();
        line->setText(n > 0 ? locale.toString(n) : tr("whole file"));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_save->setText(tr("&Save the list…"));
    m_close->setText(tr("Close"));
}

void ImportReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
