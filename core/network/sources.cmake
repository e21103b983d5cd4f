# Headers first (the API the network panel builds on); the implementation follows.
target_sources(crosscut_core PRIVATE network/ties.h network/network.h)
