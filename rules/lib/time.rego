# Dates and durations, judged as of input.evaluation.asOf.
#
# Rules never read the clock: the as-of date is input, so every run is reproducible.
# Durations in the input are {declared, hours, indefinite, text}.
package art22.lib

# METADATA
# title: The number of whole days from date to the as-of date
days_since(date) := floor((time.parse_ns("2006-01-02", input.evaluation.asOf) - time.parse_ns("2006-01-02", date)) / ((24 * 3600) * 1000000000))

# METADATA
# title: Whether a dated event (YYYY-MM-DD, or empty for never) is older than a duration
# description: >-
#   stale(last, interval) holds when last is empty or more than interval ago; an
#   undeclared interval counts as one year.
stale(last, _) if last == ""

stale(last, interval) if {
	last != ""
	hours := object.get({true: interval.hours}, interval.declared, year_hours)
	days_since(last) * 24 > hours
}

# METADATA
# title: Whether a declared, finite duration is longer than another
longer(d, than) if {
	d.declared
	not d.indefinite
	d.hours > than.hours
}

longer(d, than) if {
	d.indefinite
	not than.indefinite
}
