# METADATA
# title: Automated individual decisions (GDPR Art. 22)
# description: >-
#   Rules on decisions based solely on automated processing that produce legal or
#   similarly significant effects. Whether a decision is within Art. 22(1) is derived from
#   the facts (lib.within_art22): who reaches each outcome, what the human said to decide
#   can change and see, and which score the outcome follows; the label the declaration
#   gives a decision (automation) is a claim the rules check. Every duty of Art. 22 follows
#   the derived scope, and a duty that follows from a misclassification names its root.
#   A solely automated path that only ever accepts at standard terms, every other outcome
#   going to a human, is outside. Persónuvernd withdrew, on 27 May 2025, its decision of 23
#   September 2024 in case 2024020416 (Sjóvá), after the insurer showed that only
#   applications answering no to every risk-increasing question were issued
#   automatically, granting the request in full (the withdrawal's reasoning was not read
#   in full here). Germany's BDSG s. 37(1) no. 1 exempts decisions that grant the request
#   in full, but in the provision of benefits under an insurance contract, not
#   underwriting: it is cited by analogy only.
package art22.rules.automated_decisions

import data.art22.lib

# What follows from a decision being within Art. 22(1), for the because of a root finding.
_duties(d) := $"decision `{d.id}` is therefore within Art. 22(1) and needs an Art. 22(2) exception, the Art. 22(3) safeguards, the information of Art. 13(2)(f) and 14(2)(g), the explanation of Art. 15(1)(h) on request and a DPIA (Art. 35(3)(a))"

# METADATA
# title: A decision declared as not solely automated is decided by the engine, or follows a score
# description: >-
#   A decision is within Art. 22(1) when an outcome that does not grant the request in full
#   is reached without meaningful human involvement, whatever the decision is called. The
#   rule fires on two facts. First, a decision declared decision-support or manual whose
#   outcomes include one the engine itself reaches (decline, loading, exclusion,
#   postponement, price). Second, a decision whose outcome, the declaration says, follows
#   one factor whatever else is known (decisive): whoever applies such a score merely
#   applies it, and a human who routinely applies automatically generated profiles without
#   any actual influence on the result is no human involvement (WP251rev.01, on Art.
#   22(1)). Where the decisive score is established by a third party (a credit bureau,
#   another insurer), the CJEU held in SCHUFA (C-634/21) that establishing it is itself a
#   decision under Art. 22(1) where the third party to whom it is transmitted draws strongly
#   on it: that is the bureau's own decision, and the insurer's decision is caught on the
#   token-human ground. The Austrian Supreme Administrative Court applied that reading to
#   the public employment service's profiling algorithm (VwGH Ro 2021/04/0010, 21 December
#   2023). The finding names every Art. 22 duty that follows; each is reported by its own
#   rule, naming this one.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (human involvement must be meaningful, not a token gesture)"
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-634/21
#     description: "CJEU, Case C-634/21, OQ v Land Hessen (SCHUFA Holding AG), judgment of 7 December 2023, ECLI:EU:C:2023:957"
#   - ref: https://www.vwgh.gv.at/medien/mitteilungen/ro_2021040010.html
#     description: "Verwaltungsgerichtshof (Austria), Ro 2021/04/0010, judgment of 21 December 2023, ECLI not verified (the public employment service's profiling algorithm; SCHUFA applied)"
# custom:
#   id: ART22-1-MISCLASSIFIED
#   severity: violation
#   articles:
#     - GDPR Art. 22(1)
#     - GDPR Art. 4(4)
#   humanReview: How decisions are in fact taken, and whether the people involved routinely follow the engine or the score.
#   remediation: >-
#     Declare the decision solely-automated and give it the Art. 22 exception and
#     safeguards, or put a person with authority, all the data and the competence in charge
#     of the adverse outcomes (decidedBy human, humanReview), so that the score informs but
#     does not decide.
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (human involvement must be meaningful, not a token gesture)
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     - kind: judgment
#       title: CJEU, Case C-634/21, OQ v Land Hessen (SCHUFA Holding AG), judgment of 7 December 2023, ECLI:EU:C:2023:957
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-634/21
#     - kind: judgment
#       title: Verwaltungsgerichtshof (Austria), Ro 2021/04/0010, judgment of 21 December 2023, ECLI not verified (the public employment service's profiling algorithm; SCHUFA applied)
#       url: https://www.vwgh.gv.at/medien/mitteilungen/ro_2021040010.html
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         automation: decision-support   # but the engine still loads the premium
#         exception: null
#         consent: null
#         humanReview:
#           role: medical-underwriters
#           canChangeOutcome: true
#           seesAllRelevantData: true
#           competent: true
#   example: |
#     decisions:
#       - id: life-underwriting
#         outcomes:
#           - {type: accept, decidedBy: engine}
#           - {type: premium-loading, decidedBy: human}   # a person decides every adverse outcome
#           - {type: exclusion, decidedBy: human}
#           - {type: decline, decidedBy: human}
misclassified contains finding if {
	some i, d in input.decisions
	some r in lib.within_art22[d.id].reasons
	r.kind == "engine-decided"
	finding := {
		"message": $"decision `{d.id}` is declared {d.automation}, but the engine itself reaches {lib.listed(r.outcomes)}",
		"path": ["decisions", i, "automation"],
		"because": [
			$"decision `{d.id}` has automation {d.automation}",
			$"its outcomes decided by the engine include {lib.listed(r.outcomes)}",
			_duties(d),
		],
	}
}

