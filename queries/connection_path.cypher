// title: 实体关联路径 | How two entities connect
// question: What are the shortest chains of relationships (up to four steps, plans and mentions aside) between two named entities, none passing through an entity twice?
// param: from string Entity -- the first entity: a name, alias, GB/T 2260 code or industry label (example: 华中科技大学)
// param: to string Entity -- the second entity: a name, alias, code or label (example: 鄂州市)
// returns: hops, names, relationships
// allShortestPaths is a breadth-first search from both ends that stops at the shortest length, so a path never
// comes back through a node, and hub cities cost one step instead of every 4-hop walk through them (52 s -> see
// bench/RESULTS.md at 1,000,000 nodes). FalkorDB runs it only between ends bound by an earlier clause: the WITH.
MATCH (a) WHERE a.name = $from OR $from IN a.aliases
MATCH (b) WHERE b.name = $to OR $to IN b.aliases
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[:LOCATED_IN|PART_OF|IN_INDUSTRY|BROADER|HOSTED_BY|COOPERATES_WITH|UNDERTAKES|RESPONSIBLE_FOR|APPLIES_TO*1..4]-(b))
WITH length(p) AS hops, [n IN nodes(p) | coalesce(n.name, n.id)] AS names, [r IN relationships(p) | type(r)] AS relationships
RETURN hops, names, relationships
ORDER BY hops, names, relationships
LIMIT 5
