#pragma once

#include "access/Actor.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;

namespace td {

class Database;
class LanguageManager;
class RegistryView;
class ConsortView;

// The frame: menus, status bar and the task areas. Each task area is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Actor& actor, LanguageManager& languages,
               QWidget* parent = nullptr);
    RegistryView* registry() const { return m_registry; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showAbout();

    Database& m_db;
    Actor m_actor;
    LanguageManager& m_languages;
    QString m_trialName;
    RegistryView* m_registry;
    ConsortView* m_consort = nullptr; // only for roles the core lets see the flow
    QMenu* m_fileMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_quit;
    QAction* m_about;
    QTabWidget* m_tabs;
    QActionGroup* m_languageGroup;
    QLabel* m_userLabel;
};

} // namespace td
