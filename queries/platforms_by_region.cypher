// title: 各地创新平台 | Platforms by region
// question: How many named platforms of each kind and level does each city have?
// param: city string Region = "" -- one city by name, alias or GB/T 2260 code, empty for all (example: 鄂州市)
// returns: city, kind, level, platforms, names
MATCH (pl:Platform)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(c:Region)<-[:APPLIES_TO]-(:Plan)
WHERE $city = "" OR c.name = $city OR $city IN c.aliases
WITH DISTINCT c, pl
WITH c, pl ORDER BY pl.name
RETURN c.name AS city, coalesce(pl.kind, "未分类") AS kind, coalesce(pl.level, "unknown") AS level,
       count(pl) AS platforms, collect(pl.name) AS names
ORDER BY city, platforms DESC, kind, level
