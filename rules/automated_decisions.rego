# METADATA
# title: Automated individual decisions (GDPR Art. 22)
# description: >-
#   Rules on decisions based solely on automated processing that produce legal or
#   similarly significant effects. A decision is within Art. 22(1) when it is declared
#   solely automated and the engine itself reaches an outcome that does not grant the
#   request in full (decline, loading, exclusion, postponement, individual price). A
#   solely automated path that only ever accepts at standard terms, every other
#   outcome going to a human, is outside: Persónuvernd withdrew its finding against
#   such a path at Sjóvá (case 2024020416), and BDSG s. 37(1) no. 1 exempts decisions
#   that grant the request in full.
package art22.rules.automated_decisions

import data.art22.lib

# METADATA
# title: A solely automated decision with significant effect rests on no Art. 22(2) exception
# description: >-
#   A solely automated decision that declines, loads, excludes, postpones or prices
#   must rest on one of the exceptions of Art. 22(2): necessity for a contract (a), a
#   Union or Member State law that authorises it, named (b), or the person's explicit
#   consent (c), which must then be a consent declared explicit. The rule does not judge
#   whether automation is really necessary for the contract (EDPB/WP29 guidance reads
#   necessity narrowly); that needs a human.
# custom:
#   id: ART22-2-NO-EXCEPTION
#   severity: violation
#   articles:
#     - GDPR Art. 22(1)
#     - GDPR Art. 22(2)
#   remediation: >-
#     Declare the exception the decision rests on (exception: contract, law or
#     explicit-consent). For law, name it in exceptionLaw; for explicit-consent, name
#     the consent and make sure it is explicit (a separate, express statement).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
no_exception contains finding if {
	some i, d in input.decisions
	lib.within_art22(d)
	some problem in exception_problems(d)
	finding := {
		"message": sprintf("decision `%s` is solely automated and %s, but %s", [d.id, concat(", ", lib.engine_adverse_outcomes(d)), problem.message]),
		"path": array.concat(["decisions", i], problem.path),
		"because": [
			sprintf("decision `%s` is declared solely automated; the engine reaches: %s", [d.id, concat(", ", lib.engine_adverse_outcomes(d))]),
			problem.fact,
		],
	}
}

exception_problems(d) := {p |
	d.exception == ""
	p := {"message": "it declares no Art. 22(2) exception", "path": ["exception"], "fact": "no exception is declared"}
} | {p |
	d.exception == "law"
	d.exceptionLaw == ""
	p := {"message": "the law it relies on is not named", "path": ["exceptionLaw"], "fact": "exception is law (Art. 22(2)(b)) and exceptionLaw is empty"}
} | {p |
	d.exception == "explicit-consent"
	d.consent == ""
	p := {"message": "it names no consent", "path": ["consent"], "fact": "exception is explicit-consent (Art. 22(2)(c)) and no consent is named"}
} | {p |
	d.exception == "explicit-consent"
	d.consent != ""
	not lib.consent(d.consent).explicit
	p := {"message": sprintf("consent `%s` is not explicit", [d.consent]), "path": ["consent"], "fact": sprintf("consent `%s` is not declared explicit", [d.consent])}
}

# Art. 22(3) applies under the contract and consent exceptions; it is applied
# here too when no exception is declared, so that the missing safeguards are
# reported with the missing exception. Under the law exception the law itself
# must lay down the safeguards.
needs_safeguards(d) if {
	lib.within_art22(d)
	d.exception != "law"
}

safeguard_gaps(s) := [g |
	some g in [
		{"ok": s.available, "text": "it is not available"},
		{"ok": count(s.channels) > 0, "text": "no channel is declared to ask for it"},
	]
	not g.ok
]

human_gaps(s) := array.concat(safeguard_gaps(s), [g |
	s.available
	not s.canChangeOutcome
	g := {"ok": false, "text": "whoever handles it cannot change the outcome"}
])

safeguard_finding(i, d, key, label, gaps) := {
	"message": sprintf("decision `%s` is solely automated and %s, but the right to %s is missing: %s", [
		d.id, concat(", ", lib.engine_adverse_outcomes(d)), label, concat("; ", [g.text | some g in gaps]),
	]),
	"path": ["decisions", i, "safeguards", key],
	"because": array.concat(
		[sprintf("decision `%s` is solely automated (exception: %s); the engine reaches: %s", [d.id, exception_words(d), concat(", ", lib.engine_adverse_outcomes(d))])],
		[sprintf("safeguards.%s: %s", [key, g.text]) | some g in gaps],
	),
}

exception_words(d) := d.exception if d.exception != ""

exception_words(d) := "none declared" if d.exception == ""

# METADATA
# title: No working route to human intervention in a solely automated decision
# description: >-
#   Under the contract and consent exceptions, the person must at least be able to
#   obtain human intervention on the controller's part: a route that exists, a channel
#   to take it, and a person who can change the outcome. A reviewer who can only
#   confirm the machine's result is no intervention. TM offered review or reassessment
#   by an employee, and Persónuvernd found that compliant.
# custom:
#   id: ART22-3-NO-HUMAN-INTERVENTION
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#   remediation: >-
#     Offer human review of the decision through at least one channel, by staff with
#     authority to change the outcome: set safeguards.humanIntervention.available,
#     channels and canChangeOutcome.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024 (human review offered; found compliant)
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling (WP251rev.01), 6 February 2018
no_human_intervention contains finding if {
	some i, d in input.decisions
	needs_safeguards(d)
	gaps := human_gaps(d.safeguards.humanIntervention)
	count(gaps) > 0
	finding := safeguard_finding(i, d, "humanIntervention", "obtain human intervention", gaps)
}

# METADATA
# title: No way to express one's point of view on a solely automated decision
# description: >-
#   Under the contract and consent exceptions, the person must be able to express
#   their point of view: a route that exists and a channel to use it.
# custom:
#   id: ART22-3-NO-EXPRESS-VIEW
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#   remediation: >-
#     Let the person put their point of view through at least one channel, and declare
#     it in safeguards.expressView (available, channels).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling (WP251rev.01), 6 February 2018
no_express_view contains finding if {
	some i, d in input.decisions
	needs_safeguards(d)
	gaps := safeguard_gaps(d.safeguards.expressView)
	count(gaps) > 0
	finding := safeguard_finding(i, d, "expressView", "express one's point of view", gaps)
}

# METADATA
# title: No way to contest a solely automated decision
# description: >-
#   Under the contract and consent exceptions, the person must be able to contest the
#   decision through a channel they can reach. TM let applicants object to the outcome,
#   and Persónuvernd found that compliant.
# custom:
#   id: ART22-3-NO-CONTEST
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#   remediation: >-
#     Offer a way to contest the decision through at least one channel, and declare it
#     in safeguards.contest (available, channels).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024 (right to contest offered; found compliant)
no_contest contains finding if {
	some i, d in input.decisions
	needs_safeguards(d)
	gaps := safeguard_gaps(d.safeguards.contest)
	count(gaps) > 0
	finding := safeguard_finding(i, d, "contest", "contest the decision", gaps)
}
