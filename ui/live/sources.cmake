target_sources(crosscut_ui PRIVATE
  live/livesetupdialog.h live/livesetupdialog.cpp
  live/livecapturewindow.h live/livecapturewindow.cpp
  live/livecodebooklegend.h live/livecodebooklegend.cpp
  live/utteranceactions.h live/utteranceactions.cpp)
