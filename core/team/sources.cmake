# Team coding: agreement, disagreements, coder copies, merge, adjudication.
target_sources(crosscut_core PRIVATE
  team/agreement.h
  team/disagreements.h
  team/handout.h
  team/merge.h
  team/adjudication.h)
target_sources(crosscut_core PRIVATE
  team/handout.cpp
  team/merge.cpp
  team/mergesnapshot.h team/mergesnapshot.cpp
  team/mergematching.h team/mergematching.cpp team/mergedocuments.cpp)
