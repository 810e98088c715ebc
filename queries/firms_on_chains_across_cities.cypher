// title: 跨城市产业链企业 | Firms on chains across cities
// question: For each industry or chain that has named firms in two or more cities, which firms are on it in each city?
// param: min_cities int = 2 -- least number of cities a chain must reach (example: 2)
// returns: chain, cities, city, firms
// Each region is mapped to the governed cities it lies in once, not once per firm: each firm is then one step
// from its region (2.6 s -> see bench/RESULTS.md at 1,000,000 nodes). It still names every firm on a chain in
// two cities, so its cost grows with the graph.
MATCH (:Plan)-[:APPLIES_TO]->(governed:Region)
WITH collect(DISTINCT governed) AS cities
MATCH (r:Region)-[:PART_OF*0..3]->(city:Region)
WHERE city IN cities
WITH DISTINCT r, city
MATCH (r)<-[:LOCATED_IN]-(f:Enterprise)-[:IN_INDUSTRY]->(i:Industry)
WITH i, city, f.name AS firm ORDER BY firm
WITH i, city, collect(DISTINCT firm) AS firms
WITH i, collect({city: city.name, firms: firms}) AS per_city
WHERE size(per_city) >= $min_cities
UNWIND per_city AS entry
RETURN i.name AS chain, size(per_city) AS cities, entry.city AS city, entry.firms AS firms
ORDER BY cities DESC, chain, city