misclassified contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	f.decisive
	f.effect in lib.adverse_effects
	some r in lib.within_art22[d.id].reasons
	r.kind == "decisive-score"
	contains(r.text, $"factor `{f.id}`")
	finding := {
		"message": $"decision `{d.id}` is declared {d.automation}, but its outcome follows factor `{f.id}` whatever else is known",
		"path": ["decisions", i, "factors", j],
		"because": [
			$"factor `{f.id}` reads `{f.category}`{_origin(f)} and is declared decisive: the outcome follows it in practice",
			$"its effect is {f.effect}: a person who applies it merely applies the score",
			_duties(d),
		],
	}
}

_origin(f) := $", established by {lib.listed(lib.category(f.category).sources)} (CJEU C-634/21: the third party's scoring is itself an automated decision)" if {
	lib.external_score(lib.category(f.category))
}

_origin(f) := "" if not lib.external_score(lib.category(f.category))

# METADATA
# title: The human said to decide cannot change the outcome, or lacks the data or competence
# description: >-
#   A decision escapes Art. 22(1) only if a human's involvement is meaningful: the reviewer
#   must have the authority and competence to change the decision and must consider all the
#   relevant data, not only the score (WP251rev.01). A decision declared decision-support
#   must name the reviewing role and declare that it can change the outcome, sees all the
#   relevant data and is competent. A reviewer who cannot change the outcome, lacks the data
#   or the competence is a token: the decision is solely automated in law, and every Art. 22
#   duty follows (each reported by its own rule, naming this one). A role left unnamed is
#   reported but does not on its own bring the decision within Art. 22(1).
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (human involvement must be meaningful, not a token gesture)"
# custom:
#   id: ART22-1-TOKEN-HUMAN
#   severity: violation
#   articles:
#     - GDPR Art. 22(1)
#   humanReview: Whether reviewers in practice depart from the system's recommendation when they should.
#   remediation: >-
#     Give the reviewers authority to change the outcome, all the relevant data and the
#     training to use it, and declare it (humanReview.role, canChangeOutcome,
#     seesAllRelevantData, competent); or treat the decision as solely automated.
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (human involvement must be meaningful, not a token gesture)
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         automation: decision-support
#         outcomes:
#           - {type: accept, decidedBy: engine}
#           - {type: decline, decidedBy: human}
#         exception: null
#         consent: null
#         humanReview:
#           role: medical-underwriters
#           canChangeOutcome: false
#           seesAllRelevantData: true
#           competent: true
#   example: |
#     decisions:
#       - id: life-underwriting
#         humanReview:
#           role: medical-underwriters
#           canChangeOutcome: true
#           seesAllRelevantData: true
#           competent: true
token_human contains finding if {
	some i, d in input.decisions
	d.automation == "decision-support"
	gaps := _review_gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` is declared decided by a human, but {concat("; ", sort(gaps))}",
		"path": ["decisions", i, "humanReview"],
		"because": array.concat(
			[
				$"decision `{d.id}` has automation decision-support",
				$"humanReview: role {_role_words(d.humanReview.role)}, canChangeOutcome {d.humanReview.canChangeOutcome}, seesAllRelevantData {d.humanReview.seesAllRelevantData}, competent {d.humanReview.competent}",
			],
			_token_consequence(d),
		),
	}
}

# WP251rev.01: someone with the authority to change the decision ...
_review_gaps := _review_gaps_clauses

_review_gaps_clauses[d.id] contains "the reviewer cannot change the outcome" if {
	some d in input.decisions
	not d.humanReview.canChangeOutcome
}

# ... who considers all the relevant data ...
_review_gaps_clauses[d.id] contains "the reviewer does not see all the relevant data" if {
	some d in input.decisions
	not d.humanReview.seesAllRelevantData
}

# ... and has the competence to do so ...
_review_gaps_clauses[d.id] contains "the reviewer is not declared competent to assess the case" if {
	some d in input.decisions
	not d.humanReview.competent
}

# ... named, so that it can be held to it.
_review_gaps_clauses[d.id] contains "no reviewing role is named" if {
	some d in input.decisions
	d.humanReview.role == ""
}

_role_words("") := "(none)"

_role_words(r) := $"`{r}`" if r != ""

_token_consequence(d) := [_duties(d)] if {
	some r in lib.within_art22[d.id].reasons
	r.kind == "token-human"
}

_token_consequence(d) := [] if {
	not lib.token_human_defects[d.id]
}

_token_consequence(d) := [$"no outcome a human decides in decision `{d.id}` is adverse, so Art. 22(1) does not follow from it"] if {
	lib.token_human_defects[d.id]
	count(lib.human_adverse[d.id]) == 0
}

# METADATA
# title: A decision within Art. 22(1) rests on no valid Art. 22(2) exception
# description: >-
#   A decision within Art. 22(1) (declared solely automated, or brought within it by the
#   facts: ART22-1-MISCLASSIFIED, ART22-1-TOKEN-HUMAN) must rest on one of the exceptions
#   of Art. 22(2): necessity for a contract (a), a Union or Member State law that authorises
#   it, named (b), or the person's explicit consent (c), which must be explicit and valid:
#   a consent that is bundled, conditional or not specific (ART7-2-BUNDLED-CONSENT,
#   ART7-4-CONDITIONAL-CONSENT, ART7-GRANULAR-CONSENT) is no exception, and the finding
#   names that root. The rule does not judge whether automation is really necessary for the
#   contract (guidance reads necessity narrowly); that needs a human.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 22(2)"
# custom:
#   id: ART22-2-NO-EXCEPTION
#   severity: violation
#   articles:
#     - GDPR Art. 22(1)
#     - GDPR Art. 22(2)
#   humanReview: Whether automation is really necessary for the contract (read narrowly), or the law named really authorises the decision.
#   remediation: >-
#     Declare the exception the decision rests on (exception: contract, law or
#     explicit-consent). For law, name it in exceptionLaw; for explicit-consent, name a
#     consent that is explicit, given separately by a specific act, and not a condition of
#     anything.
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 22(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         exception: null
#         consent: null
#   example: |
#     decisions:
#       - id: life-underwriting
#         automation: solely-automated
#         exception: explicit-consent
#         consent: adm-consent
no_exception contains finding if {
	some i, d in input.decisions
	some x in lib.exception_defects[d.id]
	finding := {
		"message": $"decision `{d.id}` is within Art. 22(1) and reaches {lib.art22_outcomes_words(d)}, but {x.message}",
		"path": array.concat(["decisions", i], x.path),
		"because": [lib.art22_because(d), x.fact],
	}
}

# Art. 22(3) applies under the contract and consent exceptions; it is applied
# here too when no exception is declared, so that the missing safeguards are
# reported with the missing exception. Under the law exception the law itself
# must lay down the safeguards.
_needs_safeguards(d) if {
	lib.within_art22[d.id]
	d.exception != "law"
}

# A route the person can take: it exists ...
_route_gaps := _route_gaps_clauses

_route_gaps_clauses[[d.id, key]] contains "it is not available" if {
	some d in input.decisions
	some key in ["humanIntervention", "expressView", "contest"]
	not d.safeguards[key].available
}

# ... and can be reached through a channel ...
_route_gaps_clauses[[d.id, key]] contains "no channel is declared to ask for it" if {
	some d in input.decisions
	some key in ["humanIntervention", "expressView", "contest"]
	count(d.safeguards[key].channels) == 0
}

# ... and, for human intervention, whoever handles it can change the outcome.
_route_gaps_clauses[[d.id, "humanIntervention"]] contains "whoever handles it cannot change the outcome" if {
	some d in input.decisions
	d.safeguards.humanIntervention.available
	not d.safeguards.humanIntervention.canChangeOutcome
}

_safeguard_finding(i, d, key, label) := {
	"message": $"decision `{d.id}` is within Art. 22(1) and reaches {lib.art22_outcomes_words(d)}, but the right to {label} is missing: {concat("; ", sort(gaps))}",
	"path": ["decisions", i, "safeguards", key],
	"because": array.concat(
		[lib.art22_because(d), $"its exception is {lib.exception_words(d)}"],
		[$"safeguards.{key}: {g}" | some g in sort(gaps)],
	),
} if {
	gaps := _route_gaps[[d.id, key]]
}

# METADATA
# title: No working route to human intervention in a decision within Art. 22(1)
# description: >-
#   Under the contract and consent exceptions, the person must at least be able to obtain
#   human intervention on the controller's part (Art. 22(3)): a route that exists, a
#   channel to take it, and a person who can change the outcome. A reviewer who can only
#   confirm the machine's result is no intervention. The duty follows the derived Art. 22
#   scope: a decision brought within it by the facts gets the finding too, naming its root.
#   TM offered review or reassessment by an employee, and Persónuvernd found that compliant.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling (WP251rev.01), 6 February 2018"
# custom:
#   id: ART22-3-NO-HUMAN-INTERVENTION
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#   humanReview: Whether the reviewers are trained, see all the data and in practice change outcomes.
#   remediation: >-
#     Offer human review of the decision through at least one channel, by staff with
#     authority to change the outcome: set safeguards.humanIntervention.available,
#     channels and canChangeOutcome.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024 (human review offered; found compliant)
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling (WP251rev.01), 6 February 2018
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           humanIntervention: {available: false}
#   example: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           humanIntervention:
#             available: true
#             channels: [online, phone]
#             handledBy: medical-underwriters
#             canChangeOutcome: true
no_human_intervention contains finding if {
	some i, d in input.decisions
	_needs_safeguards(d)
	finding := _safeguard_finding(i, d, "humanIntervention", "obtain human intervention")
}

# METADATA
# title: No way to express one's point of view on a decision within Art. 22(1)
# description: >-
#   Under the contract and consent exceptions, the person must be able to express their
#   point of view (Art. 22(3)): a route that exists and a channel to use it. The duty
#   follows the derived Art. 22 scope.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling (WP251rev.01), 6 February 2018"
# custom:
#   id: ART22-3-NO-EXPRESS-VIEW
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#   humanReview: Whether a view put forward is actually considered before the decision stands.
#   remediation: >-
#     Let the person put their point of view through at least one channel, and declare it
#     in safeguards.expressView (available, channels).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling (WP251rev.01), 6 February 2018
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           expressView: {available: false}
#   example: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           expressView:
#             available: true
#             channels: [online, email, phone]
no_express_view contains finding if {
	some i, d in input.decisions
	_needs_safeguards(d)
	finding := _safeguard_finding(i, d, "expressView", "express one's point of view")
}

# METADATA
# title: No way to contest a decision within Art. 22(1)
# description: >-
#   Under the contract and consent exceptions, the person must be able to contest the
#   decision (Art. 22(3)) through a channel they can reach. The duty follows the derived
#   Art. 22 scope. TM let applicants object to the outcome, and Persónuvernd found that
#   compliant.
# custom:
#   id: ART22-3-NO-CONTEST
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#   humanReview: Whether contests are answered with reasons and can change the outcome.
#   remediation: >-
#     Offer a way to contest the decision through at least one channel, and declare it in
#     safeguards.contest (available, channels).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024 (right to contest offered; found compliant)
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           contest: {available: false}
#   example: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           contest:
#             available: true
#             channels: [online, email, post]
#             handledBy: medical-underwriters
#             canChangeOutcome: true
no_contest contains finding if {
	some i, d in input.decisions
	_needs_safeguards(d)
	finding := _safeguard_finding(i, d, "contest", "contest the decision")
}

# METADATA
# title: The person cannot learn the main reasons for a decision within Art. 22(1)
# description: >-
#   The binding ground is Art. 15(1)(h): a person subject to a decision within Art. 22(1)
#   is entitled to meaningful information about the logic involved, which the CJEU reads as
#   an explanation of the procedure and principles actually applied to their data, in a
#   concise, transparent and intelligible form, so that they can understand which of their
#   data was used and how, and exercise the Art. 22(3) rights to express a view and contest
#   (C-203/22, CK v Magistrat der Stadt Wien, 27 February 2025). Recital 71, which lists
#   obtaining an explanation of the decision reached among the safeguards, is not binding in
#   itself. The rule therefore fires, as a violation, when the person can learn the reasons
#   neither with the decision (safeguards.explanation) nor on request (the Art. 15(1)(h)
#   explanation is the actual logic: rights.explanationOnRequest); and when the decision
#   names the text that carries its reasons but that text does not evidence them. Whether
#   an explanation on request is adequate is ART15-1H-LOGIC-ON-REQUEST's question. The
#   Berlin DPA fined a bank EUR 300,000 on 31 May 2023 for not explaining an automated
#   credit-card rejection (Art. 22(3), 5(1)(a), 15(1)(h), as summarised in the EDPB's
#   national news; the decision itself was not read here). Iceland's Act 30/2004 art. 82
#   also requires reasons on request for a refusal of personal insurance (as a bill text;
#   not verified as enacted).
# related_resources:
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     description: "CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117"
#   - ref: https://edpb.europa.eu/news/national-news/2023/berlin-sa-imposes-300-000-euro-fine-against-bank-after-lack-transparency_mt
#     description: "Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI), fine of EUR 300,000 on a bank for an unexplained automated credit-card rejection, decision of 31 May 2023, reference not verified (as summarised by the EDPB)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 15(1)(h), 22(3) and Recital 71"
# custom:
#   id: ART22-3-NO-EXPLANATION
#   severity: violation
#   articles:
#     - GDPR Art. 15(1)(h)
#     - GDPR Art. 22(3)
#     - GDPR Recital 71
#   humanReview: Whether the reasons given are specific to the person's case.
#   remediation: >-
#     Give the main reasons with the decision (safeguards.explanation.available, and the
#     text in disclosure, whose covers claim decision-reasons), or at least, on request,
#     the procedure and principles actually applied (rights.explanationOnRequest.content
#     actual-logic).
#   sources:
#     - kind: judgment
#       title: CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     - kind: decision
#       title: Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI), fine of EUR 300,000 on a bank for an unexplained automated credit-card rejection, decision of 31 May 2023, reference not verified (as summarised by the EDPB)
#       url: https://edpb.europa.eu/news/national-news/2023/berlin-sa-imposes-300-000-euro-fine-against-bank-after-lack-transparency_mt
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 15(1)(h), 22(3) and Recital 71
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           explanation: {available: false, disclosure: null}
#     rights:
#       explanationOnRequest: {content: generic}
#   example: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           explanation:
#             available: true
#             disclosure: decision-notice   # a text that quotes the reasons (decision-reasons)
no_explanation contains finding if {
	some i, d in input.decisions
	_needs_safeguards(d)
	some gap in _explanation_gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` is within Art. 22(1) and reaches {lib.art22_outcomes_words(d)}, but {gap}",
		"path": ["decisions", i, "safeguards", "explanation"],
		"because": [
			lib.art22_because(d),
			$"safeguards.explanation: available {d.safeguards.explanation.available}, disclosure {_text_words(d.safeguards.explanation.disclosure)}; on request people get: {input.rights.explanationOnRequest.content}",
		],
	}
}

