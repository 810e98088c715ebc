// title: 各地奖补政策 | Incentives by city
// question: What does each city offer in subsidies and rewards, for what, on what condition, and how much?
// param: city string Region = "" -- one city by name, alias or GB/T 2260 code, empty for all (example: 天门市)
// param: rewards string = "" -- words of what is rewarded, empty for all (example: 高新技术企业)
// returns: city, plan, rewards, kind, amount, amount_max, unit, condition, agencies
MATCH (p:Plan)-[:OFFERS]->(i:Incentive)
MATCH (p)-[:APPLIES_TO]->(c:Region)
WHERE ($city = "" OR c.name = $city OR $city IN c.aliases) AND ($rewards = "" OR coalesce(i.rewards, "") CONTAINS $rewards)
OPTIONAL MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(i)
WITH c, p, i, a ORDER BY a.name
WITH c, p, i, collect(DISTINCT a.name) AS agencies
RETURN c.name AS city, p.title AS plan, coalesce(i.rewards, "") AS rewards, i.kind AS kind,
       i.value AS amount, i.value_max AS amount_max, i.unit AS unit, coalesce(i.condition, "") AS condition,
       agencies
ORDER BY city, plan, rewards, amount DESC, kind
