# METADATA
# title: Storage limitation (GDPR Art. 5(1)(e))
# description: >-
#   Rules on how long data is kept, why, and whether it can be erased. A period is judged
#   as declared, with its reason; whether the systems apply it is for a person to check.
package art22.rules.retention

import data.art22.lib

# Purposes that assess applications.
_underwriting_types := {"underwriting", "pricing"}

# The retention periods a category declares, with their words.
_periods := {
	"period": "for customers",
	"declinedApplicants": "for declined applicants",
	"afterRelationshipEnds": "after the relationship ends",
}

# METADATA
# title: A data category is kept without limit, or cannot be erased
# description: >-
#   Data may be kept in a form that identifies people no longer than its purposes need
#   (Art. 5(1)(e)), and must be erased once it is no longer needed (Art. 17(1)(a)). Every
#   category a purpose or decision uses must therefore have a retention period that is not
#   indefinite; a category used to assess applications, by an underwriting or pricing
#   purpose or by a decision serving one, must also say how long data of applicants who
#   were declined or did not take cover is kept; data must not be kept indefinitely after
#   the relationship ends; and the systems must be able to erase it. The CNIL fined SGAM
#   AG2R La Mondiale EUR 1.75 million (deliberation SAN-2021-010 of 20 July 2021) because
#   the retention periods it had defined were not implemented in its systems: data of
#   almost 2,000 prospects was kept beyond the three years it had set, and data of more
#   than 2 million customers, some of it health or bank data, beyond the legal periods
#   after the contract ended. Whether each period is right for its purpose is for a person
#   to judge; whether each period has a reason is ART5-1E-RETENTION-EXCESS.
# related_resources:
#   - ref: https://www.cnil.fr/en/1-75-million-penalty-against-ag2r-la-mondiale
#     description: "CNIL (France), formation restreinte, deliberation SAN-2021-010 of 20 July 2021, SGAM AG2R La Mondiale (EUR 1,750,000; retention periods defined but not implemented in the systems; prospects kept beyond 3 years, customers beyond the legal periods after the contract ended; Art. 5(1)(e))"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(e) and 17(1)(a)"
# custom:
#   id: ART5-1E-RETENTION
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(e)
#     - GDPR Art. 17(1)(a)
#   humanReview: >-
#     Whether each retention period is no longer than the purpose needs (limitation periods,
#     regulatory duties), and whether the systems apply it: erase or anonymise data when it
#     runs out.
#   remediation: >-
#     Give every category a retention period (retention.period), a period for declined
#     applicants (retention.declinedApplicants) where applications are assessed, a finite
#     period after the relationship ends, and make the systems able to erase data
#     (retention.deletion: automatic or manual).
#   sources:
#     - kind: decision
#       title: CNIL (France), formation restreinte, deliberation SAN-2021-010 of 20 July 2021, SGAM AG2R La Mondiale (EUR 1,750,000; retention periods defined but not implemented in the systems; prospects kept beyond 3 years, customers beyond the legal periods after the contract ended; Art. 5(1)(e))
#       url: https://www.cnil.fr/en/1-75-million-penalty-against-ag2r-la-mondiale
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(e) and 17(1)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     dataCategories:
#       - id: smoking
#         retention: {period: null}
#   example: |
#     dataCategories:
#       - id: smoking
#         retention:
#           period: 7 years
retention contains finding if {
	some i, c in input.dataCategories
	gaps := _retention_gaps[c.id]
	all := _by_message(gaps)
	finding := {
		"message": $"data category `{c.id}` {concat("; it ", [g.message | some g in all])}",
		"path": array.concat(["dataCategories", i, "retention"], _gap_path(all)),
		"because": array.concat([$"`{c.id}` ({c.class}) is used by {lib.users_words(c.id)}"], [g.fact | some g in all]),
	}
}

# The gaps in the order of their messages, so that the finding reads the same every run.
_by_message(gs) := [g | some m in sort({x.message | some x in gs}); some g in gs; g.message == m]

# One gap: point at its field; several: at the retention block.
_gap_path(all) := all[0].path if count(all) == 1

_gap_path(all) := [] if count(all) > 1

# Art. 5(1)(e): a period is set ...
_retention_gaps := _retention_gaps_clauses

