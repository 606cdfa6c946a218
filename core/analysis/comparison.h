// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/complexity.h"
#include "analysis/ranktest.h"
#include "engine/runtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace scalescope::analysis {

/// The outcome for one (endpoint, size) cell or, rolled up, for one endpoint.
enum class ChangeVerdict {
    Faster, ///< significantly faster (see CompareOptions for what "significant" takes)
    Slower, ///< significantly slower
    Mixed, ///< endpoints only: significantly slower at some sizes and faster at others
    NoSignificantChange,
    Insufficient, ///< too few raw samples to test (cell), or no testable cell (endpoint)
};

/// Stable, untranslated: "faster", "slower", "mixed", "no-change", "insufficient".
[[nodiscard]] QString changeVerdictName(ChangeVerdict verdict);
/// Translated: "faster", "slower", "mixed", "no significant change", "too few samples".
[[nodiscard]] QString changeVerdictLabel(ChangeVerdict verdict);

enum class MultipleTestCorrection {
    None, ///< each cell's p-value is compared with alpha as it is
    Holm, ///< Holm–Bonferroni over all testable cells: family-wise error rate ≤ alpha
};

/// When a difference counts. A cell is Faster/Slower only when ALL of these hold, so that a tiny shift that a
/// huge sample makes "significant", or the drift between two runs on a busy machine, does not count
/// (benchstat's idea, with effect-size and practical-size floors). See docs/comparison.md for the defaults and
/// the measurements behind them.
struct CompareOptions {
    double alpha = 0.01; ///< Mann–Whitney p (after the correction) must be below this
    MultipleTestCorrection correction = MultipleTestCorrection::Holm;
    double minEffectSize = 0.33; ///< |Cliff's δ| at least this ("medium")
    double minRelativeChange = 20.0; ///< |median change| at least this many percent of the base median
    double minAbsoluteChangeMs = 0.2; ///< |median change| at least this many milliseconds
    int minSamples = 5; ///< raw samples per side, below that a cell is Insufficient
    /// Remove the run-wide drift before testing: the median over the testable cells of ln(candidate median /
    /// base median), when at least kMinCellsForNoise cells of kMinEndpointsForNoise endpoints can be tested. Every
    /// cell's candidate samples are divided by that factor, so a machine that was busier during one run does not make
    /// every endpoint "slower". The drift itself is reported (RunComparison::driftPercent, a warning, and
    /// regressions()).
    bool normalizeDrift = true;
    /// The adaptive noise floor: a cell's (drift-corrected) median change must also exceed
    /// exp(noiseFloorSigmas · s) − 1, s being the robust spread (1.4826 · MAD) of the cells' log ratios
    /// around the drift — the run-to-run noise of one cell median, estimated from the comparison itself.
    /// 0 disables it. Needs the same cells as normalizeDrift.
    double noiseFloorSigmas = 2.0;
    /// An endpoint is Slower (Faster) only when at least this fraction of its tested sizes, and at least one,
    /// are significantly slower (faster): a real change shows at several sizes, a burst of load on a shared
    /// machine hits one. 0 means any single size decides.
    double minConsistentFraction = 0.5;
    /// A fall of the success rate is a regression when Fisher's exact test (one-sided, Holm-corrected over the
    /// cells like the latencies) gives p < alpha and the fall is at least this many percentage points.
    double minSuccessRateDrop = 1.0;
};

/// Testable cells, and endpoints they belong to, needed before the run-wide drift and the noise floor are
/// estimated from the comparison (with fewer endpoints one regressed endpoint would move the median itself).
inline constexpr int kMinCellsForNoise = 8;
inline constexpr int kMinEndpointsForNoise = 3;

/// One (endpoint, size) cell measured in both runs.
struct CellComparison {
    QString endpoint;
    int size = 0; ///< nominal dataset size or sweep value (the key the runs are matched on)
    qint64 baseRecords = -1; ///< records the target held, -1 for sweeps / unknown
    qint64 candidateRecords = -1;
    qsizetype baseSamples = 0; ///< raw samples tested
    qsizetype candidateSamples = 0;
    /// Medians from the raw samples (exact); the histogram's p50 when a run kept no raw samples.
    double baseMedianMs = 0;
    double candidateMedianMs = 0;
    double baseP95Ms = 0; ///< from the cells' statistics
    double candidateP95Ms = 0;
    double baseSuccessRate = 0; ///< 0 … 1
    double candidateSuccessRate = 0;
    double changeMs = 0; ///< candidate − base median
    double changePercent = 0; ///< 100 · changeMs / baseMedianMs (0 when the base median is 0)
    /// The change beyond the run-wide drift (= changePercent when the drift is not removed); decides the verdict.
    double adjustedChangePercent = 0;
    double adjustedChangeMs = 0; ///< candidate median / drift factor − base median
    double requiredChangePercent
        = 0; ///< max(minRelativeChange, the noise floor) that |adjustedChangePercent| had to reach
    /// a = base, b = candidate (divided by the drift factor), in ms: δ > 0 means the candidate is slower.
    MannWhitneyResult test;
    double pAdjusted = 1.0; ///< test.pValue after the multiple-test correction (1 when Insufficient)
    ChangeVerdict verdict = ChangeVerdict::Insufficient;
    /// Why a difference did not count, translated ("below the 20 % minimum change"); "" when it counted or
    /// there was nothing to explain.
    QString note;
    /// Significant in this cell, but the endpoint's other sizes do not confirm it (see minConsistentFraction):
    /// not counted in the endpoint's verdict nor in regressions().
    bool isolated = false;
    bool successRegressed = false; ///< the success rate fell beyond noise (see CompareOptions)
    double successPAdjusted = 1.0; ///< Fisher's one-sided p after the correction
    /// "List prompts @ 500: 3.9 → 12.1 ms (+210 %), slower (p < 0.001, δ = 0.98)", translated.
    QString message;
    QString successMessage; ///< "List prompts @ 500: success rate 100.0 % → 92.0 % (p = 0.003)"; "" unless regressed
};

