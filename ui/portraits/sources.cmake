target_sources(crosscut_ui PRIVATE
  portraits/portraitview.h portraits/portraitview.cpp
  portraits/portraitpanel.h portraits/portraitpanel.cpp)
