// title: 实体关联路径 | How two entities connect
// question: What is the shortest chain of relationships (up to four steps, plans and mentions aside) between two named entities?
// param: from string -- the first entity's name or alias (example: 华中科技大学)
// param: to string -- the second entity's name or alias (example: 鄂州市)
// returns: hops, names, relationships
MATCH (a) WHERE a.name = $from OR $from IN a.aliases
MATCH (b) WHERE b.name = $to OR $to IN b.aliases
MATCH p = (a)-[:LOCATED_IN|PART_OF|IN_INDUSTRY|BROADER|HOSTED_BY|COOPERATES_WITH|UNDERTAKES|RESPONSIBLE_FOR|APPLIES_TO*1..4]-(b)
WITH p, length(p) AS hops, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relationships
RETURN hops, names, relationships
ORDER BY hops, names, relationships
LIMIT 5
