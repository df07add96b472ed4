#include "protocol/ChoiceDelegate.h"

#include <QComboBox>

namespace td {

ChoiceDelegate::ChoiceDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString ChoiceDelegate::nameOf(const QString& key) const
{
    for (const auto& [k, name] : m_choices)
        if (k == key)
            return name;
    return key;
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& /*index*/) const
{
    auto* combo = new QComboBox(parent);
    for (const auto& [key, name] : m_choices)
        combo->addItem(name, key);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::UserRole));
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::UserRole);
}

} // namespace td