# Art. 15(1)(h): the reasons can be learnt, with the decision or on request ...
_explanation_gaps := _explanation_gaps_clauses

_explanation_gaps_clauses[d.id] contains "the person can learn the main reasons neither with the decision nor on request" if {
	some d in input.decisions
	not d.safeguards.explanation.available
	input.rights.explanationOnRequest.content != "actual-logic"
}

# ... and the text said to carry them does carry them.
_explanation_gaps_clauses[d.id] contains $"its text `{e.disclosure}` does not evidence the reasons (decision-reasons)" if {
	some d in input.decisions
	e := d.safeguards.explanation
	e.available
	e.disclosure != ""
	not lib.says(lib.disclosure(e.disclosure), "decision-reasons")
}

_text_words("") := "(none)"

_text_words(id) := $"`{id}`" if id != ""

# METADATA
# title: A decision within Art. 22(1) rests on special-category data without an Art. 9(2)(a) or (g) condition
# description: >-
#   Art. 22(4): a decision within Art. 22(1) may not be based on special categories of data
#   unless Art. 9(2)(a) (explicit consent) or (g) (substantial public interest, on the basis
#   of law) applies and suitable measures are in place, whichever Art. 22(2) exception the
#   decision rests on. An insurer relying on contract necessity (22(2)(a)) for the decision
#   and on explicit consent (9(2)(a)) for the health data it uses complies. The rule reads
#   the condition of the purpose the decision serves: explicit consent that is explicit and
#   valid, or substantial public interest with its law named. A consent that is bundled,
#   conditional or not specific is no condition, and the finding names that root. TM's
#   decisions rest on explicit consent (case 2024020415, para 22) and are not caught. The
#   suitable measures are the Art. 22(3) safeguards, checked by their own rules.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 22(4)"
# custom:
#   id: ART22-4-SPECIAL-CATEGORY
#   severity: violation
#   articles:
#     - GDPR Art. 22(4)
#     - GDPR Art. 9(2)(a)
#     - GDPR Art. 9(2)(g)
#   humanReview: Whether the suitable measures to safeguard the person's rights are in place, and whether the consent covers this use of the data.
#   remediation: >-
#     Rest the special-category data the decision uses on explicit consent (the purpose's
#     specialCategoryCondition explicit-consent, with a valid explicit consent), or on a law
#     of substantial public interest named in conditionLaw; or have a person decide.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 22(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22
#   counterexample: |
#     purposes:
#       - id: underwriting
#         specialCategoryCondition: null
#         consent: null
#   example: |
#     purposes:
#       - id: underwriting
#         specialCategoryCondition: explicit-consent
#         consent: health-consent
special_category contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	special := lib.special_inputs(d)
	count(special) > 0
	not lib.art22_4_condition(d.purpose)
	p := lib.purposes_by_id[d.purpose]
	finding := {
		"message": $"decision `{d.id}` is within Art. 22(1) and rests on special-category data ({lib.quoted(special)}) without a valid Art. 9(2)(a) or (g) condition",
		"path": ["decisions", i, "purpose"],
		"because": [
			lib.art22_because(d),
			$"it uses {lib.quoted(special)}; its exception is {lib.exception_words(d)}",
			_condition_fact(p),
		],
	}
}

