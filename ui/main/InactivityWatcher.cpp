#include "main/InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <algorithm>

namespace td {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::HoverMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}
} // namespace

InactivityWatcher::InactivityWatcher(QObject* parent)
    : QObject(parent), m_timeout(std::chrono::minutes(10))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatcher::check);
    // Removed again by QObject when the watcher is destroyed.
    QCoreApplication::instance()->installEventFilter(this);
}

void InactivityWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
    if (m_running)
        check();
}

void InactivityWatcher::start()
{
    m_running = true;
    m_sinceInput.start();
    m_timer.start(m_timeout);
}

void InactivityWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

bool InactivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running && isInput(event->type()))
        m_sinceInput.start();
    return QObject::eventFilter(watched, event);
}

void InactivityWatcher::check()
{
    if (!m_running)
        return;
    const std::chrono::milliseconds quiet(m_sinceInput.elapsed());
    if (quiet < m_timeout) {
        // Input came since the timer was armed: wait for the rest.
        m_timer.start(m_timeout - quiet);
        return;
    }
    stop();
    emit idle();
}

} // namespace td
