// title: 部门责任分工 | Agency responsibilities
// question: Which departments are named responsible, for which projects, programmes, platforms and targets, in which actions of which plan?
// param: agency string Agency = "" -- one department by name or alias, empty for all (example: 市科技局)
// returns: agency, plan, actions, projects, programmes, platforms, targets
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(x)
WHERE $agency = "" OR a.name = $agency OR $agency IN a.aliases
MATCH (a)-[:MENTIONED_IN]->(p:Plan)
WITH a, p, r, x
WHERE x = p OR (x)-[:MENTIONED_IN]->(p)
WITH a, p, r, x ORDER BY x.name, x.id
WITH a, p, collect(DISTINCT x) AS things, collect(r.section) AS sections
RETURN a.name AS agency, p.title AS plan,
       reduce(acc = [], s IN sections | acc + [t IN s WHERE NOT t IN acc]) AS actions,
       [t IN things WHERE 'Project' IN labels(t) | t.name] AS projects,
       [t IN things WHERE 'Programme' IN labels(t) | t.name] AS programmes,
       [t IN things WHERE 'Platform' IN labels(t) | t.name] AS platforms,
       [t IN things WHERE 'Target' IN labels(t) | t.name] AS targets
ORDER BY size(projects) + size(programmes) + size(platforms) + size(targets) DESC, agency, plan
