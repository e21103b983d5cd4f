# Team coding: agreement, disagreements, coder copies, merge, adjudication.
target_sources(crosscut_core PRIVATE
  team/agreement.h
  team/disagreements.h
  team/handout.h
  team/merge.h)
# Agreement: the exact measures on continua, then per project.
target_sources(crosscut_core PRIVATE
  team/fraction.h team/fraction.cpp
  team/continuum.h team/continuum.cpp
  team/unitizedalpha.h team/unitizedalpha.cpp)
target_sources(crosscut_core PRIVATE
  team/codersegments.h team/codersegments.cpp
  team/agreement.cpp team/agreementformats.cpp
  team/disagreements.cpp)
# Adjudication and the report's summary.
target_sources(crosscut_core PRIVATE
  team/adjudication.h team/adjudication.cpp
  team/agreementsummary.h team/agreementsummary.cpp)
