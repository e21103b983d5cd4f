target_sources(crosscut_core PRIVATE
  network/ties.h network/ties.cpp network/tiecsv.cpp
  network/network.h network/graphread.cpp network/measures.cpp
  network/igraphgraph.h network/igraphmeasures.cpp network/layout.cpp
  network/graphexport.cpp network/networkformats.cpp
  network/codenetwork.h network/codenetwork.cpp

  network/measuretable.h network/measuretable.cpp)

# Betweenness, components and the layout through igraph (Debian
# libigraph-dev 0.10, a C library).
find_package(PkgConfig REQUIRED)
pkg_check_modules(IGRAPH REQUIRED IMPORTED_TARGET igraph>=0.10)
target_link_libraries(crosscut_core PRIVATE PkgConfig::IGRAPH)
