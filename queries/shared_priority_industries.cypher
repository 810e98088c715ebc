// title: 城市共同重点产业 | Priority industries cities share
// question: Which pairs of cities prioritise the same industries, and how similar are their priorities (Jaccard)?
// param: min_shared int = 1 -- least number of shared priority industries for a pair (example: 3)
// returns: city_a, city_b, shared, shared_count, jaccard
MATCH (p:Plan)-[:APPLIES_TO]->(c:Region)
MATCH (p)-[:PRIORITISES]->(i:Industry)
WITH c, i ORDER BY i.name
WITH c.name AS city, collect(DISTINCT i.name) AS industries
WITH collect({city: city, industries: industries}) AS cities
UNWIND cities AS a
UNWIND cities AS b
WITH a, b WHERE a.city < b.city
WITH a, b, [x IN a.industries WHERE x IN b.industries] AS shared
WHERE size(shared) >= $min_shared
RETURN a.city AS city_a, b.city AS city_b, shared, size(shared) AS shared_count,
       round(1000.0 * size(shared) / (size(a.industries) + size(b.industries) - size(shared))) / 1000.0 AS jaccard
ORDER BY jaccard DESC, city_a, city_b
