# METADATA
# title: Helpers for reading a normalised declaration
# description: >-
#   Shared definitions for art22's rules and for rule packs: classes of data,
#   adverse outcomes, lookups by id, and what disclosure texts say. The input is
#   the normalised declaration (art22 normalize FILE prints it): every field is
#   present, and a disclosure claim counts only when its quote stands in the text.
package art22.lib

# The special categories of personal data (GDPR Art. 9(1)).
special_classes := {
	"health", "genetic", "biometric", "racial-or-ethnic-origin", "political-opinions",
	"religious-or-philosophical-beliefs", "trade-union-membership", "sex-life-or-sexual-orientation",
}

# Outcomes that do not grant the request in full at standard terms.
adverse_outcomes := {"decline", "premium-loading", "exclusion", "postponement", "price"}

# Factor effects that change the outcome against the person.
adverse_effects := {"decline", "premium-loading", "exclusion", "postponement"}

# Stages at which a text is shown with or after the decision.
decision_stages := {"at-decision", "after-decision"}

# Art. 9(2) conditions that need a basis in Union or Member State law.
conditions_needing_law := {
	"employment-social-protection", "substantial-public-interest",
	"health-or-social-care", "public-health", "archiving-research-statistics",
}

# Lookups by id. Each index is built once per evaluation, so a lookup costs
# the same however many entries the declaration has.
categories_by_id := {c.id: c | some c in input.dataCategories}

consents_by_id := {c.id: c | some c in input.consents}

disclosures_by_id := {d.id: d | some d in input.disclosures}

purposes_by_id := {p.id: p | some p in input.purposes}

decisions_by_id := {d.id: d | some d in input.decisions}

category(id) := categories_by_id[id]

consent(id) := consents_by_id[id]

disclosure(id) := disclosures_by_id[id]

# special(id) holds when data category id is of a special category.
special(id) if category(id).class in special_classes

# A decision is within Art. 22(1) when it is solely automated and the engine
# itself reaches an outcome that does not grant the request in full.
within_art22(d) if {
	d.automation == "solely-automated"
	some o in d.outcomes
	o.decidedBy == "engine"
	o.type in adverse_outcomes
}

# The adverse outcomes the engine reaches in decision d, sorted.
engine_adverse_outcomes(d) := sort({o.type |
	some o in d.outcomes
	o.decidedBy == "engine"
	o.type in adverse_outcomes
})

# The disclosures shown with or after each decision, by decision id.
shown_by_decision := {d.id: [ds |
	some ds in input.disclosures
	ds.stage in decision_stages
	d.id in ds.decisions
] | some d in input.decisions}

# The disclosures shown with or after decision d.
shown_at_decision(d) := shown_by_decision[d.id]

# says(ds, topic) holds when disclosure ds makes an evidenced claim on topic.
says(ds, topic) if {
	some c in ds.covers
	c.topic == topic
	c.evidenced
}

# says_about(ds, topic, field, id) holds when disclosure ds makes an evidenced
# claim on topic about the entry id (field is factor, purpose, recipient or category).
says_about(ds, topic, field, id) if {
	some c in ds.covers
	c.topic == topic
	c[field] == id
	c.evidenced
}

# Claims on topic about id whose quote does not stand in the text, as
# "disclosure `x`" strings: they do not count, and findings say so.
unevidenced(disclosures, topic, field, id) := [sprintf("disclosure `%s` claims %s for `%s`, but its quote does not stand in its text", [ds.id, topic, id]) |
	some ds in disclosures
	some c in ds.covers
	c.topic == topic
	c[field] == id
	not c.evidenced
]

# Words for effects and outcomes, for messages.
effect_words := {
	"decline": "declines the application",
	"premium-loading": "loads the premium",
	"exclusion": "excludes cover",
	"postponement": "postpones cover",
	"price": "sets the price",
	"discount": "discounts the premium",
	"referral": "refers the case to a human",
}

# A list of ids as `a`, `b` and `c`.
quoted(ids) := "none" if count(ids) == 0

quoted(ids) := s if {
	count(ids) > 0
	s := concat(", ", [sprintf("`%s`", [x]) | some x in ids])
}
