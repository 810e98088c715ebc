// title: 目标完成情况 | Targets against what was achieved
// question: For a city's targets for a year, what baseline does a later plan of the same city report for that year, compared like with like (indicator, kind, unit, scope): met, missed, not comparable (and why), or not reported?
// param: city string Region = "" -- one city by name, alias or GB/T 2260 code, empty for all (example: 天门市)
// param: year int = 0 -- target year, 0 for every year (example: 2020)
// returns: city, indicator, target_plan, year, kind, comparator, target, target_max, unit, reported, reported_unit, reported_by, verdict, why
MATCH (p1:Plan)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(ind:Indicator)
MATCH (p1)-[:APPLIES_TO]->(c:Region)
WHERE t.status = "target" AND ($city = "" OR c.name = $city OR $city IN c.aliases) AND ($year = 0 OR t.year = $year)
WITH p1, t, ind, c,
     [(ind)<-[:MEASURES]-(b:Target)<-[:SETS_TARGET]-(p2:Plan)-[:APPLIES_TO]->(c)
      WHERE b.status = "baseline" AND b.year = t.year AND p2.id <> p1.id
      | {value: b.value, unit: b.unit, kind: coalesce(b.kind, "total"), region: coalesce(b.region, ""), plan: p2.title}]
     AS reports
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
