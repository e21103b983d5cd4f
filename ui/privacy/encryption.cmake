target_sources(crosscut_ui PRIVATE
  privacy/passworddialog.h privacy/passworddialog.cpp)
