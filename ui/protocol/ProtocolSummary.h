#pragma once

#include "trial/Protocol.h"

#include <QCoreApplication>

namespace td {

class ProtocolDraft;

// The whole protocol as readable text (HTML), for the wizard's last page: what will be
// created, in the current language, every element with its code.
class ProtocolSummary
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolSummary)

public:
    static QString html(const ProtocolDraft& draft);
};

} // namespace td
