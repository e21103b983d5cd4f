# Keyword in context (core/search/kwic.h): a table of hits with their left
# and right context, sortable, coded a sentence at a time.
target_sources(crosscut_ui PRIVATE
  kwic/kwicpanel.h kwic/kwicpanel.cpp)
