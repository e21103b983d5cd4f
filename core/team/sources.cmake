# Team coding: agreement, disagreements, coder copies, merge, adjudication.
target_sources(crosscut_core PRIVATE
  team/agreement.h
  team/disagreements.h
  team/handout.h
  team/merge.h
  team/adjudication.h team/adjudication.cpp
  team/agreementsummary.h team/agreementsummary.cpp)
