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
