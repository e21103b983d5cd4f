target_sources(crosscut_ui PRIVATE
  settings/appsettings.h settings/appsettings.cpp
  settings/coderdialog.h settings/coderdialog.cpp
  settings/settingsdialog.h settings/settingsdialog.cpp
  settings/uilanguage.h settings/uilanguage.cpp)
