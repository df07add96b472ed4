#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>

namespace td {

// Qt ships no Bokmål texts for its standard buttons, so ours come from our translations.
class DialogButtons
{
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)

public:
    static void retranslate(QDialogButtonBox* box);
};

} // namespace td
