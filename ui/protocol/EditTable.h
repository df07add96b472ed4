#pragma once

#include "protocol/ProtocolTexts.h"

#include <QMap>
#include <QWidget>

class QAction;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace td {

class ChoiceDelegate;

// A list of protocol elements as an editable table with Add, Remove, Move up and Move down,
// usable by keyboard alone: Tab enters and leaves the table, arrows move, F2 or typing edits,
// Space ticks a check cell; Insert adds, Ctrl+Delete removes, Alt+Up/Alt+Down move a row.
// The owner fills it from the protocol and writes each edit (edited()) back. A cell with a
// problem is shown red with the problem as its tool tip.
class EditTable : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Text, Number, Check, Choice, ReadOnly };
    struct Mark
    {
        int row = -1;
        int column = 0;
        QString message;
    };

    explicit EditTable(QWidget* parent = nullptr);
    void setColumns(const QList<Kind>& kinds);
    void setHeaders(const QStringList& headers);
    // The columns that share the spare width (by default every text column); the others fit
    // their contents.
    void setStretchColumns(const QList<int>& columns);
    void setChoices(int column, const ProtocolTexts::Choices& choices);
    void setButtonTexts(const QString& add, const QString& remove, const QString& up,
                        const QString& down);
    // No add/remove/move buttons (a table whose rows the owner decides).
    void setFixedRows(bool fixed);
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    void setRowCount(int rows);
    int rowCount() const;
    int currentRow() const;
    void setCurrentRow(int row);
    // Puts the keyboard on a row's first cell (after Add).
    void focusRow(int row);

    void setText(int row, int column, const QString& text);
    void setNumber(int row, int column, int value);
    void setChecked(int row, int column, bool checked);
    void setChoice(int row, int column, const QString& key);
    // A cell that does not apply to its row (e.g. the cut points of a site factor): greyed out,
    // skipped by the arrow keys and not editable.
    void setCellEnabled(int row, int column, bool enabled);
    bool isCellEnabled(int row, int column) const;
    QString text(int row, int column) const;
    int number(int row, int column) const;
    bool checked(int row, int column) const;
    QString choice(int row, int column) const;

    // Shows these problems (row -1: the whole table) and clears the others.
    void setMarks(const QList<Mark>& marks);

signals:
    void addRequested();
    void removeRequested(int row);
    void moveRequested(int row, int delta);
    void edited(int row, int column);
    void currentRowChanged(int row);

private:
    QTableWidgetItem* itemAt(int row, int column);
    void onItemChanged(QTableWidgetItem* item);
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QList<QAction*> m_actions;
    QList<Kind> m_kinds;
    QMap<int, ChoiceDelegate*> m_delegates;
    bool m_filling = false;
};

} // namespace td
