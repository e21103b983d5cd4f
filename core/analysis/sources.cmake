target_sources(crosscut_core PRIVATE
  analysis/table.h analysis/table.cpp
  analysis/snapshot.h analysis/snapshot.cpp
  analysis/quoteselection.h analysis/quoteselection.cpp
  analysis/matrix.h analysis/matrixspec.cpp analysis/matrix.cpp
  analysis/coverage.h analysis/cooccurrence.h analysis/profiles.h analysis/groupcomparison.h)
