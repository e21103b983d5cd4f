# The team hub in the GUI: File → Team, the status-bar indicator, the sync
# in a worker thread.
target_sources(crosscut_ui PRIVATE
  hub/connectionfields.h hub/connectionfields.cpp
  hub/publishdialog.h hub/publishdialog.cpp
  hub/clonedialog.h hub/clonedialog.cpp
  hub/teamstatusdialog.h hub/teamstatusdialog.cpp
  hub/conflictsdialog.h hub/conflictsdialog.cpp
  hub/offthread.h
  hub/teamindicator.h hub/teamindicator.cpp
  hub/syncrunner.h hub/syncrunner.cpp
  hub/hubsession.h hub/hubsession.cpp
  hub/hubactions.h hub/hubactions.cpp)
