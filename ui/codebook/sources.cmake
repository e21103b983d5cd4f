target_sources(crosscut_ui PRIVATE
  codebook/codebookmodel.h codebook/codebookmodel.cpp
  codebook/codebookpanel.h codebook/codebookpanel.cpp)
