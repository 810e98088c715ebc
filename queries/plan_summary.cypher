// title: 规划概况 | Plan summary
// question: For each plan: its region, period, and how many entities of each type it names.
// returns: plan, region, period_start, period_end, enterprises, platforms, universities, projects, targets, industries
// Counted label by label (one pass over each label's mentions of the plan) rather than by collecting every
// node that mentions the plan and sorting them by label afterwards (1.8 s -> see bench/RESULTS.md at 10^6).
MATCH (p:Plan)
OPTIONAL MATCH (p)-[:APPLIES_TO]->(r:Region)
OPTIONAL MATCH (e1:Enterprise)-[:MENTIONED_IN]->(p)
WITH p, r, count(DISTINCT e1) AS enterprises
OPTIONAL MATCH (e2:Platform)-[:MENTIONED_IN]->(p)
WITH p, r, enterprises, count(DISTINCT e2) AS platforms
OPTIONAL MATCH (e3:University)-[:MENTIONED_IN]->(p)
WITH p, r, enterprises, platforms, count(DISTINCT e3) AS universities
OPTIONAL MATCH (e4:Project)-[:MENTIONED_IN]->(p)
WITH p, r, enterprises, platforms, universities, count(DISTINCT e4) AS projects
OPTIONAL MATCH (e5:Target)-[:MENTIONED_IN]->(p)
WITH p, r, enterprises, platforms, universities, projects, count(DISTINCT e5) AS targets
OPTIONAL MATCH (e6:Industry)-[:MENTIONED_IN]->(p)
WITH p, r, enterprises, platforms, universities, projects, targets, count(DISTINCT e6) AS industries
RETURN p.title AS plan, r.name AS region, p.period_start AS period_start, p.period_end AS period_end,
       enterprises, platforms, universities, projects, targets, industries
ORDER BY period_start, plan
