#pragma once

#include "access/Actor.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace td {

class Database;

// The participant registry as a table, filled through the core repository so permissions,
// the therapist's own-patients rule and blinding apply. Texts only; colours live in the ui.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StudyId, Site, Status, Arm, Therapist, Screened, Consented, ColumnCount };

    ParticipantTableModel(Database& db, Actor actor, QObject* parent = nullptr);

    // Reloads rows from the database; false with the message on error.
    Result<int> reload();
    const Participant* participantAt(int row) const;
    // Rebuilds header texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString armText(const Participant& p) const;

    Database& m_db;
    Actor m_actor;
    Protocol m_protocol;
    std::vector<Participant> m_rows;
    QHash<qint64, QString> m_userNames;
};

} // namespace td
