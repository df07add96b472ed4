// Qt's own dialogs follow the language (issue 21 item 2): in Norwegian the standard buttons,
// the file dialog, message boxes and the print preview read Bokmål, and switching back to
// English restores Qt's English.

#include "i18n/LanguageManager.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace td;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QString labelText(const QWidget& dialog, const char* name)
{
    const auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

QStringList actionTexts(const QWidget& widget)
{
    QStringList out;
    for (const QAction* a : widget.findChildren<QAction*>())
        out << a->text();
    return out;
}

class QtTranslationTest : public ::testing::Test
{
protected:
    void TearDown() override { m_languages.setLanguage(QStringLiteral("en")); }
    LanguageManager m_languages;
};

TEST_F(QtTranslationTest, StandardButtonsReadBokmalAndBack)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                         QDialogButtonBox::Close);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
    EXPECT_EQ(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Lagre"));
    EXPECT_EQ(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Lukk"));

    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    settle();
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    EXPECT_EQ(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Save"));
}

TEST_F(QtTranslationTest, MessageBoxButtonsReadBokmal)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ja"));
    EXPECT_EQ(box.button(QMessageBox::No)->text(), QStringLiteral("&Nei"));
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Avbryt"));
}

TEST_F(QtTranslationTest, FileDialogReadsBokmal)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    // Qt's own file dialog, the one the window shows where the desktop offers none.
    QFileDialog dialog(nullptr, QString(), QString(), QStringLiteral("PDF (*.pdf)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    EXPECT_EQ(labelText(dialog, "lookInLabel"), QStringLiteral("Se i:"));
    EXPECT_EQ(labelText(dialog, "fileNameLabel"), QStringLiteral("Fil&navn:"));
    EXPECT_EQ(labelText(dialog, "fileTypeLabel"), QStringLiteral("Filtype:"));
    const auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    ASSERT_NE(buttons, nullptr);
    QStringList texts;
    for (const QAbstractButton* b : buttons->buttons())
        texts << b->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("&Lagre"))) << texts.join(u',').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Avbryt"))) << texts.join(u',').toStdString();
}

TEST_F(QtTranslationTest, PrintPreviewReadsBokmal)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QPrintPreviewDialog dialog;
    const QStringList texts = actionTexts(dialog);
    EXPECT_TRUE(texts.contains(QStringLiteral("Skriv ut"))) << texts.join(u',').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Neste side"))) << texts.join(u',').toStdString();
    EXPECT_FALSE(texts.contains(QStringLiteral("Print")));
}

TEST_F(QtTranslationTest, EnglishLoadsNoQtTranslation)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    EXPECT_EQ(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
}

} // namespace
