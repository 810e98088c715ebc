// title: 指标目标对比 | Targets by indicator
// question: For one indicator, what baselines and targets does each city's plan give, of which kind (total, increment, share, rank, growth), for which chain, in which units and years?
// param: indicator string Indicator -- an indicator's name or one of its wordings (example: 高新技术企业)
// returns: indicator, city, plan, period, status, year, kind, chain, comparator, value, value_max, unit, wording
MATCH (ind:Indicator)
WHERE ind.name = $indicator OR $indicator IN ind.aliases
MATCH (p:Plan)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(ind)
MATCH (t)-[:APPLIES_TO]->(r:Region)
WITH ind, p, t, r, [(t)-[:IN_INDUSTRY]->(i:Industry) | i.name] AS chains
RETURN ind.name AS indicator, r.name AS city, p.title AS plan,
       toString(p.period_start) + "-" + toString(p.period_end) AS period, t.status AS status, t.year AS year,
       coalesce(t.kind, "total") AS kind,
       reduce(first = "", c IN chains | CASE WHEN first = "" OR c < first THEN c ELSE first END) AS chain,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit, t.indicator AS wording
ORDER BY city, year, status, kind, chain, value, value_max, unit, comparator, plan, wording
