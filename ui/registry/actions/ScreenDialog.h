#pragma once

#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace td {

// Adds a screening log entry: everyone assessed for the trial gets one and a study ID.
class ScreenDialog : public GuidedDialog
{
    Q_OBJECT

public:
    ScreenDialog(Database& db, const Actor& actor, const Protocol& protocol,
                 QWidget* parent = nullptr);
    qint64 createdId() const { return m_createdId; }
    QComboBox* siteBox() const { return m_site; }
    QDateEdit* dateEdit() const { return m_date; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    QString apply() override;

private:
    Protocol m_protocol;
    QLabel* m_siteLabel;
    QComboBox* m_site;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    qint64 m_createdId = 0;
};

} // namespace td
