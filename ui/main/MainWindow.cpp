#include "main/MainWindow.h"

#include "i18n/LanguageManager.h"
#include "registry/RegistryView.h"
#include "reporting/ConsortView.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>

namespace td {

MainWindow::MainWindow(Database& db, const Actor& actor, LanguageManager& languages,
                       QWidget* parent)
    : QMainWindow(parent), m_db(db), m_actor(actor), m_languages(languages),
      m_registry(new RegistryView(db, actor, this)), m_fileMenu(menuBar()->addMenu(QString())),
      m_languageMenu(menuBar()->addMenu(QString())), m_helpMenu(menuBar()->addMenu(QString())),
      m_quit(m_fileMenu->addAction(QString())), m_about(m_helpMenu->addAction(QString())),
      m_tabs(new QTabWidget(this)), m_languageGroup(new QActionGroup(this)),
      m_userLabel(new QLabel(this))
{
    auto protocol = ProtocolRepository(db).load(actor);
    if (protocol.ok())
        m_trialName = protocol->trial.acronym;
    m_tabs->addTab(m_registry, QString());
    // The CONSORT flow, for the roles the core allows to see it (it refuses the others).
    auto* consort = new ConsortView;
    if (consort->load(db, actor).isEmpty()) {
        m_consort = consort;
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setWidget(consort);
        m_tabs->addTab(scroll, QString());
    } else {
        delete consort;
    }
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_userLabel);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    for (const QString& code : LanguageManager::languages()) {
        QAction* a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == languages.language());
        a->setData(code);
        m_languageGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* a) { m_languages.setLanguage(a->data().toString()); });
    resize(1000, 640);
    retranslateUi();
    if (const QString error = m_registry->reload(); !error.isEmpty())
        statusBar()->showMessage(error);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_trialName.isEmpty() ? tr("TrialDesk") : tr("TrialDesk – %1").arg(m_trialName));
    m_tabs->setTabText(0, tr("Participants"));
    if (m_consort)
        m_tabs->setTabText(1, tr("CONSORT flow"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About TrialDesk"));
    m_userLabel->setText(
        tr("Signed in as %1 (%2)").arg(m_actor.username, Roles::displayName(m_actor.role)));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About TrialDesk"));
    box.setText(tr("TrialDesk %1: randomized psychotherapy trials from screening to export.")
                    .arg(QCoreApplication::applicationVersion()));
    box.setStandardButtons(QMessageBox::Ok);
    box.button(QMessageBox::Ok)->setText(tr("OK"));
    box.exec();
}

} // namespace td
