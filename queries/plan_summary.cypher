// title: 规划概况 | Plan summary
// question: For each plan: its region, period, and how many entities of each type it names.
// returns: plan, region, period_start, period_end, enterprises, platforms, universities, projects, targets, industries
MATCH (p:Plan)
OPTIONAL MATCH (p)-[:APPLIES_TO]->(r:Region)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(p)
WITH p, r, collect(DISTINCT e) AS named
RETURN p.title AS plan, r.name AS region, p.period_start AS period_start, p.period_end AS period_end,
       size([x IN named WHERE 'Enterprise' IN labels(x)]) AS enterprises,
       size([x IN named WHERE 'Platform' IN labels(x)]) AS platforms,
       size([x IN named WHERE 'University' IN labels(x)]) AS universities,
       size([x IN named WHERE 'Project' IN labels(x)]) AS projects,
       size([x IN named WHERE 'Target' IN labels(x)]) AS targets,
       size([x IN named WHERE 'Industry' IN labels(x)]) AS industries
ORDER BY period_start, plan
