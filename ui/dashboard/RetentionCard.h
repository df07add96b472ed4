#pragma once

#include "dashboard/DashboardCard.h"

class QLabel;
class QTableView;

namespace td {

class RetentionModel;

// Retention per visit and arm as a heat grid (RetentionModel).
class RetentionCard : public DashboardCard
{
    Q_OBJECT

public:
    explicit RetentionCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<RetentionCell>& cells, const DashboardContext& context);
    void clear() override;

    RetentionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    void retranslateUi() override;

private:
    void fitTable();

    RetentionModel* m_model;
    QTableView* m_table;
    QLabel* m_note;
    QString m_instrument;
};

} // namespace td