_condition_fact(p) := lib.consent_invalid_fact(p.consent) if {
	p.specialCategoryCondition == "explicit-consent"
	p.consent != ""
	not lib.consent_valid(p.consent)
}

_condition_fact(p) := $"purpose `{p.id}` has condition {_condition_words(p)}, which is not explicit consent with a valid explicit consent, nor substantial public interest with its law named" if {
	not _invalid_consent_condition(p)
}

_invalid_consent_condition(p) if {
	p.specialCategoryCondition == "explicit-consent"
	p.consent != ""
	not lib.consent_valid(p.consent)
}

_condition_words(p) := "(none)" if p.specialCategoryCondition == ""

_condition_words(p) := $"{p.specialCategoryCondition} (consent `{p.consent}`)" if {
	p.specialCategoryCondition == "explicit-consent"
}

_condition_words(p) := p.specialCategoryCondition if {
	not p.specialCategoryCondition in {"", "explicit-consent"}
}

# METADATA
# title: Consent to an automated decision is the only way to get cover
# description: >-
#   Consent is not freely given if refusing it costs the person something essential (Art.
#   7(4)). Where a decision within Art. 22(1) rests on explicit consent, a way to be decided
#   on by people must exist, so that refusing the automated route does not mean going
#   without cover. Persónuvernd found TM's consent freely given because applicants who did
#   not consent could get an offer by phone or in a branch (case 2024020415, para 22). A
#   risk: whether the alternative is equivalent in practice needs a person.
# custom:
#   id: ART22-NO-ALTERNATIVE
#   severity: risk
#   articles:
#     - GDPR Art. 7(4)
#     - GDPR Art. 22(2)(c)
#   humanReview: Whether the alternative route offers the same cover, price and speed in practice.
#   remediation: >-
#     Offer a non-automated route (phone, branch, a human underwriter) and declare it
#     (alternativeChannel.available, channels).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22 (the phone and branch route made consent free)
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         alternativeChannel: {available: false, channels: [], sameTerms: false}
#   example: |
#     decisions:
#       - id: life-underwriting
#         alternativeChannel:
#           available: true
#           channels: [phone, branch]
#           sameTerms: true
no_alternative contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	d.exception == "explicit-consent"
	some gap in _alternative_gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` rests on consent to automated decision-making, but {gap}",
		"path": ["decisions", i, "alternativeChannel"],
		"because": [
			$"decision `{d.id}` is within Art. 22(1) on exception explicit-consent (consent `{d.consent}`)",
			$"alternativeChannel: available {d.alternativeChannel.available}, channels {lib.channels_words(d.alternativeChannel.channels)}",
		],
	}
}

# A route to be decided on by people exists ...
_alternative_gaps := _alternative_gaps_clauses

_alternative_gaps_clauses[d.id] contains "there is no other way to be decided on" if {
	some d in input.decisions
	not d.alternativeChannel.available
}

# ... and can be taken.
_alternative_gaps_clauses[d.id] contains "no channel for the other way is declared" if {
	some d in input.decisions
	d.alternativeChannel.available
	count(d.alternativeChannel.channels) == 0
}

# METADATA
# title: A decision within Art. 22(1) concerns children
# description: >-
#   Recital 71 says that solely automated decisions with legal or similarly significant
#   effect should not concern a child, and WP251rev.01 asks controllers not to rely on the
#   exceptions of Art. 22(2) to justify them for children except where necessary (for
#   example to protect their welfare). A decision within Art. 22(1) (derived) that decides
#   on children is a risk, not a violation: the Recital is not binding in itself.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (children)"
# custom:
#   id: REC71-CHILD
#   severity: risk
#   articles:
#     - GDPR Recital 71
#     - GDPR Art. 22(1)
#   humanReview: Whether the decision is necessary for the child's welfare, and what extra safeguards apply.
#   remediation: Have a person decide on children's cover, or exclude children from the automated route.
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (children)
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         subjects: [applicant, child]
#   example: |
#     decisions:
#       - id: life-underwriting
#         subjects: [applicant]
child contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	"child" in d.subjects
	finding := {
		"message": $"decision `{d.id}` decides on children automatically ({lib.art22_outcomes_words(d)})",
		"path": ["decisions", i, "subjects"],
		"because": [lib.art22_because(d), "its subjects include child"],
	}
}
