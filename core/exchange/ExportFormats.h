#pragma once

#include "access/Actor.h"
#include "access/Disclosure.h"
#include "exchange/ExportFormat.h"

#include <QStringList>
#include <QStringView>
#include <vector>

namespace td {

// The registry of export formats (each one class, see ExportFormat), in the order the command
// line, the window and the codebook list them. To add a format, write its class in its own
// file with a function that returns its one instance, and add that function to the list in
// ExportFormats.cpp.
class ExportFormats
{
public:
    static const std::vector<const ExportFormat*>& all();
    // The format with this key, or null.
    static const ExportFormat* find(QStringView key);
    static QStringList keys();

    // What a data set made by `actor` may disclose: a blinded one (on request) never shows
    // the allocation, whoever makes it; otherwise what the actor may see.
    static Disclosure dataSet(const Actor& actor, bool blinded);
    // The formats `actor` may write for such a data set (permits and fits): what the window
    // offers, and what the command line serves.
    static std::vector<const ExportFormat*> offeredTo(const Actor& actor, bool blinded);
};

} // namespace td
