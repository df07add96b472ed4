#pragma once

#include "access/Actor.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>
#include <vector>

namespace td {

class Database;

// What the registry shows: a search text (study ID, site, status or therapist) and choices
// from the filter bar. Zero / empty means "any". The arm filter applies only to callers who
// may see arms; for the others it is ignored.
struct RegistryFilter
{
    QString text;
    qint64 siteId = 0;
    std::optional<ParticipantStatus> status;
    qint64 therapistId = 0;
    qint64 armId = 0;
};

// The participant registry as a table, filled through the core repository so permissions,
// the therapist's own-patients rule and blinding apply. Texts only; colours live in the ui.
//
// Rows are handed to the view lazily (canFetchMore / fetchMore, a batch at a time), and the
// filter and sort work on the loaded list here, so a keystroke in the search box costs a scan
// of compact rows and a view of one batch, whatever the size of the trial. A caller who may
// not see arms gets no arm and no therapist column at all (the therapist reveals the arm).
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field { StudyId, Site, Status, Arm, Therapist, Screened, Consented };
    static constexpr int batchSize = 200;

    ParticipantTableModel(Database& db, Actor actor, QObject* parent = nullptr);
    // Reloads rows from the database; the number of participants, or the error.
    Result<int> reload();
    // The column showing `field`, or -1 when this caller's registry has no such column.
    int columnOf(Field field) const;
    Field fieldAt(int column) const { return m_columns.at(static_cast<std::size_t>(column)); }
    void setFilter(const RegistryFilter& filter);
    const RegistryFilter& filter() const { return m_filter; }
    // Participants matching the filter (rowCount() counts only those fetched so far).
    int matchCount() const { return static_cast<int>(m_matches.size()); }
    const Participant* participantAt(int row) const;
    // The row of a participant among those fetched (fetching more as needed), or -1.
    int rowOf(qint64 participantId);
    const Protocol& protocol() const { return m_protocol; }
    const QHash<qint64, QString>& userNames() const { return m_userNames; }
    // Rebuilds header texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const Participant& p, Field field) const;
    bool matches(const Participant& p) const;
    void rebuildOrder();   // sorts all rows by the sort column
    void rebuildMatches(); // filters the sorted rows

    Database& m_db;
    Actor m_actor;
    Protocol m_protocol;
    std::vector<Field> m_columns;
    std::vector<Participant> m_all;
    std::vector<int> m_order;   // indices into m_all, sorted
    std::vector<int> m_matches; // m_order filtered
    int m_fetched = 0;
    RegistryFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<qint64, QString> m_userNames;
};

} // namespace td
