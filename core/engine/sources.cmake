# SPDX-License-Identifier: GPL-3.0-or-later
# Engine and results sources (kept separate so the engine can grow without touching the core list).
target_sources(scalescope_core PRIVATE
)
