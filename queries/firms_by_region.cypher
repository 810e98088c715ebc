// title: 各地企业 | Firms by region
// question: Which named firms does each region (city, county or park) have, and on which industries?
// param: region string = "" -- limit to one region by name, e.g. 天门市; empty for all (example: 鄂州市)
// returns: region, firm, industries
MATCH (f:Enterprise)-[:LOCATED_IN]->(r:Region)
WHERE $region = "" OR r.name = $region OR $region IN r.aliases
OPTIONAL MATCH (f)-[:IN_INDUSTRY]->(i:Industry)
RETURN r.name AS region, f.name AS firm, collect(DISTINCT i.name) AS industries
ORDER BY region, firm
