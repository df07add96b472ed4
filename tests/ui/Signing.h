#pragma once

// Types a password into the electronic-signature field of a form (ui/common/SignatureField),
// as a user signing an act does; returns the form, so a test reads `signing(view, pw).save()`.

#include <QLineEdit>
#include <gtest/gtest.h>

namespace testui {

template <typename Form> Form& signing(Form& form, const QString& password)
{
    auto* edit = form.template findChild<QLineEdit*>(QStringLiteral("signaturePassword"));
    EXPECT_NE(edit, nullptr) << "the form has no signature field";
    if (edit)
        edit->setText(password);
    return form;
}

} // namespace testui
