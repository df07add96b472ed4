#include "protocol/EditTable.h"

#include "protocol/ChoiceDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
const QColor problemColour(0xf8, 0xd7, 0xda);
} // namespace

EditTable::EditTable(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_up(new QPushButton(this)), m_down(new QPushButton(this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Rows grow to show a wrapped summary (instruments of a visit, a session plan).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &EditTable::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit removeRequested(currentRow());
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (currentRow() > 0)
            emit moveRequested(currentRow(), -1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0 && currentRow() + 1 < rowCount())
            emit moveRequested(currentRow(), 1);
    });
    // The same commands from the keyboard while the table has focus.
    const std::pair<QKeySequence, QPushButton*> keys[] = {
        {QKeySequence(Qt::Key_Insert), m_add},
        {QKeySequence(Qt::CTRL | Qt::Key_Delete), m_remove},
        {QKeySequence(Qt::ALT | Qt::Key_Up), m_up},
        {QKeySequence(Qt::ALT | Qt::Key_Down), m_down}};
    for (const auto& [key, button] : keys) {
        auto* action = new QAction(m_table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_table->addAction(action);
        m_actions << action;
    }
    connect(m_table, &QTableWidget::itemChanged, this, &EditTable::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        updateButtons();
        if (row != previous && !m_filling)
            emit currentRowChanged(row);
    });
    updateButtons();
}

void EditTable::setColumns(const QList<Kind>& kinds)
{
    m_kinds = kinds;
    m_table->setColumnCount(static_cast<int>(kinds.size()));
    for (int c = 0; c < kinds.size(); ++c) {
        const bool wide = kinds[c] == Kind::Text || kinds[c] == Kind::ReadOnly;
        m_table->horizontalHeader()->setSectionResizeMode(c, wide ? QHeaderView::Stretch
                                                                  : QHeaderView::ResizeToContents);
        if (kinds[c] == Kind::Choice && !m_delegates.contains(c)) {
            m_delegates[c] = new ChoiceDelegate(this);
            m_table->setItemDelegateForColumn(c, m_delegates[c]);
        }
    }
}

void EditTable::setStretchColumns(const QList<int>& columns)
{
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(
            c, columns.contains(c) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void EditTable::setHeaders(const QStringList& headers)
{
    m_table->setHorizontalHeaderLabels(headers);
}

void EditTable::setChoices(int column, const ProtocolTexts::Choices& choices)
{
    if (!m_delegates.contains(column))
        return;
    m_delegates[column]->setChoices(choices);
    for (int r = 0; r < rowCount(); ++r)
        setChoice(r, column, choice(r, column)); // the names in the current language
}

void EditTable::setButtonTexts(const QString& add, const QString& remove, const QString& up,
                               const QString& down)
{
    m_add->setText(add);
    m_remove->setText(remove);
    m_up->setText(up);
    m_down->setText(down);
    const QString keys[] = {tr("Insert"), tr("Ctrl+Delete"), tr("Alt+Up"), tr("Alt+Down")};
    QPushButton* buttons[] = {m_add, m_remove, m_up, m_down};
    for (int i = 0; i < 4; ++i)
        buttons[i]->setToolTip(tr("Shortcut in the table: %1").arg(keys[i]));
}

void EditTable::setFixedRows(bool fixed)
{
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        b->setVisible(!fixed);
    for (QAction* a : m_actions)
        a->setEnabled(!fixed);
}

void EditTable::setRowCount(int rows)
{
    m_filling = true;
    m_table->setRowCount(rows);
    m_filling = false;
    updateButtons();
}

int EditTable::rowCount() const
{
    return m_table->rowCount();
}

int EditTable::currentRow() const
{
    return m_table->currentRow();
}

void EditTable::setCurrentRow(int row)
{
    m_filling = true;
    m_table->setCurrentCell(row, std::max(m_table->currentColumn(), 0));
    m_filling = false;
    updateButtons();
}

void EditTable::focusRow(int row)
{
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
}

QTableWidgetItem* EditTable::itemAt(int row, int column)
{
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        const Kind kind = column < m_kinds.size() ? m_kinds[column] : Kind::Text;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (kind == Kind::Check)
            flags |= Qt::ItemIsUserCheckable;
        else if (kind != Kind::ReadOnly)
            flags |= Qt::ItemIsEditable;
        item->setFlags(flags);
        m_table->setItem(row, column, item);
    }
    return item;
}

void EditTable::setText(int row, int column, const QString& text)
{
    m_filling = true;
    itemAt(row, column)->setText(text);
    m_filling = false;
}

void EditTable::setNumber(int row, int column, int value)
{
    m_filling = true;
    itemAt(row, column)->setData(Qt::EditRole, value);
    m_filling = false;
}

void EditTable::setChecked(int row, int column, bool checked)
{
    m_filling = true;
    itemAt(row, column)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
}

void EditTable::setChoice(int row, int column, const QString& key)
{
    m_filling = true;
    QTableWidgetItem* item = itemAt(row, column);
    item->setData(Qt::UserRole, key);
    item->setText(m_delegates.contains(column) ? m_delegates[column]->nameOf(key) : key);
    m_filling = false;
}

void EditTable::setCellEnabled(int row, int column, bool enabled)
{
    m_filling = true;
    QTableWidgetItem* item = itemAt(row, column);
    if (item->flags().testFlag(Qt::ItemIsEnabled) != enabled)
        item->setFlags(item->flags().setFlag(Qt::ItemIsEnabled, enabled));
    m_filling = false;
}

bool EditTable::isCellEnabled(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return !item || item->flags().testFlag(Qt::ItemIsEnabled);
}

QString EditTable::text(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

int EditTable::number(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->data(Qt::EditRole).toInt() : 0;
}

bool EditTable::checked(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QString EditTable::choice(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void EditTable::setMarks(const QList<Mark>& marks)
{
    m_filling = true;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QTableWidgetItem* item = m_table->item(r, c)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setData(Qt::ToolTipRole, QVariant());
            }
    QStringList whole;
    for (const Mark& m : marks) {
        if (m.row < 0 || m.row >= rowCount() || m.column >= m_table->columnCount()) {
            whole << m.message;
            continue;
        }
        QTableWidgetItem* item = itemAt(m.row, m.column);
        const QString before = item->toolTip();
        item->setBackground(problemColour);
        item->setToolTip(before.isEmpty() ? m.message : before + QLatin1Char('\n') + m.message);
    }
    m_filling = false;
    m_table->setToolTip(whole.join(QLatin1Char('\n')));
    m_table->setStyleSheet(whole.isEmpty() ? QString()
                                           : QStringLiteral("QTableWidget { border: 2px solid "
                                                            "#b00020; }"));
}

void EditTable::onItemChanged(QTableWidgetItem* item)
{
    if (m_filling)
        return;
    const int column = item->column();
    if (column < m_kinds.size() && m_kinds[column] == Kind::Choice)
        setChoice(item->row(), column, item->data(Qt::UserRole).toString()); // its name
    emit edited(item->row(), column);
}

void EditTable::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rowCount());
}

} // namespace td