_retention_gaps_clauses[c.id] contains {
	"message": "has no retention period",
	"path": ["period"],
	"fact": "retention.period is not declared",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	not c.retention.period.declared
}

# ... and it ends ...
_retention_gaps_clauses[c.id] contains {
	"message": "is kept indefinitely",
	"path": ["period"],
	"fact": "retention.period is indefinite",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	c.retention.period.indefinite
}

# ... also after the relationship ends ...
_retention_gaps_clauses[c.id] contains {
	"message": "is kept indefinitely after the relationship ends",
	"path": ["afterRelationshipEnds"],
	"fact": "retention.afterRelationshipEnds is indefinite",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	c.retention.afterRelationshipEnds.indefinite
}

# ... and for applicants who did not become customers ...
_retention_gaps_clauses[c.id] contains {
	"message": "is used to assess applications but has no retention period for declined applicants",
	"path": ["declinedApplicants"],
	"fact": $"retention.declinedApplicants is not declared, and {_assessed_by(c.id)} assess applications with it",
} if {
	some c in input.dataCategories
	_assessed(c.id)
	not c.retention.declinedApplicants.declared
}

_retention_gaps_clauses[c.id] contains {
	"message": "is kept indefinitely for declined applicants",
	"path": ["declinedApplicants"],
	"fact": "retention.declinedApplicants is indefinite",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	c.retention.declinedApplicants.indefinite
}

# Art. 17(1)(a): data no longer needed can be erased.
_retention_gaps_clauses[c.id] contains {
	"message": "cannot be erased by the systems that hold it",
	"path": ["deletion"],
	"fact": "retention.deletion is not-possible",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	c.retention.deletion == "not-possible"
}

# A category assesses applications when a purpose that assesses them lists it, or a
# decision serving such a purpose reads it: the decision's inputs count, not only the
# purpose's list.
_assessors := _assessors_clauses

_assessors_clauses[id] contains p.id if {
	some p in input.purposes
	p.type in _underwriting_types
	some id in p.categories
}

_assessors_clauses[id] contains d.id if {
	some d in input.decisions
	lib.purposes_by_id[d.purpose].type in _underwriting_types
	some id in lib.decision_categories[d.id]
}

_assessed(id) if _assessors[id]

_assessed_by(id) := lib.quoted(sort(_assessors[id]))

