target_sources(crosscut_ui PRIVATE
  coding/codingcontroller.h coding/codingcontroller.cpp
  coding/quickpick.h coding/quickpick.cpp
  coding/quicktagstrip.h coding/quicktagstrip.cpp)
