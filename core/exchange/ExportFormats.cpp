#include "exchange/ExportFormats.h"

namespace td {

// Each defined in the format's own file (LongCsvExport.cpp, ...).
const ExportFormat& longCsvExport();
const ExportFormat& wideCsvExport();
const ExportFormat& sessionsCsvExport();
const ExportFormat& codebookExport();
const ExportFormat& savExport();
const ExportFormat& dtaExport();
const ExportFormat& savLongExport();
const ExportFormat& dtaLongExport();
const ExportFormat& odmExport();
const ExportFormat& allocationCsvExport();
const ExportFormat& signatureExport();

const std::vector<const ExportFormat*>& ExportFormats::all()
{
    static const std::vector<const ExportFormat*> formats = {
        &longCsvExport(), &wideCsvExport(),       &sessionsCsvExport(), &codebookExport(),
        &savExport(),     &dtaExport(),           &savLongExport(),     &dtaLongExport(),
        &odmExport(),     &allocationCsvExport(), &signatureExport(),
    };
    return formats;
}

const ExportFormat* ExportFormats::find(QStringView key)
{
    for (const ExportFormat* format : all())
        if (format->key() == key)
            return format;
    return nullptr;
}

QStringList ExportFormats::keys()
{
    QStringList out;
    for (const ExportFormat* format : all())
        out << format->key();
    return out;
}

Disclosure ExportFormats::dataSet(const Actor& actor, bool blinded)
{
    return blinded ? Disclosure::blinded() : Disclosure::of(actor);
}

std::vector<const ExportFormat*> ExportFormats::offeredTo(const Actor& actor, bool blinded)
{
    const Disclosure disclosure = dataSet(actor, blinded);
    std::vector<const ExportFormat*> out;
    for (const ExportFormat* format : all())
        if (format->permits(actor).ok() && format->fits(disclosure).ok())
            out.push_back(format);
    return out;
}

} // namespace td
