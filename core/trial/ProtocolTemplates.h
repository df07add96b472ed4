#pragma once

#include "common/Result.h"
#include "trial/Protocol.h"

#include <QCoreApplication>

namespace td {

// The protocols a new trial can start from (resources/protocols): the MOP design (the example
// of docs/protocol.md) and the DIT pilot design. A blank start is an empty Protocol.
class ProtocolTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolTemplates)

public:
    static QStringList names(); // mop, dit
    static QString displayName(const QString& name);
    static Result<Protocol> load(const QString& name);
};

} // namespace td
