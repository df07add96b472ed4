#pragma once

#include "common/Result.h"
#include "exchange/ExportFile.h"
#include "trial/Protocol.h"
#include "trial/ProtocolRules.h"

#include <QByteArray>
#include <QCoreApplication>

namespace td {

// Protocol file format 1 (docs/protocol.md): a JSON document that a trial team writes,
// reviews and shares. Reading refuses unknown keys and wrong types, naming the JSON path;
// every rule of ProtocolRules is then checked. Writing is canonical: the same protocol always
// gives the same bytes, so export, new and export again gives the same file.
class ProtocolFile
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolFile)

public:
    static constexpr int formatVersion = 1;

    // The protocol, or every problem found (file structure first, then the rules).
    static Result<Protocol> read(const QByteArray& json, ProtocolProblems* problems = nullptr);
    static Result<Protocol> readFile(const QString& path, ProtocolProblems* problems = nullptr);
    static QByteArray write(const Protocol& protocol);
    // Writes as an export (ExportFile): through a temporary file moved into place, so a failed
    // write leaves no file; never over a trial, and over an existing file only when allowed.
    static Status writeFile(const Protocol& protocol, const QString& path,
                            const ExportFileOptions& options = {},
                            const QString& openTrial = QString());
};

} // namespace td
