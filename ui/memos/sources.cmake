target_sources(crosscut_ui PRIVATE
  memos/memodialog.h memos/memodialog.cpp
  memos/memolistmodel.h memos/memolistmodel.cpp
  memos/memospanel.h memos/memospanel.cpp)
