target_sources(crosscut_core PRIVATE
  analysis/table.h analysis/table.cpp
  analysis/snapshot.h analysis/snapshot.cpp
  analysis/quoteselection.h analysis/quoteselection.cpp
  analysis/casequotes.h analysis/casequotes.cpp
  analysis/matrix.h analysis/matrixspec.cpp analysis/matrix.cpp
  analysis/coverage.h analysis/coverage.cpp
  analysis/cooccurrence.h analysis/cooccurrence.cpp
  analysis/portrait.h analysis/portrait.cpp
  analysis/profiles.h analysis/profiles.cpp
  analysis/groupcomparison.h analysis/groupcomparison.cpp
  analysis/suggestedmatrix.h analysis/suggestedmatrix.cpp
  analysis/memolist.h analysis/memolist.cpp
  analysis/framework.h analysis/framework.cpp)
