// title: 目标完成情况 | Targets against what was achieved
// question: For a city's targets for a year, what baseline does a later plan of the same city report for that year: met, missed, or not reported?
// param: city string = "" -- one city by name, empty for all (example: 天门市)
// param: year int = 0 -- target year, 0 for every year (example: 2020)
// returns: city, indicator, target_plan, year, comparator, target, unit, reported, reported_unit, reported_by, verdict
MATCH (p1:Plan)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(ind:Indicator)
MATCH (p1)-[:APPLIES_TO]->(c:Region)
WHERE t.status = "target" AND ($city = "" OR c.name = $city) AND ($year = 0 OR t.year = $year)
WITH p1, t, ind, c,
     [(ind)<-[:MEASURES]-(b:Target)<-[:SETS_TARGET]-(p2:Plan)-[:APPLIES_TO]->(c)
      WHERE b.status = "baseline" AND b.year = t.year AND p2.id <> p1.id
      | {value: b.value, unit: b.unit, plan: p2.title}] AS reports
UNWIND (CASE WHEN size(reports) = 0 THEN [null] ELSE reports END) AS report
RETURN c.name AS city, ind.name AS indicator, p1.title AS target_plan, t.year AS year, t.comparator AS comparator,
       t.value AS target, t.unit AS unit, report.value AS reported, report.unit AS reported_unit,
       report.plan AS reported_by,
       CASE WHEN report IS NULL THEN "not reported"
            WHEN coalesce(report.unit, "") <> coalesce(t.unit, "") THEN "units differ"
            WHEN t.comparator = "<=" AND report.value <= t.value THEN "met"
            WHEN t.comparator <> "<=" AND report.value >= t.value THEN "met"
            ELSE "missed" END AS verdict
ORDER BY city, year, indicator, target, reported