# METADATA
# title: A retention period has no reason
# description: >-
#   Each retention period needs its reason: the law that requires it, the limitation
#   period for claims, a pending or foreseeable legal claim, the contract still running or
#   the purpose still needing the data (retention.reasons.<period>: basis and reference).
#   Without it the controller cannot show that the period is no longer than necessary
#   (Art. 5(1)(e), 5(2)) nor tell people the criteria that set it (Art. 13(2)(a)). The rule
#   reports every declared, finite period with no basis, or with a basis and no reference.
#   One period needs no reason of its own: keeping data after the relationship ends for no
#   longer than the limitation period of every product whose decisions use the category
#   (products[].limitationPeriod; every product, for a category no decision uses), since
#   that limitation period is its reason. Beyond the contract's end plus the limitation
#   period, or where a product declares no limitation period, it needs one. The CNIL fined
#   SGAM AG2R La Mondiale EUR 1.75 million (deliberation SAN-2021-010 of 20 July 2021) for
#   keeping data of almost 2,000 prospects beyond the three years it had set and data of
#   more than 2 million customers, some of it health or bank data, beyond the legal periods
#   after the contract ended; the CNIL did not criticise the periods themselves, which
#   followed the legal periods, but their not being applied. The statutory provisions the
#   CNIL relied on for those periods were not verified and are not cited. A risk: a reason
#   may exist in a retention schedule the declaration does not quote.
# related_resources:
#   - ref: https://www.cnil.fr/en/1-75-million-penalty-against-ag2r-la-mondiale
#     description: "CNIL (France), formation restreinte, deliberation SAN-2021-010 of 20 July 2021, SGAM AG2R La Mondiale (EUR 1,750,000; data of almost 2,000 prospects kept beyond 3 years; data of more than 2 million customers, some of it health or bank data, kept beyond the legal periods after the contract ended)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(e), 5(2) and 13(2)(a)"
# custom:
#   id: ART5-1E-RETENTION-EXCESS
#   severity: risk
#   articles:
#     - GDPR Art. 5(1)(e)
#     - GDPR Art. 13(2)(a)
#   humanReview: >-
#     Whether the reason given is true and requires the whole period (the law or
#     limitation period cited applies to this data and this product, the claim is pending,
#     the purpose still needs it), whether the period after the relationship ends runs from
#     the contract's end, and whether the systems apply it: the CNIL sanctioned AG2R for
#     periods that were defined but not applied.
#   remediation: >-
#     Give each retention period its reason (retention.reasons.period, declinedApplicants,
#     afterRelationshipEnds: basis law, limitation-period, legal-claims, contract or
#     purpose-need, with the reference), shorten the period to what the reason supports, or
#     declare the products' limitation periods (products[].limitationPeriod) when the period
#     after the relationship ends is within them.
#   sources:
#     - kind: decision
#       title: CNIL (France), formation restreinte, deliberation SAN-2021-010 of 20 July 2021, SGAM AG2R La Mondiale (EUR 1,750,000; data of almost 2,000 prospects kept beyond 3 years; data of more than 2 million customers, some of it health or bank data, kept beyond the legal periods after the contract ended)
#       url: https://www.cnil.fr/en/1-75-million-penalty-against-ag2r-la-mondiale
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(e), 5(2) and 13(2)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     dataCategories:
#       - id: identity
#         retention:
#           reasons: {afterRelationshipEnds: null}
#   example: |
#     dataCategories:
#       - id: identity
#         retention:
#           afterRelationshipEnds: 7 years
#           reasons:
#             afterRelationshipEnds:   # why 7 years after the policy ends: the limitation period
#               basis: limitation-period
#               reference: Retention schedule RS-2025, section 2 (the 6-year limitation period for contract claims, plus a year for claims notified at its end)
retention_excess contains finding if {
	some i, c in input.dataCategories
	some gap in _reason_gaps[c.id]
	d := c.retention[gap.period]
	finding := {
		"message": $"data category `{c.id}` is kept {d.text} {_periods[gap.period]} {gap.message}",
		"path": ["dataCategories", i, "retention", "reasons", gap.period],
		"because": [
			$"`{c.id}` ({c.class}) is used by {lib.users_words(c.id)}; retention.{gap.period} is {d.text}",
			gap.fact,
		],
	}
}

# Art. 5(1)(e) with 5(2): a period kept for customers or declined applicants has a reason ...
_reason_gaps := _reason_gaps_clauses

_reason_gaps_clauses[c.id] contains {
	"period": name,
	"message": "with no reason",
	"fact": $"retention.reasons.{name}.basis is empty: no law, limitation period, claim, contract or need is given for it",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	some name in ["period", "declinedApplicants"]
	_finite(c.retention[name])
	c.retention.reasons[name].basis == ""
}

# ... and so has a period after the relationship ends, unless the limitation period is its reason ...
_reason_gaps_clauses[c.id] contains {
	"period": "afterRelationshipEnds",
	"message": "with no reason, beyond what the limitation period explains",
	"fact": $"retention.reasons.afterRelationshipEnds.basis is empty, and the limitation period does not cover it: {_limitation_words(c)}",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	_finite(c.retention.afterRelationshipEnds)
	c.retention.reasons.afterRelationshipEnds.basis == ""
	not lib.within_limitation(c)
}

# ... and a reason says which law, period, claim or need it is.
_reason_gaps_clauses[c.id] contains {
	"period": name,
	"message": $"with basis {c.retention.reasons[name].basis} but no reference saying which",
	"fact": $"retention.reasons.{name}.reference is empty",
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	some name, _ in _periods
	_finite(c.retention[name])
	c.retention.reasons[name].basis != ""
	trim_space(c.retention.reasons[name].reference) == ""
	not _explained_by_limitation(c, name)
}

_finite(d) if {
	d.declared
	not d.indefinite
}

_explained_by_limitation(c, "afterRelationshipEnds") if lib.within_limitation(c)

_limitation_words(c) := concat("; ", sort([_product_limitation(p) | some p in lib.limitation_products(c.id)]))

_product_limitation(p) := $"product `{p.id}` has a limitation period of {p.limitationPeriod.text}" if p.limitationPeriod.declared

_product_limitation(p) := $"product `{p.id}` declares no limitation period" if not p.limitationPeriod.declared
