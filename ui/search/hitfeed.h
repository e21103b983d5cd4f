#pragma once
// Runs a search (search/textsearch.h: HitStream) on the GUI thread in
// slices of a few milliseconds, a document at a time, so that a window shows
// the first hits at once and stays responsive while the rest arrive. The
// first slice runs inside start(): a small project's hits are all there when
// it returns.

#include "search/textsearch.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace crosscut::ui {

class HitFeed : public QObject {
    Q_OBJECT
public:
    explicit HitFeed(QObject *parent = nullptr);
    ~HitFeed() override;

    // Stops any running search and starts `query`. Returns the FTS5 error, if
    // any (then nothing is delivered).
    Result<void> start(crosscut::Project *project, const search::HitQuery &query);
    void stop();
    bool running() const;
    // How long one slice may run (12 ms by default, below a frame); each
    // slice reads at least one document. Tests set 0: a document a slice.
    void setSliceMilliseconds(int ms);

Q_SIGNALS:
    void hitsArrived(const QList<crosscut::search::SearchHit> &hits);
    void finished();

private:
    void slice();

    QPointer<crosscut::Project> m_project;
    std::optional<search::HitStream> m_stream;
    QTimer *m_timer;
    int m_sliceMs = 12;
};

}  // namespace crosscut::ui
