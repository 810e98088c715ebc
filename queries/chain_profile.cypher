// title: 产业链画像 | Chain profile
// question: For one industry or chain (with its sub-chains), what does each city have on it: firms, platforms, universities, projects, targets?
// param: industry string Industry -- industry or chain: a plan's or the scheme's name, its English label or notation (example: 生物医药)
// returns: industry, city, firms, platforms, universities, projects, targets
// The cities some plan governs, found first: walking back from each city over APPLIES_TO would also visit
// every target of the city (2.2 s -> 0.12 s at 1,000,000 nodes).
MATCH (:Plan)-[:APPLIES_TO]->(governed:Region)
WITH collect(DISTINCT governed) AS cities
MATCH (i:Industry)
WHERE i.name = $industry OR $industry IN i.aliases
MATCH (sub:Industry)-[:BROADER*0..2]->(i)
MATCH (x)-[:IN_INDUSTRY]->(sub)
MATCH (x)-[:LOCATED_IN|APPLIES_TO]->(:Region)-[:PART_OF*0..3]->(city:Region)
WHERE city IN cities
WITH i, city, x ORDER BY x.name, x.id
WITH i, city, collect(DISTINCT x) AS things
RETURN i.name AS industry, city.name AS city,
       [t IN things WHERE 'Enterprise' IN labels(t) | t.name] AS firms,
       [t IN things WHERE 'Platform' IN labels(t) | t.name] AS platforms,
       [t IN things WHERE 'University' IN labels(t) | t.name] AS universities,
       [t IN things WHERE 'Project' IN labels(t) | t.name] AS projects,
       [t IN things WHERE 'Target' IN labels(t) | t.name] AS targets
ORDER BY city, industry
