#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// The bytes a signature covers are fields written one after another, each as its UTF-8 length,
// a colon, the text and a semicolon, after a fixed title naming what is signed ("TrialDesk
// audit checkpoint v1;"). No field can run into the next, so no two different messages have
// the same bytes.
inline void appendSignedField(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

} // namespace td
