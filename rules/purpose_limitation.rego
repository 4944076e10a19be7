# METADATA
# title: Purpose limitation (GDPR Art. 5(1)(b))
# description: Rules on reusing data collected for one purpose for another.
package art22.rules.purpose_limitation

import data.art22.lib

# Purposes that serve the insurance contract, and those that sell to the person.
contract_types := {"underwriting", "pricing", "claims", "policy-administration", "reinsurance"}

selling_types := {"marketing"}

# METADATA
# title: Data collected for underwriting is used for marketing, or the reverse, without a compatible purpose
# description: >-
#   A category used both by a purpose that serves the insurance contract (underwriting,
#   pricing, claims, administration) and by a marketing purpose is reused for a new
#   purpose. That needs an Art. 6(4) compatibility assessment declared on the marketing
#   purpose (compatibility.with naming the contract purpose, with the assessment), or
#   consent. Special-category data may not be reused for marketing on compatibility alone:
#   it needs the person's explicit consent (specialCategoryCondition explicit-consent with
#   an explicit consent). The Dutch DPA's inquiry into the four largest health insurers
#   (2018-2019) examined whether medical data was used for marketing; such use would break
#   purpose limitation. Whether the assessment is sound is for a person to judge.
# custom:
#   id: ART5-1B-PURPOSE-REUSE
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(b)
#     - GDPR Art. 6(4)
#     - GDPR Art. 9(2)(a)
#   humanReview: Whether the compatibility assessment weighs the link between purposes, the context, the nature of the data, the consequences and the safeguards (Art. 6(4)).
#   remediation: >-
#     Stop using the category for marketing, or ask for consent; for ordinary data you may
#     instead record an Art. 6(4) compatibility assessment (compatibility.with and
#     compatibility.assessment on the marketing purpose). Never reuse health data for
#     marketing without explicit consent.
#   sources:
#     - kind: report
#       title: Report on the Dutch DPA (Autoriteit Persoonsgegevens) orders subject to penalty against VGZ and Menzis on access to medical data (2018-2019), after its inquiry into how the four largest health insurers use medical data
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(b) and 6(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     purposes:
#       - id: newsletter
#         type: marketing
#         legalBasis: consent
#         consent: newsletter-consent
#         categories: [contact]      # contact details only; no underwriting data
purpose_reuse contains finding if {
	some i, p in input.purposes
	p.type in selling_types
	some j, c in p.categories
	sources := sort({q.id | some q in input.purposes; q.type in contract_types; c in q.categories})
	count(sources) > 0
	not reuse_allowed(p, sources, c)
	finding := {
		"message": sprintf("data category `%s`, used by %s, is reused by marketing purpose `%s` %s", [c, lib.quoted(sources), p.id, missing_words(c)]),
		"path": ["purposes", i, "categories", j],
		"because": [
			sprintf("purpose `%s` (%s) uses `%s` (%s), which contract purposes %s also use", [p.id, p.type, c, lib.category(c).class, lib.quoted(sources)]),
			compat_fact(p, sources, c),
		],
	}
}

missing_words(c) := "without the person's explicit consent" if lib.special(c)

missing_words(c) := "without a compatibility assessment or consent" if not lib.special(c)

reuse_allowed(p, _, c) if {
	lib.special(c)
	p.specialCategoryCondition == "explicit-consent"
	lib.consent(p.consent).explicit
}

reuse_allowed(p, _, c) if {
	not lib.special(c)
	p.legalBasis == "consent"
	p.consent != ""
}

reuse_allowed(p, sources, c) if {
	not lib.special(c)
	p.compatibility.with in sources
	p.compatibility.assessment != ""
}

compat_fact(p, sources, _) := sprintf("purpose `%s` records no compatibility assessment with %s", [p.id, lib.quoted(sources)]) if not p.compatibility.with in sources

compat_fact(p, sources, _) := sprintf("purpose `%s` names `%s` as compatible but records no assessment", [p.id, p.compatibility.with]) if {
	p.compatibility.with in sources
	p.compatibility.assessment == ""
}

compat_fact(p, sources, c) := sprintf("purpose `%s` records a compatibility assessment with `%s`, which cannot cover special-category data", [p.id, p.compatibility.with]) if {
	lib.special(c)
	p.compatibility.with in sources
	p.compatibility.assessment != ""
}
