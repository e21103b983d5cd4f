target_sources(crosscut_core PRIVATE
  export/tableformats.h export/tableformats.cpp)
