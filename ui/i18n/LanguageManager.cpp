#include "i18n/LanguageManager.h"

#include <QApplication>
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

} // namespace td
