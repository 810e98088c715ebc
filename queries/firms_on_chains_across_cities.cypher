// title: 跨城市产业链企业 | Firms on chains across cities
// question: For each industry or chain that has named firms in two or more cities, which firms are on it in each city?
// param: min_cities int = 2 -- least number of cities a chain must reach (example: 2)
// returns: chain, cities, city, firms
MATCH (:Plan)-[:APPLIES_TO]->(governed:Region)
WITH collect(DISTINCT governed) AS cities
MATCH (f:Enterprise)-[:IN_INDUSTRY]->(i:Industry)
MATCH (f)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(city:Region)
WHERE city IN cities
WITH i, city, f ORDER BY f.name
WITH i, city, collect(DISTINCT f.name) AS firms
WITH i, collect({city: city.name, firms: firms}) AS per_city
WHERE size(per_city) >= $min_cities
UNWIND per_city AS entry
RETURN i.name AS chain, size(per_city) AS cities, entry.city AS city, entry.firms AS firms
ORDER BY cities DESC, chain, city
