target_sources(crosscut_ui PRIVATE
  privacy/passworddialog.h privacy/passworddialog.cpp
  privacy/plainexportwarning.h privacy/plainexportwarning.cpp)
