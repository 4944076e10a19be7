package art22.rules.clock

# METADATA
# title: Reads times in the local zone
# description: >-
#   A rule for art22's sandbox tests: it reads a time in the "Local" zone, formats it, and
#   parses a zone abbreviation. art22 evaluates "Local" as UTC and abbreviations in UTC, so
#   its finding is the same whatever TZ the process runs with.
# custom:
#   id: CLOCK-LOCAL-TIME
#   severity: advice
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists for a test.
#   sources: [{kind: guideline, title: art22 test fixture}]
local_time contains {"message": message, "path": ["controller"], "because": because} if {
	# 23:30 on the as-of date: the next day in Tokyo.
	ns := time.parse_ns("2006-01-02", input.evaluation.asOf) + (((23 * 60) + 30) * 60) * 1000000000
	t := [ns, "Local"]
	message := sprintf("%s is a %s", [time.format([ns, "Local", "2006-01-02 15:04 MST"]), time.weekday(t)])
	because := [
		sprintf("clock %v, date %v", [time.clock(t), time.date(t)]),
		sprintf("a month later: %s", [time.format([time.add_date(ns, 0, 1, 0), "Local", "2006-01-02"])]),
		sprintf("since 09:00 JST: %v", [time.diff(t, [time.parse_ns("2006-01-02 15:04 MST", "2026-11-01 09:00 JST"), "Local"])]),
	]
}
