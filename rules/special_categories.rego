# METADATA
# title: Special categories of personal data (GDPR Art. 9)
# description: Rules on health, genetic and other special-category data.
package art22.rules.special_categories

import data.art22.lib

# METADATA
# title: Special-category data is used without an Art. 9(2) condition
# description: >-
#   Every purpose that uses a special category (health, genetic, biometric...) needs one
#   of the conditions of Art. 9(2). Where the condition rests on Union or Member State
#   law ((b), (g), (h), (i), (j)) the law must be named; where it is explicit consent
#   (a), the consent must be named and declared explicit. The rule does not judge
#   whether the law named really authorises the processing.
# custom:
#   id: ART9-2-NO-CONDITION
#   severity: violation
#   articles:
#     - GDPR Art. 9(1)
#     - GDPR Art. 9(2)
#   humanReview: Whether the condition declared really applies (consent explicit and freely given; the law named really authorises this processing with suitable safeguards).
#   remediation: >-
#     Give the purpose a specialCategoryCondition. For conditions that rest on law, name
#     the law in conditionLaw; for explicit-consent, name an explicit consent in consent.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 9
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
no_condition contains finding if {
	some i, p in input.purposes
	special := [c | some c in p.categories; lib.special(c)]
	count(special) > 0
	some problem in condition_problems(p)
	finding := {
		"message": sprintf("purpose `%s` uses special-category data (%s) but %s", [p.id, lib.quoted(special), problem.message]),
		"path": array.concat(["purposes", i], problem.path),
		"because": [
			sprintf("purpose `%s` uses %s", [p.id, concat(", ", [sprintf("`%s` (%s)", [c, lib.category(c).class]) | some c in special])]),
			problem.fact,
		],
	}
}

condition_problems(p) := {x |
	p.specialCategoryCondition == ""
	x := {"message": "declares no Art. 9(2) condition", "path": ["specialCategoryCondition"], "fact": "specialCategoryCondition is empty"}
} | {x |
	p.specialCategoryCondition in lib.conditions_needing_law
	p.conditionLaw == ""
	x := {
		"message": sprintf("the law that condition %s rests on is not named", [p.specialCategoryCondition]),
		"path": ["conditionLaw"],
		"fact": sprintf("condition %s needs a basis in Union or Member State law and conditionLaw is empty", [p.specialCategoryCondition]),
	}
} | {x |
	p.specialCategoryCondition == "explicit-consent"
	p.consent == ""
	x := {"message": "names no consent for condition explicit-consent", "path": ["consent"], "fact": "condition is explicit-consent (Art. 9(2)(a)) and no consent is named"}
} | {x |
	p.specialCategoryCondition == "explicit-consent"
	p.consent != ""
	not lib.consent(p.consent).explicit
	x := {"message": sprintf("consent `%s` is not explicit", [p.consent]), "path": ["consent"], "fact": sprintf("condition is explicit-consent and consent `%s` is not declared explicit", [p.consent])}
}

# METADATA
# title: Data that reveals health is not classified as health data
# description: >-
#   Data about smoking, alcohol or drug use, build or body-mass index, medication,
#   diagnoses, treatment, doctor visits, disability, pregnancy, fitness to work or family
#   medical history reveals health (Art. 4(15): data related to health that reveal
#   information about health status), and genetic tests or hereditary diseases are genetic
#   or health data; ethnic origin, religion, political opinion, trade-union membership, sex
#   life and biometric data are special categories too (Art. 9(1)). Declared as ordinary
#   data, they escape every safeguard. Icelandic law lists medicine, alcohol and drug use
#   among health data expressly (Persónuvernd, case 2024020415, para 17); that smoking
#   status and build are health data is the prevailing reading, not a holding of a court.
# custom:
#   id: ART9-1-UNFLAGGED-HEALTH
#   severity: violation
#   articles:
#     - GDPR Art. 4(15)
#     - GDPR Art. 9(1)
#   humanReview: Whether a category declared with a neutral topic in fact reveals health or another special category.
#   remediation: Classify the category by what it reveals (class health, genetic, or the special category concerned).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 4(15), 9(1) and Recital 35
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 17
#   example: |
#     dataCategories:
#       - id: smoking
#         about: smoking
#         class: health
unflagged_health contains finding if {
	some i, c in input.dataCategories
	want := expected_classes(c.about)
	count(want) > 0
	not c.class in want
	finding := {
		"message": sprintf("data category `%s` is about %s but is classified %s", [c.id, c.about, c.class]),
		"path": ["dataCategories", i, "class"],
		"because": [sprintf("data category `%s` (%s) is declared about %s, class %s; data about %s is %s data", [c.id, c.name, c.about, c.class, c.about, concat(" or ", sort(want))])],
	}
}

expected_classes(about) := {"health"} if about in lib.health_topics

expected_classes(about) := {"genetic", "health"} if about in lib.genetic_topics

expected_classes(about) := {lib.other_special_topics[about]} if lib.other_special_topics[about]

expected_classes(about) := set() if {
	not about in lib.health_topics
	not about in lib.genetic_topics
	not lib.other_special_topics[about]
}

# METADATA
# title: Special-category data is disclosed to another controller without a condition of its own
# description: >-
#   Handing special-category data to another controller (a successor, a reinsurer, another
#   insurer, a health fund) is processing that needs its own Art. 9(2) condition, declared
#   on the recipient, with the law named where the condition needs one. The Bulgarian data
#   protection commission (PPN-01-622/2018, 8 April 2019) fined a doctor who handed a
#   patient database with health data to his successor's company without any Art. 9(2)
#   exception. Processors act for the controller and are covered by its purposes.
# custom:
#   id: ART9-2-TRANSFER-NO-CONDITION
#   severity: violation
#   articles:
#     - GDPR Art. 9(1)
#     - GDPR Art. 9(2)
#     - GDPR Art. 5(1)(a)
#   humanReview: Whether the condition declared covers this disclosure (for consent, whether the person was told of this recipient).
#   remediation: >-
#     Give the recipient its specialCategoryCondition (and conditionLaw where the condition
#     rests on law), or stop disclosing special-category data to it.
#   sources:
#     - kind: decision
#       title: Commission for Personal Data Protection (Bulgaria), decision PPN-01-622/2018 of 8 April 2019 (patient database with health data handed to a successor without an Art. 9(2) exception)
#   example: |
#     recipients:
#       - id: reinsurer
#         role: controller
#         categories: [smoking]
#         legalBasis: contract
#         specialCategoryCondition: explicit-consent
transfer_no_condition contains finding if {
	some i, r in input.recipients
	r.role in {"controller", "joint-controller"}
	special := [c | some c in r.categories; lib.special(c)]
	count(special) > 0
	some gap in transfer_gaps(r)
	finding := {
		"message": sprintf("recipient `%s` (%s) receives special-category data (%s) %s", [r.id, r.role, lib.quoted(special), gap.message]),
		"path": ["recipients", i, gap.field],
		"because": [sprintf("recipient `%s` (%s, %s) is a %s and receives %s", [r.id, r.name, r.type, r.role, lib.quoted(special)]), gap.fact],
	}
}

transfer_gaps(r) := {g |
	r.specialCategoryCondition == ""
	g := {"message": "with no Art. 9(2) condition of its own", "field": "specialCategoryCondition", "fact": "specialCategoryCondition is empty"}
} | {g |
	r.specialCategoryCondition in lib.conditions_needing_law
	r.conditionLaw == ""
	g := {"message": sprintf("on condition %s without naming the law", [r.specialCategoryCondition]), "field": "conditionLaw", "fact": "conditionLaw is empty"}
}
