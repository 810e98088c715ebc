// title: 实体档案 | Entity profile
// question: Everything the graph holds about one entity: what it is, where, on which industries, what it hosts or undertakes, and where the plans mention it.
// param: name string Entity -- the entity's name or an alias (example: 益泰药业)
// returns: id, type, name, aliases, regions, industries, related, mentions
MATCH (e)
WHERE e.name = $name OR $name IN e.aliases
OPTIONAL MATCH (e)-[:LOCATED_IN|APPLIES_TO]->(r:Region)
WITH e, r ORDER BY r.name
WITH e, collect(DISTINCT r.name) AS regions
OPTIONAL MATCH (e)-[:IN_INDUSTRY]->(i:Industry)
WITH e, regions, i ORDER BY i.name
WITH e, regions, collect(DISTINCT i.name) AS industries
OPTIONAL MATCH (e)-[rel:HOSTED_BY|UNDERTAKES|COOPERATES_WITH|RESPONSIBLE_FOR|PART_OF|SETS_TARGET|MEASURES]-(o)
WHERE NOT o:Plan OR type(rel) <> "MENTIONED_IN"
WITH e, regions, industries, type(rel) + ": " + coalesce(o.name, o.id) AS link ORDER BY link
WITH e, regions, industries, collect(DISTINCT link) AS related
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(p:Plan)
WITH e, regions, industries, related, m, p ORDER BY p.title, p.id
WITH e, regions, industries, related,
     collect({plan: p.title, sections: m.section, texts: m.text}) AS mentions
RETURN e.id AS id, labels(e)[0] AS type, e.name AS name, e.aliases AS aliases, regions, industries,
       [x IN related WHERE x IS NOT NULL] AS related, [x IN mentions WHERE x.plan IS NOT NULL] AS mentions
ORDER BY id
