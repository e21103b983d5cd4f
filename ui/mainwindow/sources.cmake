target_sources(crosscut_ui PRIVATE
  mainwindow/documentlistmodel.h mainwindow/documentlistmodel.cpp
  mainwindow/documentlistpanel.h mainwindow/documentlistpanel.cpp
  mainwindow/startpage.h mainwindow/startpage.cpp
  mainwindow/interopactions.h mainwindow/interopactions.cpp
  mainwindow/exportactions.h mainwindow/exportactions.cpp
  mainwindow/sessionactions.h mainwindow/sessionactions.cpp
  mainwindow/teamactions.h mainwindow/teamactions.cpp
  mainwindow/mainwindow.h mainwindow/mainwindow.cpp
  mainwindow/screenshot.h mainwindow/screenshot.cpp)
# The demo project built by resources/demo, offered on the start page.
target_compile_definitions(crosscut_ui PRIVATE
  CROSSCUT_DEMO_PROJECT="${CMAKE_BINARY_DIR}/resources/demo/demo.crosscut")
qt_add_resources(crosscut_ui "crosscut_icons"
  PREFIX "/icons"
  BASE "${PROJECT_SOURCE_DIR}/resources/icons"
  FILES "${PROJECT_SOURCE_DIR}/resources/icons/crosscut.svg"
        "${PROJECT_SOURCE_DIR}/resources/icons/lock.svg")
