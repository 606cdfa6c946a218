// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace scalescope::results {

inline constexpr int kSchemaVersion = 1;

/// The results file (schema "scalescope-results", version 1; see docs/results-schema.md).
/// A pure function of the result: holds no secret because a RunResult holds none.
[[nodiscard]] QJsonObject toJson(const RunResult& run, bool includeSamples = true);
[[nodiscard]] QByteArray toJsonBytes(const RunResult& run, bool includeSamples = true);

} // namespace scalescope::results
