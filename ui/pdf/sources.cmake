target_sources(crosscut_pdf PRIVATE
  pdf/pdfreader.h pdf/pdfreader.cpp)
