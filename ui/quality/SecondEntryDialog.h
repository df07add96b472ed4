#pragma once

#include "access/Actor.h"
#include "entry/ItemInput.h"
#include "instruments/InstrumentDefinition.h"

#include <QDialog>
#include <vector>

class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// The second entry of a double-entered paper form (DoubleEntries): an empty item per row,
// the same answers allowed as on the entry form (ItemInput), and never the first entry's
// values. Saving says whether the two entries agree, or which items wait for adjudication.
class SecondEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // `assessmentId`: the first entry; `subject`: "OSL-001, Baseline".
    SecondEntryDialog(Database& db, const Actor& actor, qint64 assessmentId,
                      const QString& instrumentId, const QString& subject,
                      QWidget* parent = nullptr);

    int itemCount() const { return static_cast<int>(m_fields.size()); }
    QLineEdit* itemField(int index) const { return m_fields[static_cast<std::size_t>(index)]; }
    // After a save: what the comparison found ("" before).
    QString outcome() const { return m_outcome; }
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    qint64 m_assessmentId;
    QString m_subject;
    InstrumentDefinition m_definition;
    std::vector<ItemInput> m_inputs;
    std::vector<QLineEdit*> m_fields;
    std::vector<QLabel*> m_labels;
    QLabel* m_intro;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
    QString m_outcome;
};

} // namespace td