/// One endpoint measured in both runs, over the sizes both measured.
struct EndpointComparison {
    QString endpoint;
    ChangeVerdict verdict = ChangeVerdict::Insufficient;
    int cells = 0; ///< common sizes
    int slowerCells = 0;
    int fasterCells = 0;
    int insufficientCells = 0;
    bool successRegressed = false; ///< at least one cell's success rate fell beyond noise
    /// classifyEndpoint() of each run, on the common sizes only, so the two fits see the same sizes.
    ComplexityFit baseFit;
    ComplexityFit candidateFit;
    bool classChanged = false; ///< both fits conclusive and of a different class
    /// "List prompts: slower, significant at 5 of 5 sizes (+77 % … +3125 %); scaling O(n) in both", translated.
    QString message;
};

/// An (endpoint, size) cell that only one of the runs measured.
struct CellKey {
    QString endpoint;
    int size = 0;
    friend bool operator==(const CellKey&, const CellKey&) = default;
};

/// compareRuns()'s answer: a value, so the CLI, the GUI and the history can all show it.
struct RunComparison {
    bool compatible = false; ///< false: see incompatibilities, and cells / endpoints are empty
    QStringList incompatibilities; ///< translated, every reason (not just the first)
    QStringList warnings; ///< translated: differences that do not prevent the comparison
    /// Endpoints of the same name whose method or path differ: translated messages, these are not compared.
    QStringList incompatibleEndpoints;
    QStringList onlyInBaseEndpoints; ///< endpoint names only the base run has
    QStringList onlyInCandidateEndpoints;
    QList<CellKey> onlyInBase; ///< cells of common endpoints measured in the base run only
    QList<CellKey> onlyInCandidate;
    QList<CellComparison> cells; ///< in the base run's endpoint order, then by size
    QList<EndpointComparison> endpoints; ///< in the base run's endpoint order
    CompareOptions options; ///< as used
    /// Run-wide drift: exp(median of the cells' ln(candidate/base median)) − 1, in percent; 0 when not estimated.
    double driftPercent = 0;
    /// Run-to-run noise of one cell median: exp(1.4826 · MAD of the log ratios) − 1, in percent; 0 when not estimated.
    double noisePercent = 0;
    /// Translated warning when the drift reaches minRelativeChange (also in warnings), "" otherwise.
    QString driftMessage;
    int noiseCells = 0; ///< testable cells the drift and noise were estimated from (0: too few, not estimated)

    [[nodiscard]] int countCells(ChangeVerdict verdict) const;
    /// One translated line: "Compared 30 cells: 5 slower, 0 faster, 25 no significant change" or, when
    /// incompatible, "Runs cannot be compared: <reason>; <reason>".
    [[nodiscard]] QString summary() const;
};

/// Compares a candidate run with a base run, cell by cell (endpoint name + dataset size).
///
/// Compatibility: incompatible when the runs target different hosts (scheme, host or path of the base URL —
/// a different port alone is a warning, since the built-in demo picks a free port per run), use different
/// dataset modes (seeded vs sweep), have no comparable endpoint (same name, method and path template) or no
/// size in common, or when a run has no measured cell (e.g. it failed at login). Different iterations, warm-up,
/// sequential/concurrent mode, max workers, transport, records per size or an unfinished run are warnings.
///
/// Per cell: the run-wide drift is removed (CompareOptions::normalizeDrift), then Mann–Whitney U on the raw
/// samples (ms), Cliff's δ, Hodges–Lehmann shift; the verdict needs all of CompareOptions' conditions (corrected
/// p < alpha, |δ|, relative change above max(minRelativeChange, noise floor), absolute change) and δ and the
/// median change pointing the same way. Fewer than minSamples raw samples on a side → Insufficient.
/// Per endpoint, with need = max(1, ⌈minConsistentFraction · tested sizes⌉): Slower when at least need sizes are
/// slower and fewer than need faster, Faster likewise, Mixed when both reach need, Insufficient if no cell could
/// be tested, else NoSignificantChange (significant cells that their endpoint does not confirm are marked
/// isolated). A pure function.
[[nodiscard]] RunComparison compareRuns(
    const RunResult& base, const RunResult& candidate, const CompareOptions& options = {});

/// One regression found by regressions().
struct Regression {
    enum class Kind {
        Latency, ///< a cell significantly slower, confirmed by its endpoint
        SuccessRate, ///< a cell whose success rate fell beyond noise
        RunWide, ///< every cell moved together (the run-wide drift): endpoint and size are empty / 0
    };
    Kind kind = Kind::Latency;
    QString endpoint;
    int size = 0;
    /// The drift-corrected median change for Latency, the drift for RunWide, percentage points for SuccessRate.
    double changePercent = 0;
    QString message; ///< the cell's message, or the drift warning
};

/// The cells that are significantly slower, confirmed by their endpoint (not isolated), by more than
/// @p tolerancePercent (drift-corrected median change), plus every cell whose success rate fell beyond noise, in the
/// comparison's cell order; first a RunWide entry when the drift was removed and exceeds both the tolerance and
/// minRelativeChange (a whole-run slowdown is either load or a change of every endpoint: it is not hidden) — for
/// `compare --fail-on-regression 10%`. Empty for an incompatible comparison (the caller reports that separately).
[[nodiscard]] QList<Regression> regressions(const RunComparison& comparison, double tolerancePercent);

} // namespace scalescope::analysis
