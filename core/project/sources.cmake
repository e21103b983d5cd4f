target_sources(crosscut_core PRIVATE
  project/project.h project/project.cpp project/projectwriter.h project/projectwriter.cpp project/textwriter.cpp
  project/textedits.h project/textedits.cpp
  project/operations.cpp project/attributeoperations.cpp project/queries.cpp project/integrity.h project/integrity.cpp
  project/encryption.h project/encryption.cpp
  project/codercodings.h project/codercodings.cpp)
