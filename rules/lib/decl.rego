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

# Topics whose data reveals health (GDPR Art. 4(15)), including lifestyle data
# insurers use as health risk markers.
health_topics := {
	"smoking", "alcohol", "drug-use", "build", "medication", "diagnosis", "medical-history",
	"treatment", "doctor-visits", "disability", "pregnancy", "fitness-to-work", "family-history",
}

# Topics that are genetic data or reveal a person's genotype.
genetic_topics := {"genetic-test", "hereditary-disease"}

# Topics that are Art. 9(1) categories other than health and genetic data.
other_special_topics := {
	"ethnic-origin": "racial-or-ethnic-origin", "religion": "religious-or-philosophical-beliefs",
	"political-opinion": "political-opinions", "trade-union": "trade-union-membership",
	"sexual-life": "sex-life-or-sexual-orientation", "biometric": "biometric",
}

# Protected characteristics that a rating factor may not use, or stand in for,
# without an objective justification (sex and age have rules of their own).
protected_topics := {"nationality", "ethnic-origin", "religion", "political-opinion", "trade-union", "sexual-life", "disability"}

# Data subjects who are the person applying, insured or otherwise party.
own_subjects := {"applicant", "insured", "policyholder", "claimant", "patient", "employee"}

# Sources that are not the person themselves.
first_hand_sources := {"data-subject", "derived"}

# Stages at which a text informs the person about the processing.
notice_stages := {"before-collection", "at-consent"}

informing_stages := {"before-collection", "at-consent", "after-third-party-collection"}

# The texts that inform the person before or when data is collected.
notices := [ds | some ds in input.disclosures; ds.stage in notice_stages]

informing := [ds | some ds in input.disclosures; ds.stage in informing_stages]

# notice_says(topic) holds when a notice evidences topic.
notice_says(topic) if {
	some ds in notices
	says(ds, topic)
}

# Member States of the European Union (ISO 3166-1 alpha-2).
eu_countries := {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}

# The European Economic Area: the EU with Iceland, Liechtenstein and Norway.
eea_countries := eu_countries | {"IS", "LI", "NO"}

products_by_id := {p.id: p | some p in input.products}

# Category ids used by each purpose and decision.
used_by_purposes := {c | some p in input.purposes; some c in p.categories}

used_by_decisions := {c | some d in input.decisions; some c in d.inputs} | {f.category | some d in input.decisions; some f in d.factors}

used_categories := used_by_purposes | used_by_decisions

# The countries whose rules apply to a category: where the products of the
# decisions that use it are sold, or, for data no decision uses, where any
# product is sold.
category_countries(id) := cs if {
	cs := {c |
		some d in input.decisions
		uses(d, id)
		some c in products_by_id[d.product].countries
	}
	count(cs) > 0
}

category_countries(id) := {c | some p in input.products; some c in p.countries} if {
	not decision_uses(id)
}

decision_uses(id) if {
	some d in input.decisions
	uses(d, id)
}

uses(d, id) if id in d.inputs

uses(d, id) if {
	some f in d.factors
	f.category == id
}

# The special categories a decision uses.
special_inputs(d) := sort({c | some c in d.inputs; special(c)} | {f.category | some f in d.factors; special(f.category)})

# Durations: a month as Art. 12(3) counts it, at most 31 days.
one_month_hours := 744

# days_since(date) is the number of whole days from date to the as-of date.
days_since(date) := floor((time.parse_ns("2006-01-02", input.evaluation.asOf) - time.parse_ns("2006-01-02", date)) / (24 * 3600 * 1000000000))

# Channels ranked by how easy they are to use: online and email are easiest.
channel_ease := {"online": 1, "app": 1, "email": 1, "phone": 2, "branch": 3, "post": 3}

easiest(channels) := min({channel_ease[c] | some c in channels})
