#pragma once

// Every text a widget tree shows: labels, buttons, fields, combo entries, tab titles, window
// titles, tool tips, menus and actions, item views (data and headers) and charts (titles,
// axes, series and legend names). For the blinding walk and the leftover-English walk.

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>

namespace testui {

struct ShownText
{
    QString text;
    QString where; // the widget's class and object name
};

inline void addText(QList<ShownText>& out, const QString& text, const QObject* o)
{
    if (!text.trimmed().isEmpty())
        out.append({text, QString::fromLatin1(o->metaObject()->className()) + QLatin1Char(' ') +
                              o->objectName()});
}

inline void addModel(QList<ShownText>& out, const QAbstractItemModel* model, const QObject* o)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        addText(out, model->headerData(c, Qt::Horizontal).toString(), o);
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            addText(out, model->index(r, c).data().toString(), o);
            addText(out, model->index(r, c).data(Qt::ToolTipRole).toString(), o);
        }
    }
}

inline void addChart(QList<ShownText>& out, const QChart* chart, const QObject* o)
{
    if (!chart)
        return;
    addText(out, chart->title(), o);
    for (QAbstractAxis* axis : chart->axes()) {
        addText(out, axis->titleText(), o);
        // QBarCategoryAxis::categories() is not const in Qt 6.4.
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
            for (const QString& c : bars->categories())
                addText(out, c, o);
    }
    for (const QAbstractSeries* s : chart->series())
        addText(out, s->name(), o);
}

inline QList<ShownText> shownTexts(const QWidget* root)
{
    QList<ShownText> out;
    QList<const QObject*> all{root};
    for (const QObject* o : root->findChildren<QObject*>())
        all.append(o);
    for (const QObject* o : all) {
        if (const auto* w = qobject_cast<const QWidget*>(o)) {
            addText(out, w->toolTip(), w);
            if (w->isWindow())
                addText(out, w->windowTitle(), w);
        }
        if (const auto* l = qobject_cast<const QLabel*>(o))
            addText(out, l->text(), o);
        else if (const auto* b = qobject_cast<const QAbstractButton*>(o))
            addText(out, b->text(), o);
        else if (const auto* e = qobject_cast<const QLineEdit*>(o)) {
            addText(out, e->text(), o);
            addText(out, e->placeholderText(), o);
        } else if (const auto* c = qobject_cast<const QComboBox*>(o)) {
            for (int i = 0; i < c->count(); ++i)
                addText(out, c->itemText(i), o);
        } else if (const auto* g = qobject_cast<const QGroupBox*>(o)) {
            addText(out, g->title(), o);
        } else if (const auto* t = qobject_cast<const QTabWidget*>(o)) {
            for (int i = 0; i < t->count(); ++i)
                addText(out, t->tabText(i), o);
        } else if (const auto* m = qobject_cast<const QMenu*>(o)) {
            addText(out, m->title(), o);
        } else if (const auto* a = qobject_cast<const QAction*>(o)) {
            addText(out, a->text(), o);
            addText(out, a->toolTip(), o);
        } else if (const auto* v = qobject_cast<const QAbstractItemView*>(o)) {
            addModel(out, v->model(), o);
        } else if (const auto* cv = qobject_cast<const QChartView*>(o)) {
            addChart(out, cv->chart(), o);
        }
    }
    return out;
}

} // namespace testui
