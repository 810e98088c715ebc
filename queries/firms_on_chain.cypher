// title: 产业链上的企业 | Firms on an industry chain
// question: Which named firms sit on an industry or chain (including its sub-chains), and where are they?
// param: industry string Industry -- industry or chain: a plan's or the scheme's name, its English label or notation (example: 生物医药)
// returns: industry, region, firm, plans
MATCH (i:Industry)
WHERE i.name = $industry OR $industry IN i.aliases
MATCH (sub:Industry)-[:BROADER*0..2]->(i)
MATCH (f:Enterprise)-[:IN_INDUSTRY]->(sub)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (f)-[:MENTIONED_IN]->(p:Plan)
WITH i, r, f, p ORDER BY p.title
RETURN i.name AS industry, r.name AS region, f.name AS firm, collect(DISTINCT p.title) AS plans
ORDER BY region, firm, industry
