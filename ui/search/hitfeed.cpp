#include "search/hitfeed.h"

#include "project/project.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace crosscut::ui {

HitFeed::HitFeed(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &HitFeed::slice);
}

HitFeed::~HitFeed() = default;

Result<void> HitFeed::start(crosscut::Project *project, const search::HitQuery &query)
{
    stop();
    if (!project)
        return {};
    auto stream = search::HitStream::open(*project, query);
    if (!stream)
        return stream.error();
    m_project = project;
    m_stream.emplace(std::move(stream).value());
    slice();
    return {};
}

void HitFeed::stop()
{
    m_timer->stop();
    m_stream.reset();
}

bool HitFeed::running() const
{
    return m_stream.has_value();
}

void HitFeed::setSliceMilliseconds(int ms)
{
    m_sliceMs = std::max(0, ms);
}

void HitFeed::slice()
{
    if (!m_stream || !m_project) {
        stop();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QList<search::SearchHit> batch;
    do
        batch.append(m_stream->next());
    while (!m_stream->atEnd() && clock.elapsed() < m_sliceMs);
    const bool done = m_stream->atEnd();
    if (done)
        stop();
    else if (!m_timer->isActive())
        m_timer->start();
    if (!batch.isEmpty())
        Q_EMIT hitsArrived(batch);
    if (done)
        Q_EMIT finished();
}

}  // namespace crosscut::ui
