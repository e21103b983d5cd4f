target_sources(crosscut_ui PRIVATE
  memos/memodialog.h memos/memodialog.cpp
  memos/memospanel.h memos/memospanel.cpp)
