#pragma once
// Drives the next modal dialog of type Dialog: `drive` runs on it once it is
// shown (looked for every few milliseconds, for up to `waitMs`), and a
// dialog still open three seconds later is rejected, so that a failing test
// ends instead of waiting for a click. `seen` tells whether it came.

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace crosscut::test {

template <typename Dialog>
void driveNextDialog(std::function<void(Dialog *)> drive, bool *seen = nullptr, int waitMs = 3000)
{
    if (seen)
        *seen = false;
    auto *poll = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, clock, drive = std::move(drive), seen, waitMs] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < waitMs)
            return;
        poll->stop();
        poll->deleteLater();
        if (!dialog)
            return;
        if (seen)
            *seen = true;
        QPointer<QDialog> guard(dialog);
        drive(dialog);
        QTimer::singleShot(3000, qApp, [guard] {
            if (guard && guard->isVisible())
                guard->reject();
        });
    });
    poll->start();
}

}  // namespace crosscut::test
