#include "trial/ProtocolTemplates.h"

#include "trial/ProtocolFile.h"

#include <QFile>

namespace td {

QStringList ProtocolTemplates::names()
{
    return {QStringLiteral("mop"), QStringLiteral("dit")};
}

QString ProtocolTemplates::displayName(const QString& name)
{
    if (name == QStringLiteral("mop"))
        return tr("MOP: CBT and psychodynamic therapy 1:1, two sites");
    if (name == QStringLiteral("dit"))
        return tr("DIT pilot: DIT, LIT and CBT 3:2:1, four sites");
    return name;
}

Result<Protocol> ProtocolTemplates::load(const QString& name)
{
    if (!names().contains(name))
        return makeError(ErrorCode::NotFound,
                         tr("There is no protocol template \"%1\"; the templates are %2.")
                             .arg(name, names().join(QStringLiteral(", "))));
    QFile file(QStringLiteral(":/protocols/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("The protocol template %1 is missing from this build.").arg(name));
    return ProtocolFile::read(file.readAll());
}

} // namespace td
