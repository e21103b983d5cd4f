target_sources(crosscut_core PRIVATE
  live/roster.h live/roster.cpp
  live/livesession.h live/livesession.cpp live/liveactions.cpp
  live/utteranceedit.h live/utteranceedit.cpp
  live/sessionexport.h live/sessionexport.cpp
  live/alignment.h live/alignment.cpp)
# The live CLI commands sit with the other commands but belong to this concern.
target_sources(crosscut_core PRIVATE cli/livecommand.cpp)
