target_sources(crosscut_ui PRIVATE
  settings/appsettings.h settings/appsettings.cpp
  settings/settingsdialog.h settings/settingsdialog.cpp)
