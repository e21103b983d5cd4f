target_sources(crosscut_ui PRIVATE
  privacy/pseudonymisedialog.h privacy/pseudonymisedialog.cpp)
