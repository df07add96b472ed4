#include "reporting/ConsortPane.h"

#include "common/PrintPreview.h"
#include "reporting/ConsortView.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace td {

ConsortPane::ConsortPane(QWidget* parent)
    : QWidget(parent), m_view(new ConsortView), m_scroll(new QScrollArea(this)),
      m_save(new QPushButton(this)), m_print(new QPushButton(this))
{
    m_save->setObjectName(QStringLiteral("saveConsort"));
    m_print->setObjectName(QStringLiteral("printConsort"));
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_save);
    bar->addWidget(m_print);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    connect(m_save, &QPushButton::clicked, this, &ConsortPane::saveDialog);
    connect(m_print, &QPushButton::clicked, this, &ConsortPane::printPreview);
    connect(m_view, &ConsortView::countsChanged, this, &ConsortPane::updateButtons);
    retranslateUi();
    updateButtons();
}

QStringList ConsortPane::fileFilters()
{
    QStringList filters{tr("PDF document (*.pdf)"), tr("PNG image (*.png)")};
    if (ConsortView::canSaveSvg())
        filters << tr("SVG image (*.svg)");
    return filters;
}

QString ConsortPane::saveAs(const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("pdf"))
        return m_view->savePdf(path);
    if (suffix == QStringLiteral("png"))
        return m_view->savePng(path);
    if (suffix == QStringLiteral("svg"))
        return m_view->saveSvg(path);
    return ConsortView::canSaveSvg() ? tr("Choose a file name ending in .pdf, .png or .svg.")
                                     : tr("Choose a file name ending in .pdf or .png.");
}

void ConsortPane::saveDialog()
{
    const QStringList filters = fileFilters();
    QString chosen = filters.front();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save the CONSORT diagram"), tr("consort.pdf"),
                                     filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    // A name without a suffix takes the chosen filter's ("… (*.png)" -> ".png").
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = chosen.lastIndexOf(QStringLiteral("*."));
        if (star >= 0)
            path += chosen.mid(star + 1).chopped(1);
    }
    if (const QString error = saveAs(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save the CONSORT diagram"), error);
}

void ConsortPane::printPreview()
{
    showPrintPreview(this, tr("CONSORT flow diagram"),
                     [this](QPrinter& printer) { m_view->print(printer); });
}

void ConsortPane::updateButtons()
{
    const bool have = m_view->counts().has_value();
    m_save->setEnabled(have);
    m_print->setEnabled(have);
}

void ConsortPane::retranslateUi()
{
    m_save->setText(tr("Save diagram…"));
    m_save->setToolTip(tr("Save the diagram as a PDF document or a picture, readable by you only"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Preview the diagram on paper and print it"));
}

void ConsortPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString ConsortPane::load(Database& db, const Actor& actor)
{
    m_db = &db;
    m_actor = actor;
    m_refused = m_view->load(db, actor);
    return m_refused;
}

QString ConsortPane::refresh()
{
    return m_db ? m_view->load(*m_db, m_actor) : QString();
}

bool ConsortPane::shown() const
{
    return m_refused.isEmpty();
}

QString ConsortPane::title() const
{
    return QCoreApplication::translate("td::MainWindow", "CONSORT flow");
}

} // namespace td
