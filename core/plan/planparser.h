// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scalescope {

/// One problem in a plan: where (a field path such as "endpoints[2].path", or "line 4, column 7"
/// for JSON syntax) and why.
struct PlanIssue {
    QString path;
    QString message;
    /// "endpoints[2].path: must start with \"/\""
    [[nodiscard]] QString toString() const;
};

/// Parses and validates a plan. Never touches the network.
/// On failure the Error's message lists every issue found, one per line ("path: reason").
[[nodiscard]] Result<Plan> parsePlan(const QByteArray& json);
/// Reads @p fileName and parses it; a missing/unreadable file is an ErrorKind::Io error naming it.
[[nodiscard]] Result<Plan> loadPlanFile(const QString& fileName);

/// Big-O notation of a class: "O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n²)"; "inconclusive".
[[nodiscard]] QString complexityClassName(ComplexityClass complexity);
/// Reads the notation back; also accepts "O(n^2)" and ignores case and spaces. Inconclusive is never
/// returned (it is not a class one can ask for).
[[nodiscard]] std::optional<ComplexityClass> parseComplexityClass(const QString& text);

/// Semantic validation of a plan value (also used by the GUI wizard pages): empty == valid.
[[nodiscard]] QList<PlanIssue> validatePlan(const Plan& plan);

/// Serialises a plan to its JSON form (round-trips through parsePlan). Secrets cannot appear:
/// the Plan holds only references.
[[nodiscard]] QJsonObject planToJson(const Plan& plan);
[[nodiscard]] QByteArray planToJsonBytes(const Plan& plan);

} // namespace scalescope
