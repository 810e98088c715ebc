// title: 目标完成情况 | Targets against what was achieved
// question: For a city's targets for a year, what baseline does a later plan of the same city report for that year, compared like with like (indicator, kind, unit, scope): met, missed, not comparable (and why), or not reported?
// param: city string Region = "" -- one city by name, alias or GB/T 2260 code, empty for all (example: 天门市)
// param: year int = 0 -- target year, 0 for every year (example: 2020)
// returns: city, indicator, target_plan, year, kind, comparator, target, target_max, unit, reported, reported_unit, reported_by, verdict, why
// Starts from the city, found by its name index, and reads each plan's targets of the city once, the
// baselines grouped by indicator beside the targets: a target's reports are then a short list to filter,
// not every target of its indicator in the graph (3.4 s -> see bench/RESULTS.md at 1,000,000 nodes).
MATCH (c:Region)
WHERE $city = "" OR c.name = $city OR $city IN c.aliases
WITH c
MATCH (p:Plan)-[:APPLIES_TO]->(c)
MATCH (p)-[:SETS_TARGET]->(x:Target)-[:MEASURES]->(ind:Indicator)
WITH c, ind,
     collect(CASE WHEN x.status = "target" AND ($year = 0 OR x.year = $year) THEN {plan: p, target: x} END) AS uses,
     collect(CASE WHEN x.status = "baseline"
                  THEN {year: x.year, plan_id: p.id, value: x.value, unit: x.unit, kind: coalesce(x.kind, "total"),
                        region: coalesce(x.region, ""), plan: p.title} END) AS baselines
UNWIND uses AS use
WITH c, ind, use.plan AS p1, use.target AS t, baselines
WITH c, p1, t, ind,
     [b IN baselines WHERE b.year = t.year AND b.plan_id <> p1.id
      | {value: b.value, unit: b.unit, kind: b.kind, region: b.region, plan: b.plan}] AS reports
UNWIND (CASE WHEN size(reports) = 0 THEN [null] ELSE reports END) AS report
WITH c, p1, t, ind, report, coalesce(t.kind, "total") AS kind
WITH c, p1, t, ind, report, kind,
     CASE WHEN report IS NULL THEN "not reported"
          WHEN coalesce(report.unit, "") <> coalesce(t.unit, "") THEN "units"
          WHEN report.kind <> kind THEN "kinds"
          WHEN report.region <> coalesce(t.region, "") THEN "scopes"
          ELSE "" END AS mismatch
RETURN c.name AS city, ind.name AS indicator, p1.title AS target_plan, t.year AS year, kind,
       t.comparator AS comparator, t.value AS target, t.value_max AS target_max, t.unit AS unit,
       report.value AS reported, report.unit AS reported_unit, report.plan AS reported_by,
       CASE WHEN mismatch = "not reported" THEN "not reported"
            WHEN mismatch <> "" THEN "not comparable"
            WHEN kind = "rank" AND report.value <= t.value THEN "met"
            WHEN kind = "rank" THEN "missed"
            WHEN t.comparator = "<=" AND report.value <= t.value THEN "met"
            WHEN t.comparator <> "<=" AND report.value >= t.value THEN "met"
            ELSE "missed" END AS verdict,
       CASE mismatch
            WHEN "not reported" THEN "no later plan of the city reports this indicator for the year"
            WHEN "units" THEN "units differ: " + coalesce(t.unit, "-") + " vs " + coalesce(report.unit, "-")
            WHEN "kinds" THEN "kinds differ: " + kind + " vs " + report.kind
            WHEN "scopes" THEN "scopes differ: the target and the report apply to different regions"
            ELSE "" END AS why
ORDER BY city, year, indicator, target_plan, kind, target, target_max, unit, reported, reported_unit, reported_by
