# What the texts shown to people say.
#
# A disclosure claim counts only when its quote stands in the text (the input marks it
# evidenced). These rules say which texts are shown when, and what they evidence.
package art22.lib

# METADATA
# title: The disclosures about each decision, by decision id, in the declaration's order
# description: >-
#   A disclosure names the decisions it is about (decisions; every decision when it names
#   none). Computed once per declaration: rules look texts up here rather than scanning
#   every disclosure's list for every decision.
texts_about := {d.id: [input.disclosures[i] | some i in sort(object.get(_texts_about, d.id, set()))] | some d in input.decisions}

# The indexes of the disclosures about each decision, by decision id.
_texts_about := _texts_naming

_texts_naming[id] contains i if {
	some i, ds in input.disclosures
	some id in ds.decisions
}

# METADATA
# title: The disclosures shown with or after each decision, by decision id
shown_by_decision := {id: [ds | some ds in texts; ds.stage in decision_stages] | some id, texts in texts_about}

# METADATA
# title: The disclosures shown with or after decision d
shown_at_decision(d) := shown_by_decision[d.id]

# METADATA
# title: Whether disclosure ds makes an evidenced claim on topic
says(ds, topic) if topic in _topics_said[ds.id]

_topics_said := {ds.id: {c.topic | some c in ds.covers; c.evidenced} | some ds in input.disclosures}

# METADATA
# title: Whether disclosure ds makes an evidenced claim on topic about entry id
# description: field is factor, purpose, recipient or category.
says_about(ds, topic, field, id) if [topic, field, id] in _said_about[ds.id]

# The evidenced claims of each disclosure about an entry, as [topic, field, id].
_said_about := {ds.id: {[c.topic, f, c[f]] |
	some c in ds.covers
	c.evidenced
	some f in {"factor", "purpose", "recipient", "category"}
	c[f] != ""
} |
	some ds in input.disclosures
}

# METADATA
# title: The evidenced claims of the texts that inform the person, as [topic, field, id]
# description: >-
#   Of the disclosures in informing (before, at or after collection): whether some such
#   text names an entry is one lookup.
informing_said_about := {x | some ds in informing; some x in _said_about[ds.id]}

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
# title: Claims on topic about id in the texts that inform the person whose quote does not stand in the text, in words
# description: >-
#   unevidenced(informing, topic, field, id), looked up in an index computed once per
#   declaration, in the declaration's order.
informing_unevidenced(topic, field, id) := [$"disclosure `{ds.id}` claims {topic} for `{id}`, but its quote does not stand in {text_where(ds)}" |
	some [i, _] in sort(_informing_unevidenced[[topic, field, id]])
	ds := input.disclosures[i]
]

# The unevidenced claims about an entry of the texts that inform the person, as [disclosure
# index, claim index], by [topic, field, id]. (A complete rule: computed once, where a
# partial rule would be evaluated again for every key it does not hold.)
_informing_unevidenced := _unevidenced_claims

_unevidenced_claims[[c.topic, f, c[f]]] contains [i, j] if {
	some i, ds in input.disclosures
	ds.stage in informing_stages
	some j, c in ds.covers
	not c.evidenced
	some f in {"factor", "purpose", "recipient", "category"}
	c[f] != ""
}

# METADATA
# title: The texts that inform the person before or when data is collected
notices := [ds | some ds in input.disclosures; ds.stage in notice_stages]

# METADATA
# title: The texts that inform the person of processing, before, at or after collection
informing := [ds | some ds in input.disclosures; ds.stage in informing_stages]

# METADATA
# title: Whether a notice evidences topic
notice_says(topic) if topic in _notice_topics

_notice_topics := {t | some ds in notices; some t in _topics_said[ds.id]}

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
