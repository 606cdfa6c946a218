// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/loadtypes.h"

#include <QCoreApplication>

#include <cmath>

#include <utility>

namespace scalescope {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::pair<Enum, const char*> (&names)[N], const QString& name)
{
    for (const auto& [value, text] : names)
        if (name == QLatin1StringView(text))
            return value;
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString toName(const std::pair<Enum, const char*> (&names)[N], Enum value)
{
    for (const auto& [candidate, text] : names)
        if (candidate == value)
            return QString::fromLatin1(text);
    return {};
}

constexpr std::pair<LoadConfig::Kind, const char*> kKindNames[] = {
    { LoadConfig::Kind::Load, "load" },
    { LoadConfig::Kind::Stress, "stress" },
    { LoadConfig::Kind::Endurance, "endurance" },
    { LoadConfig::Kind::ConcurrencySweep, "concurrency-sweep" },
};
constexpr std::pair<LoadConfig::Model, const char*> kModelNames[] = {
    { LoadConfig::Model::Closed, "closed" },
    { LoadConfig::Model::Open, "open" },
};
constexpr std::pair<LoadStage::Role, const char*> kRoleNames[] = {
    { LoadStage::Role::Hold, "hold" },
    { LoadStage::Role::Step, "step" },
    { LoadStage::Role::Recovery, "recovery" },
    { LoadStage::Role::Interval, "interval" },
};
constexpr std::pair<StressOutcome::Reason, const char*> kReasonNames[] = {
    { StressOutcome::Reason::None, "none" },
    { StressOutcome::Reason::ErrorRate, "error-rate" },
    { StressOutcome::Reason::P95, "p95" },
    { StressOutcome::Reason::ThroughputPlateau, "plateau" },
    { StressOutcome::Reason::MaxLevel, "max-level" },
    { StressOutcome::Reason::Cancelled, "cancelled" },
};

constexpr auto kContext = "scalescope::Load";

} // namespace

double loadStartLevel(const LoadConfig& config)
{
    return config.model == LoadConfig::Model::Closed ? double(config.users) : config.rate;
}

int stressStepCount(const LoadConfig& config)
{
    return config.step > 0 ? int(std::floor((config.maxLevel - loadStartLevel(config)) / config.step)) + 1 : 1;
}

QString loadKindName(LoadConfig::Kind kind) { return toName(kKindNames, kind); }
std::optional<LoadConfig::Kind> loadKindFromName(const QString& name) { return fromName(kKindNames, name); }
QString loadModelName(LoadConfig::Model model) { return toName(kModelNames, model); }
std::optional<LoadConfig::Model> loadModelFromName(const QString& name) { return fromName(kModelNames, name); }
QString loadStageRoleName(LoadStage::Role role) { return toName(kRoleNames, role); }
std::optional<LoadStage::Role> loadStageRoleFromName(const QString& name) { return fromName(kRoleNames, name); }
QString stressReasonName(StressOutcome::Reason reason) { return toName(kReasonNames, reason); }
std::optional<StressOutcome::Reason> stressReasonFromName(const QString& name) { return fromName(kReasonNames, name); }

QString loadKindLabel(LoadConfig::Kind kind)
{
    const char* text = "";
    switch (kind) {
    case LoadConfig::Kind::Load: text = QT_TRANSLATE_NOOP("scalescope::Load", "Load test"); break;
    case LoadConfig::Kind::Stress: text = QT_TRANSLATE_NOOP("scalescope::Load", "Stress test"); break;
    case LoadConfig::Kind::Endurance: text = QT_TRANSLATE_NOOP("scalescope::Load", "Endurance test"); break;
    case LoadConfig::Kind::ConcurrencySweep: text = QT_TRANSLATE_NOOP("scalescope::Load", "Concurrency sweep"); break;
    }
    return QCoreApplication::translate(kContext, text);
}

QString loadModelLabel(LoadConfig::Model model)
{
    // QT_TRANSLATE_NOOP: lupdate cannot see through kContext, so the messages are marked where they are written.
    return QCoreApplication::translate(kContext, model == LoadConfig::Model::Closed
            ? QT_TRANSLATE_NOOP("scalescope::Load", "closed model (virtual users)")
            : QT_TRANSLATE_NOOP("scalescope::Load", "open model (arrival rate)"));
}

QString loadLevelUnit(LoadConfig::Model model)
{
    return QCoreApplication::translate(kContext, model == LoadConfig::Model::Closed
            ? QT_TRANSLATE_NOOP("scalescope::Load", "users")
            : QT_TRANSLATE_NOOP("scalescope::Load", "requests/s"));
}

} // namespace scalescope
