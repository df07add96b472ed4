#pragma once

#include "randomization/Randomizer.h"
#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

#include <optional>

namespace td {

// Randomizes one consented participant: first confirms who it is and the stratum, then
// allocates (core checks everything again, in one transaction) and shows the allocation.
class RandomizeDialog : public GuidedDialog
{
    Q_OBJECT

public:
    RandomizeDialog(Database& db, const Actor& actor, const Protocol& protocol,
                    qint64 participantId, QWidget* parent = nullptr);
    // Empty when randomization can go ahead; else why not (the confirm button is disabled).
    QString refusal() const { return m_refusal; }
    const std::optional<Allocation>& allocation() const { return m_allocation; }

protected:
    QString title() const override;
    QString confirmText() const override;
    void retranslateFields() override;
    QString summary() const override;
    Status apply() override;

private:
    Protocol m_protocol;
    qint64 m_participantId;
    std::optional<RandomizationPreview> m_preview;
    QString m_refusal;
    QString m_refusalField; // "covariates", "baseline", ... (Error::field)
    std::optional<Allocation> m_allocation;
};

} // namespace td
