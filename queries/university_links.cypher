// title: 高校院所合作网络 | University links
// question: Which universities and institutes do cities, firms and platforms work with, and which platforms do they host?
// param: university string University = "" -- one university by name or alias, empty for all (example: 华中科技大学)
// returns: university, cooperating_cities, cooperating_organisations, hosted_platforms, plans
MATCH (u:University)
WHERE $university = "" OR u.name = $university OR $university IN u.aliases
OPTIONAL MATCH (c:Region)-[:COOPERATES_WITH]->(u)
WITH u, c ORDER BY c.name
WITH u, collect(DISTINCT c.name) AS cities
OPTIONAL MATCH (o)-[:COOPERATES_WITH]-(u)
WHERE NOT o:Region
WITH u, cities, o ORDER BY o.name
WITH u, cities, collect(DISTINCT o.name) AS organisations
OPTIONAL MATCH (pl:Platform)-[:HOSTED_BY]->(u)
WITH u, cities, organisations, pl ORDER BY pl.name
WITH u, cities, organisations, collect(DISTINCT pl.name) AS platforms
OPTIONAL MATCH (u)-[:MENTIONED_IN]->(p:Plan)
WITH u, cities, organisations, platforms, p ORDER BY p.title
WITH u, cities, organisations, platforms, collect(DISTINCT p.title) AS plans
RETURN u.name AS university, cities AS cooperating_cities, organisations AS cooperating_organisations,
       platforms AS hosted_platforms, plans
ORDER BY size(cooperating_cities) + size(cooperating_organisations) + size(hosted_platforms) DESC, university
