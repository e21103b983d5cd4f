target_sources(crosscut_ui PRIVATE
  report/reportdialog.h report/reportdialog.cpp
  report/matrixspecrow.h report/matrixspecrow.cpp
  report/sectionchoices.h report/sectionchoices.cpp
  report/reportsettings.h report/reportsettings.cpp)
