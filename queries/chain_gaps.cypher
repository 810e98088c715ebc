// title: 补链缺口 | Chain gaps
// question: Which industries does a city prioritise with no named firm or no named platform of its own on them, and which cities have what it lacks (补链 candidates)?
// param: city string Region = "" -- one city by name, alias or GB/T 2260 code, empty for all (example: 荆门市)
// returns: city, industry, lacks, candidate_cities
// Whether a city has a firm (a platform) on an industry is read from the city's side: the industries of the firms
// and platforms in it and its parts, once per city, rather than every firm of each industry it prioritises
// (3.7 s -> see bench/RESULTS.md at 1,000,000 nodes). A city counts as having one when a governed region of
// the same name has, as when the check went by name. Which other cities have what it lacks is then found
// only for the industries some city lacks, once per industry, tested against the short list of governed
// cities rather than by walking back from each city over APPLIES_TO, which every target of it points along.
MATCH (:Plan)-[:APPLIES_TO]->(g:Region)
WITH collect(DISTINCT g) AS governed
MATCH (p:Plan)-[:APPLIES_TO]->(c:Region)
WHERE $city = "" OR c.name = $city OR $city IN c.aliases
MATCH (p)-[:PRIORITISES]->(i:Industry)
WITH DISTINCT governed, c, i
WITH governed, c, collect(i) AS wanted
UNWIND [g IN governed WHERE g.name = c.name] AS namesake
WITH governed, c, wanted,
     [(namesake)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Enterprise)-[:IN_INDUSTRY]->(fi:Industry) | fi] AS fis,
     [(namesake)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Platform)-[:IN_INDUSTRY]->(pi:Industry) | pi] AS pis
WITH governed, c, wanted, collect(fis) AS firm_lists, collect(pis) AS platform_lists
WITH governed, c, wanted, reduce(all = [], l IN firm_lists | all + l) AS firm_industries,
     reduce(all = [], l IN platform_lists | all + l) AS platform_industries
UNWIND wanted AS i
WITH governed, c, i, NOT i IN firm_industries AS no_firm, NOT i IN platform_industries AS no_platform
WHERE no_firm OR no_platform
WITH governed, i, collect({city: c, no_firm: no_firm, no_platform: no_platform}) AS gaps
WITH i, gaps,
     [(i)<-[:IN_INDUSTRY]-(:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(fc:Region)
      WHERE fc IN governed | fc.name] AS firm_cities,
     [(i)<-[:IN_INDUSTRY]-(:Platform)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(pc:Region)
      WHERE pc IN governed | pc.name] AS platform_cities
UNWIND gaps AS gap
WITH gap.city AS c, i, firm_cities, platform_cities, gap.no_firm AS no_firm, gap.no_platform AS no_platform
WITH c, i, CASE WHEN no_firm AND no_platform THEN "firms and platforms" WHEN no_firm THEN "firms"
                ELSE "platforms" END AS lacks,
     CASE WHEN no_firm THEN firm_cities ELSE platform_cities END AS has_it
UNWIND (CASE WHEN size(has_it) = 0 THEN [null] ELSE has_it END) AS candidate
WITH c, i, lacks, candidate ORDER BY candidate
WITH c, i, lacks, collect(DISTINCT candidate) AS candidate_cities
RETURN c.name AS city, i.name AS industry, lacks, candidate_cities
ORDER BY city, size(candidate_cities) DESC, industry
