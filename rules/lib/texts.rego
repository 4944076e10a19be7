# What the texts shown to people say.
#
# A disclosure claim counts only when its quote stands in the text (the input marks it
# evidenced). These rules say which texts are shown when, and what they evidence.
package art22.lib

# METADATA
# title: The disclosures shown with or after each decision, by decision id
shown_by_decision[d.id] := [ds |
	some ds in input.disclosures
	ds.stage in decision_stages
	d.id in ds.decisions
] if {
	some d in input.decisions
}

# METADATA
# title: The disclosures shown with or after decision d
shown_at_decision(d) := shown_by_decision[d.id]

# METADATA
# title: Whether disclosure ds makes an evidenced claim on topic
says(ds, topic) if {
	some c in ds.covers
	c.topic == topic
	c.evidenced
}

# METADATA
# title: Whether disclosure ds makes an evidenced claim on topic about entry id
# description: field is factor, purpose, recipient or category.
says_about(ds, topic, field, id) if {
	some c in ds.covers
	c.topic == topic
	c[field] == id
	c.evidenced
}

# METADATA
# title: Claims on topic about id whose quote does not stand in the text, in words
# description: They do not count, and findings say so.
unevidenced(disclosures, topic, field, id) := [$"disclosure `{ds.id}` claims {topic} for `{id}`, but its quote does not stand in {text_where(ds)}" |
	some ds in disclosures
	some c in ds.covers
	c.topic == topic
	c[field] == id
	not c.evidenced
]

# METADATA
# title: The texts that inform the person before or when data is collected
notices := [ds | some ds in input.disclosures; ds.stage in notice_stages]

# METADATA
# title: The texts that inform the person of processing, before, at or after collection
informing := [ds | some ds in input.disclosures; ds.stage in informing_stages]

# METADATA
# title: Whether a notice evidences topic
notice_says(topic) if {
	some ds in notices
	says(ds, topic)
}

# METADATA
# title: Where a disclosure's text comes from, in words
# description: >-
#   "its text" for text written in the declaration; "its file F" or "section S of its
#   file F" for the text read from the file the insurer publishes (textFile).
text_where(ds) := "its text" if ds.textFile == ""

text_where(ds) := $"its file {ds.textFile}" if {
	ds.textFile != ""
	ds.section == ""
}

text_where(ds) := $"section `{ds.section}` of its file {ds.textFile}" if {
	ds.textFile != ""
	ds.section != ""
}
