#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"

#include <QWidget>

class QPrinter;
class QPushButton;
class QScrollArea;

namespace td {

class ConsortView;
class Database;

// The CONSORT area of the window: the diagram (ConsortView) in a scroll area under a bar that
// saves it (PDF, PNG, and SVG when the build has Qt Svg; owner-only files through ExportFile)
// and opens its print preview.
class ConsortPane : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    explicit ConsortPane(QWidget* parent = nullptr);
    // Computes the diagram for the signed-in user: the error message (the core's refusal for
    // a role that may not see it), or an empty string.
    QString load(Database& db, const Actor& actor);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

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
    Database* m_db = nullptr;
    Actor m_actor;
    QString m_refused;
    QScrollArea* m_scroll;
    QPushButton* m_save;
    QPushButton* m_print;
};

} // namespace td
