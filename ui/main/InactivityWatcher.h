#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace td {

// Notices when nobody has touched the keyboard or the mouse anywhere in the application for a
// while. It watches every input event through an application-wide event filter and keeps one
// timer, which it re-arms only when it fires early, so typing costs a clock read per event.
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InactivityWatcher(QObject* parent = nullptr);

    // The time without input before idle(); tests set it to milliseconds.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Starts (or restarts) counting from now; stop() pauses until the next start().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

signals:
    // The timeout passed without input; the watcher stops until start() is called again.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    bool m_running = false;
};

} // namespace td
