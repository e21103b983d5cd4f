#pragma once
// Runs `work` (network only: it must touch no project or widget) in a thread
// of its own and hands its result to `done` in the GUI thread, unless
// `context` is gone by then. The GUI never waits on the team server.

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace crosscut::ui {

template <typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

}  // namespace crosscut::ui
