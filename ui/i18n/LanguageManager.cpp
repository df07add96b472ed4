#include "i18n/LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace td {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (languages().contains(saved))
        return saved;
    const auto lang = QLocale::system().language();
    return lang == QLocale::NorwegianBokmal || lang == QLocale::NorwegianNynorsk
               ? QStringLiteral("nb")
               : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString& code)
{
    // Deliberately not translated: each language is shown in its own name.
    return code == QStringLiteral("nb") ? QStringLiteral("Norsk bokmål")
                                        : QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!languages().contains(code))
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/trialdesk_%1.qm").arg(code)))
        return false;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    installQtTranslations(code);
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    const QLocale locale(code == QStringLiteral("nb") ? QLocale::NorwegianBokmal : QLocale::English,
                         code == QStringLiteral("nb") ? QLocale::Norway : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    for (QWidget* w : QApplication::topLevelWidgets())
        w->setLocale(locale);
    m_language = code;
    QSettings().setValue(QStringLiteral("language"), code);
    emit languageChanged(code);
    return true;
}

void LanguageManager::installQtTranslations(const QString& code)
{
    for (const auto& t : m_qtTranslators)
        QCoreApplication::removeTranslator(t.get());
    m_qtTranslators.clear();
    if (code == QStringLiteral("en"))
        return; // Qt's source language
    // Qt's own catalogue first (Debian: qt6-translations-l10n), then the program's Bokmål for
    // the Qt strings it shows; the translator installed last is asked first.
    const QString qtFile = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                               .filePath(QStringLiteral("qtbase_%1.qm").arg(code));
    if (auto qt = std::make_unique<QTranslator>(); QFile::exists(qtFile) && qt->load(qtFile))
        m_qtTranslators.push_back(std::move(qt));
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code)))
        m_qtTranslators.push_back(std::move(own));
    for (const auto& t : m_qtTranslators)
        QCoreApplication::installTranslator(t.get());
}

} // namespace td
