target_sources(crosscut_ui PRIVATE
  framework/frameworkpanel.h framework/frameworkpanel.cpp)
