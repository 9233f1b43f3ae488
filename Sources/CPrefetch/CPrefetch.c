// CPrefetch is header-only (include/CPrefetch.h); this file gives the target a translation unit.
#include "CPrefetch.h"
