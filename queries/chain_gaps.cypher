// title: 补链缺口 | Chain gaps
// question: Which industries does a city prioritise with no named firm or no named platform of its own on them, and which cities have what it lacks (补链 candidates)?
// param: city string Region = "" -- one city by name, alias or GB/T 2260 code, empty for all (example: 荆门市)
// returns: city, industry, lacks, candidate_cities
MATCH (:Plan)-[:APPLIES_TO]->(g:Region)
WITH collect(DISTINCT g) AS governed
MATCH (p:Plan)-[:APPLIES_TO]->(c:Region)
MATCH (p)-[:PRIORITISES]->(i:Industry)
WHERE $city = "" OR c.name = $city OR $city IN c.aliases
WITH DISTINCT governed, c, i
// Where each industry's firms and platforms are is the same for every city that prioritises it: find it
// once per industry, not once per (city, industry) pair (16 s -> 1.7 s on a 100,000-node graph); and test
// "a city some plan governs" against that short list, not by walking back from the city over APPLIES_TO,
// which every target of the city also points along (101 s -> 3.7 s at 1,000,000 nodes).
WITH governed, i, collect(c) AS cities
WITH i, cities,
     [(i)<-[:IN_INDUSTRY]-(:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(fc:Region)
      WHERE fc IN governed | fc.name] AS firm_cities,
     [(i)<-[:IN_INDUSTRY]-(:Platform)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(pc:Region)
      WHERE pc IN governed | pc.name] AS platform_cities
UNWIND cities AS c
WITH c, i, firm_cities, platform_cities, NOT c.name IN firm_cities AS no_firm, NOT c.name IN platform_cities AS no_platform
WHERE no_firm OR no_platform
WITH c, i, CASE WHEN no_firm AND no_platform THEN "firms and platforms" WHEN no_firm THEN "firms"
                ELSE "platforms" END AS lacks,
     CASE WHEN no_firm THEN firm_cities ELSE platform_cities END AS has_it
UNWIND (CASE WHEN size(has_it) = 0 THEN [null] ELSE has_it END) AS candidate
WITH c, i, lacks, candidate ORDER BY candidate
WITH c, i, lacks, collect(DISTINCT candidate) AS candidate_cities
RETURN c.name AS city, i.name AS industry, lacks, candidate_cities
ORDER BY city, size(candidate_cities) DESC, industry
