target_sources(crosscut_ui PRIVATE
  words/wordspanel.h words/wordspanel.cpp
  words/wordviews.h words/wordviews.cpp
  words/stopwordsdialog.h words/stopwordsdialog.cpp)
