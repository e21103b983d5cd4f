target_sources(crosscut_ui PRIVATE widgets/deferredrefresh.h)
