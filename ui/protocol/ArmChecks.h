#pragma once

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;

namespace td {

// A row of check boxes, one per arm code, for "which arms" (a visit, a session measure).
class ArmChecks : public QWidget
{
    Q_OBJECT

public:
    explicit ArmChecks(QWidget* parent = nullptr);
    void setLabel(const QString& text);
    // The arms offered; rebuilt only when they differ.
    void setArms(const QStringList& codes);
    void setSelected(const QStringList& codes);
    QStringList selected() const;
    QCheckBox* box(const QString& code) const;

signals:
    void toggled();

private:
    QLabel* m_label;
    QHBoxLayout* m_boxes;
    QList<QCheckBox*> m_checks;
    bool m_setting = false;
};

} // namespace td
