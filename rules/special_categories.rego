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
#   (a), the consent must be named, explicit and valid: a consent that is bundled,
#   conditional or not specific (ART7-2-BUNDLED-CONSENT, ART7-4-CONDITIONAL-CONSENT,
#   ART7-GRANULAR-CONSENT) is no Art. 9(2)(a) condition, and the finding names that root.
#   The rule does not judge whether the law named really authorises the processing.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 9"
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
#   counterexample: |
#     purposes:
#       - id: underwriting
#         specialCategoryCondition: null
#   example: |
#     purposes:
#       - id: underwriting
#         specialCategoryCondition: explicit-consent
#         consent: health-consent
no_condition contains finding if {
	some i, p in input.purposes
	special := lib.special_of_purpose[p.id]
	some x in lib.condition_defects[p.id]
	finding := {
		"message": $"purpose `{p.id}` uses special-category data ({lib.quoted(special)}) but {x.message}",
		"path": array.concat(["purposes", i], x.path),
		"because": [
			$"purpose `{p.id}` uses {concat(", ", [lib.special_words(c) | some c in special])}",
			x.fact,
		],
	}
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
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 4(15), 9(1) and Recital 35"
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
#   counterexample: |
#     dataCategories:
#       - id: smoking
#         class: ordinary
#   example: |
#     dataCategories:
#       - id: smoking
#         about: smoking
#         class: health
unflagged_health contains finding if {
	some i, c in input.dataCategories
	want := _expected_classes[c.about]
	not c.class in want
	finding := {
		"message": $"data category `{c.id}` is about {c.about} but is classified {c.class}",
		"path": ["dataCategories", i, "class"],
		"because": [$"data category `{c.id}` ({c.name}) is declared about {c.about}, class {c.class}; data about {c.about} is {concat(" or ", sort(want))} data"],
	}
}

# Art. 4(15): data that reveals health is health data ...
_expected_classes := _expected_classes_clauses

_expected_classes_clauses[t] := {"health"} if some t in lib.health_topics

# ... genetic data reveals health too (Art. 4(13), 4(15)) ...
_expected_classes_clauses[t] := {"genetic", "health"} if some t in lib.genetic_topics

# ... and the other special categories of Art. 9(1) are what they are.
_expected_classes_clauses[t] := {class} if some t, class in lib.other_special_topics

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
#   counterexample: |
#     recipients:
#       - id: successor
#         name: Successor practice Ltd
#         role: controller
#         type: successor
#         categories: [identity, medical-history]
#         country: DE
#         legalBasis: legitimate-interests
#   example: |
#     recipients:
#       - id: successor
#         name: Successor practice Ltd
#         role: controller
#         type: successor
#         categories: [identity, medical-history]
#         country: DE
#         legalBasis: legitimate-interests
#         specialCategoryCondition: explicit-consent   # its own Art. 9(2) condition
transfer_no_condition contains finding if {
	some i, r in input.recipients
	r.role in {"controller", "joint-controller"}
	special := [c | some c in r.categories; lib.special(c)]
	count(special) > 0
	some gap in _transfer_gaps[r.id]
	finding := {
		"message": $"recipient `{r.id}` ({r.role}) receives special-category data ({lib.quoted(special)}) {gap.message}",
		"path": array.concat(["recipients", i], gap.path),
		"because": [$"recipient `{r.id}` ({r.name}, {r.type}) is a {r.role} and receives {lib.quoted(special)}", gap.fact],
	}
}

# Art. 9(2): the disclosure has a condition of its own ...
_transfer_gaps := _transfer_gaps_clauses

_transfer_gaps_clauses[r.id] contains {
	"message": "with no Art. 9(2) condition of its own",
	"path": ["specialCategoryCondition"],
	"fact": "specialCategoryCondition is empty",
} if {
	some r in input.recipients
	r.specialCategoryCondition == ""
}

# ... with the law named where the condition rests on one.
_transfer_gaps_clauses[r.id] contains {
	"message": $"on condition {r.specialCategoryCondition} without naming the law",
	"path": ["conditionLaw"],
	"fact": "conditionLaw is empty",
} if {
	some r in input.recipients
	r.specialCategoryCondition in lib.conditions_needing_law
	trim_space(r.conditionLaw) == ""
}
