# METADATA
# title: Purpose limitation (GDPR Art. 5(1)(b))
# description: Rules on reusing data collected for one purpose for another.
package art22.rules.purpose_limitation

import data.art22.lib

# Purposes that serve the insurance contract, and those that sell to the person.
_contract_types := {"underwriting", "pricing", "claims", "policy-administration", "reinsurance"}

_selling_types := {"marketing"}

# METADATA
# title: Data collected for underwriting is used for marketing, or the reverse, without a compatible purpose
# description: >-
#   A category used both for the insurance contract (by a purpose that serves it:
#   underwriting, pricing, claims, administration, reinsurance, or by a decision serving
#   such a purpose) and by a marketing purpose is reused for a new purpose. That needs an
#   Art. 6(4) compatibility assessment declared on the marketing purpose (compatibility.with
#   naming the contract purpose, with the assessment), or a valid consent. Special-category
#   data (by class or by what it reveals) may not be reused for marketing on compatibility
#   alone: it needs the person's explicit consent, valid and explicit in fact
#   (lib.explicit_consent_valid); a consent that another rule finds invalid allows nothing,
#   and the finding names that rule. The Dutch DPA's inquiry into the four largest health
#   insurers (2018-2019) examined whether medical data was used for marketing; such use
#   would break purpose limitation. Whether the assessment is sound is for a person to
#   judge.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(b), 6(4) and 9(2)(a)"
# custom:
#   id: ART5-1B-PURPOSE-REUSE
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(b)
#     - GDPR Art. 6(4)
#     - GDPR Art. 9(2)(a)
#   humanReview: Whether the compatibility assessment weighs the link between purposes, the context, the nature of the data, the consequences and the safeguards (Art. 6(4)).
#   remediation: >-
#     Stop using the category for marketing, or ask for a valid consent; for ordinary data
#     you may instead record an Art. 6(4) compatibility assessment (compatibility.with and
#     compatibility.assessment on the marketing purpose). Never reuse health data for
#     marketing without a valid explicit consent.
#   sources:
#     - kind: report
#       title: Report on the Dutch DPA (Autoriteit Persoonsgegevens) orders subject to penalty against VGZ and Menzis on access to medical data (2018-2019), after its inquiry into how the four largest health insurers use medical data
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(b), 6(4) and 9(2)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     purposes:
#       - id: cross-sell
#         name: Offers of other products
#         type: marketing
#         legalBasis: legitimate-interests
#         categories: [contact, smoking]
#   example: |
#     purposes:
#       - id: cross-sell
#         name: Offers of other products
#         type: marketing
#         legalBasis: legitimate-interests
#         categories: [contact]   # no health data reused for marketing
#         compatibility:   # and the reuse of contact details assessed (Art. 6(4))
#           with: underwriting
#           assessment: Customers expect offers of related cover from their insurer; they can object at any time.
purpose_reuse contains finding if {
	some i, p in input.purposes
	p.type in _selling_types
	some j, c in p.categories
	_contract_users[c]
	not _reuse_allowed(p, c)
	sources := sort(_contract_users[c])
	finding := {
		"message": $"data category `{c}`, used by {lib.quoted(sources)}, is reused by marketing purpose `{p.id}` {_missing_words(c)}",
		"path": ["purposes", i, "categories", j],
		"because": array.concat(
			[$"purpose `{p.id}` ({p.type}) uses {_category_words(c)}, which {lib.quoted(sources)} also use for the contract"],
			sort(_not_allowed_because[[p.id, c]]),
		),
	}
}

# The purposes and decisions that use each category for the contract, by category id.
_contract_users := _contract_users_clauses

_contract_users_clauses[c] contains q.id if {
	some q in input.purposes
	q.type in _contract_types
	some c in q.categories
}

_contract_users_clauses[c] contains d.id if {
	some d in input.decisions
	lib.purposes_by_id[d.purpose].type in _contract_types
	some c in lib.decision_categories[d.id]
}

_category_words(c) := lib.special_words(c) if lib.special_in_fact[c]

_category_words(c) := $"`{c}` ({lib.category(c).class})" if not lib.special_in_fact[c]

