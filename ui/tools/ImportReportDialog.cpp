#include "tools/ImportReportDialog.h"

#include <QDir>
#include <QEvent>
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
      m_close(new QPushButton(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_problems->setColumnCount(3);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(true);
    const bool refused = m_outcome.ok() && !m_outcome->ok();
    if (refused) {
        const auto& list = m_outcome->problems;
        m_problems->setRowCount(static_cast<int>(list.size()));
        for (int row = 0; row < static_cast<int>(list.size()); ++row) {
            const ImportProblem& p = list[static_cast<size_t>(row)];
            auto* line = new QTableWidgetItem;
            // Shown in the chosen language (retranslateUi).
            line->setData(Qt::UserRole, p.line);
            m_problems->setItem(row, 0, line);
            m_problems->setItem(row, 1, new QTableWidgetItem(p.column));
            m_problems->setItem(row, 2, new QTableWidgetItem(p.reason));
        }
        m_problems->resizeColumnToContents(1);
    }
    m_problems->setVisible(refused);

    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_close->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    resize(refused ? 900 : 520, refused ? 480 : 160);
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

void ImportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Import"));
    const QString file = QDir::toNativeSeparators(m_path);
    const QLocale locale;
    if (!m_outcome.ok())
        m_summary->setText(tr("Nothing was imported from %1: %2").arg(file, m_outcome.message()));
    else if (m_outcome->ok())
        m_summary->setText(tr("Imported %1 of %2 %3 from %4. Every record is in the audit trail, "
                              "naming the file.")
                               .arg(locale.toString(m_outcome->imported),
                                    locale.toString(m_outcome->records),
                                    ImportService::recordsName(m_kind), file));
    else
        m_summary->setText(
            tr("Nothing was imported: %n problem(s) in %1. The whole file is refused when any "
               "line is wrong; correct these lines and import the file again.",
               nullptr, static_cast<int>(m_outcome->problems.size()))
                .arg(file));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        QTableWidgetItem* line = m_problems->item(row, 0);
        const qint64 n = line->data(Qt::UserRole).toLongLong();
        line->setText(n > 0 ? locale.toString(n) : tr("whole file"));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeRowsToContents();
    m_close->setText(tr("Close"));
}

void ImportReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace td
