#pragma once

#include "protocol/ProtocolTexts.h"

#include <QStyledItemDelegate>

namespace td {

// Edits a table cell by picking one of a fixed list (rater, session kind, instrument, ...)
// from a combo box, so the cell is edited by keyboard like any other: F2 or typing opens the
// list, arrows choose, Enter keeps. The chosen key goes to Qt::UserRole; the table shows its
// name.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChoiceDelegate(QObject* parent = nullptr);
    void setChoices(const ProtocolTexts::Choices& choices) { m_choices = choices; }
    const ProtocolTexts::Choices& choices() const { return m_choices; }
    QString nameOf(const QString& key) const;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ProtocolTexts::Choices m_choices;
};

} // namespace td
