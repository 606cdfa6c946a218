<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>scalescope::LoadRunner</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::RunController</name>
    <message numerus="yes">
        <source>Run stopped: kept %n measured cell(s)</source>
        <translation>
            <numerusform>Run stopped: kept %n measured cell</numerusform>
            <numerusform>Run stopped: kept %n measured cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run completed: %n cell(s) measured</source>
        <translation>
            <numerusform>Run completed: %n cell measured</numerusform>
            <numerusform>Run completed: %n cells measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has no cleanup request: %n record(s) created by this run stay in the target</source>
        <translation>
            <numerusform>The plan has no cleanup request: %n record created by this run stays in the target</numerusform>
            <numerusform>The plan has no cleanup request: %n records created by this run stay in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleanup skipped: %n record(s) created by this run stay in the target</source>
        <translation>
            <numerusform>Cleanup skipped: %n record created by this run stays in the target</numerusform>
            <numerusform>Cleanup skipped: %n records created by this run stay in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) created by this run</source>
        <translation>
            <numerusform>Deleted %n record created by this run</numerusform>
            <numerusform>Deleted %n records created by this run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created by this run were already gone</source>
        <translation>
            <numerusform>%n record created by this run was already gone</numerusform>
            <numerusform>%n records created by this run were already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target answered none of the load test&apos;s %n request(s): %1</source>
        <translation>
            <numerusform>The target answered none of the load test&apos;s %n request: %1</numerusform>
            <numerusform>The target answered none of the load test&apos;s %n requests: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Comparison</name>
    <message numerus="yes">
        <source>%1: no significant change at %n size(s)</source>
        <translation>
            <numerusform>%1: no significant change at %n size</numerusform>
            <numerusform>%1: no significant change at %n sizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; isolated change at %n size(s), not confirmed at the others</source>
        <translation>
            <numerusform>; isolated change at %n size, not confirmed at the others</numerusform>
            <numerusform>; isolated change at %n sizes, not confirmed at the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n size(s) not tested (too few samples)</source>
        <translation>
            <numerusform>; %n size not tested (too few samples)</numerusform>
            <numerusform>; %n sizes not tested (too few samples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared %n cell(s): </source>
        <translation>
            <numerusform>Compared %n cell: </numerusform>
            <numerusform>Compared %n cells: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with too few samples</source>
        <translation>
            <numerusform>, %n with too few samples</numerusform>
            <numerusform>, %n with too few samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; success rate fell in %n cell(s)</source>
        <translation>
            <numerusform>; success rate fell in %n cell</numerusform>
            <numerusform>; success rate fell in %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the candidate run is %1 %2 across the board (median of %n cell(s)): either the machine&apos;s load changed between the runs or a change affects every endpoint; the verdicts below are relative to this drift</source>
        <extracomment>%1 = e.g. &quot;85 %&quot;, %2 = &quot;slower&quot; or &quot;faster&quot;, %n = cells</extracomment>
        <translation>
            <numerusform>the candidate run is %1 %2 across the board (median of %n cell): either the machine&apos;s load changed between the runs or a change affects every endpoint; the verdicts below are relative to this drift</numerusform>
            <numerusform>the candidate run is %1 %2 across the board (median of %n cells): either the machine&apos;s load changed between the runs or a change affects every endpoint; the verdicts below are relative to this drift</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Findings</name>
    <message numerus="yes">
        <source>The same holds at %n smaller size(s).</source>
        <extracomment>%n = number of further sizes</extracomment>
        <translation>
            <numerusform>The same holds at %n smaller size.</numerusform>
            <numerusform>The same holds at %n smaller sizes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::LoadAnalysis</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct level(s) measured; the Universal Scalability Law needs at least 3</source>
        <extracomment>%n = number of distinct levels</extracomment>
        <translation>
            <numerusform>%n distinct level measured; the Universal Scalability Law needs at least 3</numerusform>
            <numerusform>%n distinct levels measured; the Universal Scalability Law needs at least 3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); a trend needs at least 3</source>
        <extracomment>%n = number of points</extracomment>
        <translation>
            <numerusform>%n point; a trend needs at least 3</numerusform>
            <numerusform>%n points; a trend needs at least 3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) are too few to judge the trend of the %1 (%2 are needed)</source>
        <extracomment>%n = number of intervals, %1 = the metric, %2 = intervals needed</extracomment>
        <translation>
            <numerusform>%n interval are too few to judge the trend of the %1 (%2 are needed)</numerusform>
            <numerusform>%n intervals are too few to judge the trend of the %1 (%2 are needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mann–Kendall p %1 over %n intervals</source>
        <extracomment>%1 = p-value (&quot;= 0.003&quot;, &quot;&lt; 0.0001&quot;), %n = number of intervals</extracomment>
        <translation>
            <numerusform>Mann–Kendall p %1 over %n intervals</numerusform>
            <numerusform>Mann–Kendall p %1 over %n intervals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory sample(s) of the target are too few to judge its growth (%1 are needed)</source>
        <extracomment>%n = number of samples, %1 = samples needed</extracomment>
        <translation>
            <numerusform>%n memory sample of the target are too few to judge its growth (%1 are needed)</numerusform>
            <numerusform>%n memory samples of the target are too few to judge its growth (%1 are needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker thread(s)</source>
        <extracomment>%n = worker threads of the generator</extracomment>
        <translation>
            <numerusform>%n worker thread</numerusform>
            <numerusform>%n worker threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were dropped and %1 sent late (more than %2 ms after their intended time) because the generator fell behind (%3 in flight at most)</source>
        <extracomment>%n = dropped requests, %1 = late requests, %2 = the lateness limit in ms, %3 = maxInFlight</extracomment>
        <translation>
            <numerusform>%n request were dropped and %1 sent late (more than %2 ms after their intended time) because the generator fell behind (%3 in flight at most)</numerusform>
            <numerusform>%n requests were dropped and %1 sent late (more than %2 ms after their intended time) because the generator fell behind (%3 in flight at most)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were dropped because the generator fell behind: %1 requests were already in flight</source>
        <extracomment>%n = dropped requests, %1 = maxInFlight</extracomment>
        <translation>
            <numerusform>%n request were dropped because the generator fell behind: %1 requests were already in flight</numerusform>
            <numerusform>%n requests were dropped because the generator fell behind: %1 requests were already in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were sent late (more than %1 ms after their intended time) because the generator fell behind</source>
        <extracomment>%n = late requests, %1 = the lateness limit in ms</extracomment>
        <translation>
            <numerusform>%n request were sent late (more than %1 ms after their intended time) because the generator fell behind</numerusform>
            <numerusform>%n requests were sent late (more than %1 ms after their intended time) because the generator fell behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more stage(s) show the same gap.</source>
        <extracomment>%n = further stages</extracomment>
        <translation>
            <numerusform>%n more stage show the same gap.</numerusform>
            <numerusform>%n more stages show the same gap.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::gui::MainWindow</name>
    <message numerus="yes">
        <source>The run completed: %n cell(s) measured</source>
        <translation>
            <numerusform>The run completed: %n cell measured</numerusform>
            <numerusform>The run completed: %n cells measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run was stopped: %n cell(s) measured are kept</source>
        <translation>
            <numerusform>The run was stopped: %n cell measured is kept</numerusform>
            <numerusform>The run was stopped: %n cells measured are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run failed after %n cell(s)</source>
        <translation>
            <numerusform>The run failed after %n cell</numerusform>
            <numerusform>The run failed after %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The load test completed: %n stage(s) measured</source>
        <translation>
            <numerusform>The load test completed: %n stage measured</numerusform>
            <numerusform>The load test completed: %n stages measured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::gui::StartPage</name>
    <message numerus="yes">
        <source>#%1  %2 — %3, %4, %n cell(s)</source>
        <extracomment>run list entry: id, name, start, status, cells</extracomment>
        <translation>
            <numerusform>#%1  %2 — %3, %4, %n cell</numerusform>
            <numerusform>#%1  %2 — %3, %4, %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::report::Charts</name>
    <message numerus="yes">
        <source>Each point covers %n second(s).</source>
        <translation>
            <numerusform>Each point covers %n second.</numerusform>
            <numerusform>Each point covers %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each point covers %n second(s): rates are their mean, percentiles the worst second&apos;s.</source>
        <translation>
            <numerusform>Each point covers %n second: rates are their mean, percentiles the worst second&apos;s.</numerusform>
            <numerusform>Each point covers %n seconds: rates are their mean, percentiles the worst second&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ScaleScope&apos;s own process: 100 % is one core busy (%1 worker thread(s) generated the load). A generator near its cores&apos; limit, or one whose requests go out late, measures itself as much as the target: %n second(s) were saturated.</source>
        <extracomment>%1 = worker threads, %n = seconds</extracomment>
        <translation>
            <numerusform>ScaleScope&apos;s own process: 100 % is one core busy (%1 worker thread generated the load). A generator near its cores&apos; limit, or one whose requests go out late, measures itself as much as the target: %n second were saturated.</numerusform>
            <numerusform>ScaleScope&apos;s own process: 100 % is one core busy (%1 worker threads generated the load). A generator near its cores&apos; limit, or one whose requests go out late, measures itself as much as the target: %n seconds were saturated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::report::ComparisonReport</name>
    <message numerus="yes">
        <source>concurrent, up to %n in flight</source>
        <translation>
            <numerusform>concurrent, up to %n in flight</numerusform>
            <numerusform>concurrent, up to %n in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %n cell(s), removed before testing)</source>
        <translation>
            <numerusform>%1 (from %n cell, removed before testing)</numerusform>
            <numerusform>%1 (from %n cells, removed before testing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %n cell(s), not removed)</source>
        <translation>
            <numerusform>%1 (from %n cell, not removed)</numerusform>
            <numerusform>%1 (from %n cells, not removed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) changed their complexity class.</source>
        <translation>
            <numerusform>%n endpoint changed its complexity class.</numerusform>
            <numerusform>%n endpoints changed their complexity class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::report::JUnit</name>
    <message numerus="yes">
        <source>Checked at %n stage(s).</source>
        <extracomment>%n = stages checked</extracomment>
        <translation>
            <numerusform>Checked at %n stage.</numerusform>
            <numerusform>Checked at %n stages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::report::Reports</name>
    <message numerus="yes">
        <source>Interleaved: the endpoints of a size take turns, %n request(s) each</source>
        <translation>
            <numerusform>Interleaved: the endpoints of a size take turns, %n request each</numerusform>
            <numerusform>Interleaved: the endpoints of a size take turns, %n requests each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Concurrent: up to %n request(s) in flight</source>
        <translation>
            <numerusform>Concurrent: up to %n request in flight</numerusform>
            <numerusform>Concurrent: up to %n requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created by this run were not deleted</source>
        <translation>
            <numerusform>%n record created by this run was not deleted</numerusform>
            <numerusform>%n records created by this run were not deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every measured request succeeded (%n cell(s)).</source>
        <translation>
            <numerusform>Every measured request succeeded (%n cell).</numerusform>
            <numerusform>Every measured request succeeded (%n cells).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.</source>
        <extracomment>%n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate</extracomment>
        <translation>
            <numerusform>%n cell had failed requests; the lowest success rate is %1 at size %2: %3.</numerusform>
            <numerusform>%n cells had failed requests; the lowest success rate is %1 at size %2: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>The %n check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed.</source>
        <extracomment>%1 = failed checks, %n = all checks</extracomment>
        <translation>
            <numerusform>%1 of %n check failed.</numerusform>
            <numerusform>%1 of %n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failed check(s) (see the JSON or JUnit export).</source>
        <translation>
            <numerusform>… and %n more failed check (see the JSON or JUnit export).</numerusform>
            <numerusform>… and %n more failed checks (see the JSON or JUnit export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cell(s) with failed requests (see the CSV or JSON export).</source>
        <translation>
            <numerusform>… and %n more cell with failed requests (see the CSV or JSON export).</numerusform>
            <numerusform>… and %n more cells with failed requests (see the CSV or JSON export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) — critical: %1, warnings: %2.</source>
        <extracomment>%1 = critical findings, %2 = warnings; %n = all findings</extracomment>
        <translation>
            <numerusform>%n finding — critical: %1, warnings: %2.</numerusform>
            <numerusform>%n findings — critical: %1, warnings: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The generator was saturated for %n second(s) of the measured run: its CPU was above 90 % of its cores, or its requests went out late.</source>
        <translation>
            <numerusform>The generator was saturated for %n second of the measured run: its CPU was above 90 % of its cores, or its requests went out late.</numerusform>
            <numerusform>The generator was saturated for %n seconds of the measured run: its CPU was above 90 % of its cores, or its requests went out late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were dropped: they were due while %1 requests were already in flight.</source>
        <extracomment>%n = dropped requests, %1 = the maximum of requests in flight</extracomment>
        <translation>
            <numerusform>%n request were dropped: they were due while %1 requests were already in flight.</numerusform>
            <numerusform>%n requests were dropped: they were due while %1 requests were already in flight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) went out more than %1 ms after their intended send time.</source>
        <extracomment>%n = late requests, %1 = milliseconds</extracomment>
        <translation>
            <numerusform>%n request went out more than %1 ms after their intended send time.</numerusform>
            <numerusform>%n requests went out more than %1 ms after their intended send time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more interval(s) (the CSV export with --csv-samples has every second).</source>
        <translation>
            <numerusform>… and %n more interval (the CSV export with --csv-samples has every second).</numerusform>
            <numerusform>… and %n more intervals (the CSV export with --csv-samples has every second).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed (each threshold per endpoint per stage).</source>
        <translation>
            <numerusform>All %n check passed (each threshold per endpoint per stage).</numerusform>
            <numerusform>All %n checks passed (each threshold per endpoint per stage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed (each threshold per endpoint per stage).</source>
        <extracomment>%1 = failed checks, %n = all checks</extracomment>
        <translation>
            <numerusform>%1 of %n check failed (each threshold per endpoint per stage).</numerusform>
            <numerusform>%1 of %n checks failed (each threshold per endpoint per stage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareHeadline</name>
    <message numerus="yes">
        <source>%n endpoint(s) slower</source>
        <translation>
            <numerusform>%n endpoint slower</numerusform>
            <numerusform>%n endpoints slower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) faster</source>
        <translation>
            <numerusform>%n endpoint faster</numerusform>
            <numerusform>%n endpoints faster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mixed</source>
        <translation>
            <numerusform>%n mixed</numerusform>
            <numerusform>%n mixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without significant change</source>
        <translation>
            <numerusform>%n without significant change</numerusform>
            <numerusform>%n without significant change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::FindingsView</name>
    <message numerus="yes">
        <source>thresholds: all %n check(s) passed</source>
        <translation>
            <numerusform>thresholds: %n check passed</numerusform>
            <numerusform>thresholds: all %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s)</source>
        <translation>
            <numerusform>%n critical finding</numerusform>
            <numerusform>%n critical findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::HistoryView</name>
    <message numerus="yes">
        <source>%n runs selected.</source>
        <translation>
            <numerusform>%n run selected.</numerusform>
            <numerusform>%n runs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Run %1&lt;/b&gt; — %2&lt;br&gt;%3 against %4&lt;br&gt;Started %5, %6&lt;br&gt;Sizes %7; %n endpoint(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Run %1&lt;/b&gt; — %2&lt;br&gt;%3 against %4&lt;br&gt;Started %5, %6&lt;br&gt;Sizes %7; %n endpoint</numerusform>
            <numerusform>&lt;b&gt;Run %1&lt;/b&gt; — %2&lt;br&gt;%3 against %4&lt;br&gt;Started %5, %6&lt;br&gt;Sizes %7; %n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The process running it ended before it finished; the %n cell(s) it completed are kept.</source>
        <translation>
            <numerusform>The process running it ended before it finished; the %n cell it completed is kept.</numerusform>
            <numerusform>The process running it ended before it finished; the %n cells it completed are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) (%1) from the history with everything measured? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n run (%1) from the history with everything measured? This cannot be undone.</numerusform>
            <numerusform>Delete %n runs (%1) from the history with everything measured? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::Labels</name>
    <message numerus="yes">
        <source>passed (%n check(s))</source>
        <translation>
            <numerusform>passed (%n check)</numerusform>
            <numerusform>passed (%n checks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::MeasurementPage</name>
    <message numerus="yes">
        <source>At least %n measured request(s)</source>
        <extracomment>%n = number of requests</extracomment>
        <translation>
            <numerusform>At least %n measured request</numerusform>
            <numerusform>At least %n measured requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seeding creates %n record(s).</source>
        <extracomment>%n = records created (the largest size)</extracomment>
        <translation>
            <numerusform>Seeding creates %n record.</numerusform>
            <numerusform>Seeding creates %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::PlanPage</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ReviewPage</name>
    <message numerus="yes">
        <source>Endpoints (%n)</source>
        <translation>
            <numerusform>Endpoints (%n)</numerusform>
            <numerusform>Endpoints (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Concurrent, %n request(s) in flight</source>
        <translation>
            <numerusform>Concurrent, %n request in flight</numerusform>
            <numerusform>Concurrent, %n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ScaleChartView</name>
    <message numerus="yes">
        <source>%1: %2 (%n request(s))</source>
        <extracomment>%1 = statistic name, %2 = its value, %n = requests measured</extracomment>
        <translation>
            <numerusform>%1: %2 (%n request)</numerusform>
            <numerusform>%1: %2 (%n requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::SuccessBarsView</name>
    <message numerus="yes">
        <source>Every measured request succeeded (%n cell(s)).</source>
        <translation>
            <numerusform>Every measured request succeeded (%n cell).</numerusform>
            <numerusform>Every measured request succeeded (%n cells).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.</source>
        <extracomment>%n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate</extracomment>
        <translation>
            <numerusform>%n cell had failed requests; the lowest success rate is %1 at size %2: %3.</numerusform>
            <numerusform>%n cells had failed requests; the lowest success rate is %1 at size %2: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at size %2: %3 succeeded (%4 of %n request(s))</source>
        <extracomment>%1 = endpoint, %2 = dataset size, %3 = success rate, %4 = successful requests, %n = all requests</extracomment>
        <translation>
            <numerusform>%1 at size %2: %3 succeeded (%4 of %n request)</numerusform>
            <numerusform>%1 at size %2: %3 succeeded (%4 of %n requests)</numerusform>
        </translation>
    </message>
</context>
</TS>
