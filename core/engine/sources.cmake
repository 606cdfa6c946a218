# SPDX-License-Identifier: GPL-3.0-or-later
# Engine and results sources (kept separate so the engine can grow without touching the core list).
target_sources(scalescope_core PRIVATE
    engine/runtypes.h engine/runtypes.cpp
    engine/requestbuilder.h engine/requestbuilder.cpp
    engine/timeseriesrecorder.h engine/timeseriesrecorder.cpp
    engine/workerpool.h engine/workerpool.cpp
    engine/runcontroller.h engine/runcontroller.cpp
    engine/engine.h engine/engine.cpp
    results/resultsjson.h results/resultsjson.cpp
    results/loadjson.h results/loadjson.cpp
    results/comparisonjson.h results/comparisonjson.cpp
    results/texttable.h results/texttable.cpp
)
