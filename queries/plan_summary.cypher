// title: 规划概况 | Plan summary
// question: For each plan: its region, period, and how many entities of each type it names.
// returns: plan, region, period_start, period_end, enterprises, platforms, universities, projects, targets, industries
// Counted per label in one pass over the plan's mentions, instead of collecting every node that mentions the
// plan and sorting them by label afterwards (at 10^6 nodes about 2x faster on Neo4j and 3x on the embedded
// store; one OPTIONAL MATCH per label was faster still on the embedded store but 1.5x slower on Neo4j).
// kg answers this text from the counts each plan keeps at build time (kg/store/kept_plans.py; 0.9 s -> 10-20 ms
// at 10^6 nodes); an edited copy is walked as written.
MATCH (p:Plan)
OPTIONAL MATCH (p)-[:APPLIES_TO]->(r:Region)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(p)
WITH p, r, labels(e)[0] AS kind, count(DISTINCT e) AS named
WITH p, r, collect({kind: kind, named: named}) AS counts
RETURN p.title AS plan, r.name AS region, p.period_start AS period_start, p.period_end AS period_end,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Enterprise' THEN c.named ELSE 0 END) AS enterprises,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Platform' THEN c.named ELSE 0 END) AS platforms,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'University' THEN c.named ELSE 0 END) AS universities,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Project' THEN c.named ELSE 0 END) AS projects,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Target' THEN c.named ELSE 0 END) AS targets,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Industry' THEN c.named ELSE 0 END) AS industries
ORDER BY period_start, plan
