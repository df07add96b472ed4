#pragma once

#include "randomization/EmergencyUnblinding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace td {

// The emergency unblindings for the principal investigator's review, in the core's order
// (newest first): who learned which participant's arm, when, why, and whether it has been
// reviewed. Filled from what its owner read through the core; no queries of its own.
class UnblindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Participant, UnblindedBy, When, Reason, Review, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // `names`: display names by user id, for the one who was unblinded and the reviewer.
    void setRecords(std::vector<UnblindingRecord> records, QHash<qint64, QString> names);
    const UnblindingRecord* recordAt(int row) const;
    int rowOf(qint64 recordId) const; // -1 when not listed
    int unreviewedCount() const;
    // Headers and cells again, in the current language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString who(const UnblindingRecord& r) const;
    QString review(const UnblindingRecord& r) const;

    std::vector<UnblindingRecord> m_records;
    QHash<qint64, QString> m_names;
};

} // namespace td
