target_sources(crosscut_ui PRIVATE
  network/networkcanvas.h network/networkcanvas.cpp
  network/networkpanel.h network/networkpanel.cpp)
