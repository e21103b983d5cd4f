target_sources(crosscut_core PRIVATE codebook/codebooktemplate.h codebook/codebooktemplate.cpp)
