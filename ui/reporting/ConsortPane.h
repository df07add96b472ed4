#pragma once

#include <QWidget>

class QPrinter;
class QPushButton;
class QScrollArea;

namespace td {

class ConsortView;

// The CONSORT area of the window: the diagram (ConsortView) in a scroll area under a bar that
// saves it (PDF, PNG, and SVG when the build has Qt Svg; owner-only files through ExportFile)
// and opens its print preview.
class ConsortPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConsortPane(QWidget* parent = nullptr);

    ConsortView* view() const { return m_view; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* printButton() const { return m_print; }

    // Saves the diagram in the format its name ends in (.pdf, .png, .svg): the error message,
    // or an empty string.
    QString saveAs(const QString& path) const;
    // The save dialog's filters, one per format this build writes, PDF first.
    static QStringList fileFilters();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void saveDialog();
    void printPreview();

    ConsortView* m_view;
    QScrollArea* m_scroll;
    QPushButton* m_save;
    QPushButton* m_print;
};

} // namespace td