_missing_words(c) := "without the person's valid explicit consent" if lib.special_in_fact[c]

_missing_words(c) := "without a compatibility assessment or a valid consent" if not lib.special_in_fact[c]

# Art. 9(2)(a): special-category data is reused only with a valid explicit consent.
_reuse_allowed(p, c) if {
	lib.special_in_fact[c]
	p.specialCategoryCondition == "explicit-consent"
	lib.explicit_consent_valid(p.consent)
}

# Art. 6(1)(a), 6(4): ordinary data with a valid consent ...
_reuse_allowed(p, c) if {
	not lib.special_in_fact[c]
	p.legalBasis == "consent"
	lib.consent_valid(p.consent)
}

# ... or with a compatibility assessment.
_reuse_allowed(p, c) if {
	not lib.special_in_fact[c]
	p.compatibility.with in _contract_users[c]
	trim_space(p.compatibility.assessment) != ""
}

# Why the reuse is not allowed, by [purpose id, category id], one body per condition.
_not_allowed_because := _not_allowed_because_clauses

_not_allowed_because_clauses[[p.id, c]] contains $"purpose `{p.id}` rests on no explicit consent (specialCategoryCondition is {_words(p.specialCategoryCondition)})" if {
	some [p, c] in _special_reuses
	p.specialCategoryCondition != "explicit-consent"
}

_not_allowed_because_clauses[[p.id, c]] contains $"purpose `{p.id}` names no consent" if {
	some [p, c] in _consent_reuses
	p.consent == ""
}

_not_allowed_because_clauses[[p.id, c]] contains $"consent `{p.consent}` is not declared explicit" if {
	some [p, c] in _special_reuses
	p.specialCategoryCondition == "explicit-consent"
	p.consent != ""
	not lib.consent(p.consent).explicit
}

_not_allowed_because_clauses[[p.id, c]] contains $"{lib.consent_invalid_fact(p.consent)}, so it allows no reuse" if {
	some [p, c] in _consent_reuses
	p.consent != ""
	not lib.consent_valid(p.consent)
}

_not_allowed_because_clauses[[p.id, c]] contains $"purpose `{p.id}` records a compatibility assessment with `{p.compatibility.with}`, which cannot cover special-category data" if {
	some [p, c] in _special_reuses
	p.compatibility.with in _contract_users[c]
	trim_space(p.compatibility.assessment) != ""
}

_not_allowed_because_clauses[[p.id, c]] contains $"purpose `{p.id}` records no compatibility assessment with {lib.quoted(sort(_contract_users[c]))}" if {
	some [p, c] in _ordinary_reuses
	not p.compatibility.with in _contract_users[c]
}

_not_allowed_because_clauses[[p.id, c]] contains $"purpose `{p.id}` names `{p.compatibility.with}` as compatible but records no assessment" if {
	some [p, c] in _ordinary_reuses
	p.compatibility.with in _contract_users[c]
	trim_space(p.compatibility.assessment) == ""
}

# The reuses by marketing purposes, as pairs of purpose and category.
_reuses := _reuses_clauses

_reuses_clauses contains [p, c] if {
	some p in input.purposes
	p.type in _selling_types
	some c in p.categories
	_contract_users[c]
}

_special_reuses := _special_reuses_clauses

_special_reuses_clauses contains [p, c] if {
	some [p, c] in _reuses
	lib.special_in_fact[c]
}

_ordinary_reuses := _ordinary_reuses_clauses

_ordinary_reuses_clauses contains [p, c] if {
	some [p, c] in _reuses
	not lib.special_in_fact[c]
}

# The reuses that rely on a consent: an explicit consent for special-category data, a
# consent basis for other data.
_consent_reuses := _consent_reuses_clauses

_consent_reuses_clauses contains [p, c] if {
	some [p, c] in _special_reuses
	p.specialCategoryCondition == "explicit-consent"
}

_consent_reuses_clauses contains [p, c] if {
	some [p, c] in _ordinary_reuses
	p.legalBasis == "consent"
}

_words("") := "empty"

_words(x) := x if x != ""
