// title: 指标目标对比 | Targets by indicator
// question: For one indicator, what baselines and targets does each city's plan give, in which units and years?
// param: indicator string -- an indicator's name or one of its wordings (example: 高新技术企业)
// returns: indicator, city, plan, period, status, year, comparator, value, value_max, unit, wording
MATCH (ind:Indicator)
WHERE ind.name = $indicator OR $indicator IN ind.aliases
MATCH (p:Plan)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(ind)
MATCH (t)-[:APPLIES_TO]->(r:Region)
RETURN ind.name AS indicator, r.name AS city, p.title AS plan,
       toString(p.period_start) + "-" + toString(p.period_end) AS period, t.status AS status, t.year AS year,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit, t.indicator AS wording
ORDER BY city, year, status, value
