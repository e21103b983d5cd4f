#pragma once
// A manual wall clock for live-session tests: time moves only when a test
// says so, so timestamps are checked exactly.

#include "live/livesession.h"

#include <memory>

namespace crosscut::test {

struct FakeClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1'800'000'000'000);
    live::LiveSession::Clock clock() const
    {
        auto n = now;
        return [n] { return *n; };
    }
    void advance(qint64 ms) { *now += ms; }
};

}  // namespace crosscut::test
