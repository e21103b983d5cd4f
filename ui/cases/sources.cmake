target_sources(crosscut_ui PRIVATE
  cases/attributetablemodel.h cases/attributetablemodel.cpp
  cases/attributeimport.h cases/attributeimport.cpp
  cases/casespanel.h cases/casespanel.cpp)
