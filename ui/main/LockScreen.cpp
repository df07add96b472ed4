#include "main/LockScreen.h"

#include "access/UserRepository.h"
#include "common/ErrorLabel.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace td {

LockScreen::LockScreen(Database& db, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_title(new QLabel(this)), m_who(new QLabel(this)),
      m_prompt(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_error(new ErrorLabel(this)),
      m_unlock(new QPushButton(this)), m_signOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    // An opaque page: the trial's screens are hidden behind it, never drawn through it.
    setAutoFillBackground(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_who->setWordWrap(true);
    m_prompt->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_error->setObjectName(QStringLiteral("lockError"));
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_signOut->setObjectName(QStringLiteral("lockSignOut"));
    m_unlock->setDefault(true);
    m_passwordLabel->setBuddy(m_password);

    auto* panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMinimumWidth(380);
    panel->setMaximumWidth(460);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);
    auto* inner = new QVBoxLayout(panel);
    inner->setContentsMargins(24, 20, 24, 20);
    inner->setSpacing(10);
    inner->addWidget(m_title);
    inner->addWidget(m_who);
    inner->addWidget(m_prompt);
    inner->addWidget(m_passwordLabel);
    inner->addWidget(m_password);
    inner->addWidget(m_error);
    inner->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_password, &QLineEdit::returnPressed, this, [this] { unlock(m_password->text()); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { unlock(m_password->text()); });
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslateUi();
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("TrialDesk is locked"));
    m_who->setText(
        tr("Signed in as %1 (%2).").arg(m_actor.username, Roles::displayName(m_actor.role)));
    m_prompt->setText(tr("Enter the password of %1 to go on; everything open stays as it was. "
                         "Someone else can sign out and sign in as themselves.")
                          .arg(m_actor.username));
    m_passwordLabel->setText(tr("&Password:"));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("&Sign out"));
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    window()->activateWindow();
    m_password->setFocus();
}

void LockScreen::engage()
{
    m_password->clear();
    m_error->clear();
    m_error->hide();
    m_focus = QApplication::focusWidget();
    m_hidden.clear();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w == window() || !w->isVisible())
            continue;
        const Qt::WindowType type = w->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip) {
            w->close(); // open menus and tool tips
            continue;
        }
        m_hidden.emplace_back(w);
        // QWidget's own setVisible: QDialog's would end a waiting exec() as if cancelled.
        w->QWidget::setVisible(false);
    }
}

void LockScreen::release()
{
    m_password->clear();
    const auto hidden = std::exchange(m_hidden, {});
    for (const QPointer<QWidget>& w : hidden)
        if (w)
            w->QWidget::setVisible(true);
    if (m_focus) {
        m_focus->window()->activateWindow();
        m_focus->setFocus();
    }
    m_focus.clear();
}

void LockScreen::closeHidden()
{
    const auto hidden = std::exchange(m_hidden, {});
    m_focus.clear();
    for (const QPointer<QWidget>& w : hidden) {
        if (!w)
            continue;
        w->QWidget::setVisible(true);
        if (auto* dialog = qobject_cast<QDialog*>(w.data()))
            dialog->reject();
        else
            w->close();
    }
}

bool LockScreen::unlock(const QString& password)
{
    const Status checked = UserRepository(m_db).verify(m_actor, password);
    m_password->clear();
    if (!checked.ok()) {
        m_error->showMessage(checked.message());
        m_password->setFocus();
        return false;
    }
    m_error->hide();
    emit unlocked();
    return true;
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace td
