# METADATA
# title: Automated individual decisions (GDPR Art. 22)
# description: >-
#   Rules on decisions based solely on automated processing that produce legal or
#   similarly significant effects. A decision is within Art. 22(1) when it is declared
#   solely automated and the engine itself reaches an outcome that does not grant the
#   request in full (decline, loading, exclusion, postponement, individual price). A
#   solely automated path that only ever accepts at standard terms, every other
#   outcome going to a human, is outside. Persónuvernd withdrew, on 27 May 2025, its
#   decision of 23 September 2024 in case 2024020416 (Sjóvá), after the insurer showed
#   that only applications answering no to every risk-increasing question were issued
#   automatically, granting the request in full (the withdrawal's reasoning was not read in
#   full here). Germany's BDSG s. 37(1) no. 1 exempts decisions that grant the request in
#   full, but in the provision of benefits under an insurance contract, not underwriting:
#   it is cited by analogy only.
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
#   humanReview: Whether automation is really necessary for the contract (read narrowly), or the law named really authorises the decision.
#   remediation: >-
#     Declare the exception the decision rests on (exception: contract, law or
#     explicit-consent). For law, name it in exceptionLaw; for explicit-consent, name
#     the consent and make sure it is explicit (a separate, express statement).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
no_exception contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	some problem in exception_problems(d)
	finding := {
		"message": sprintf("decision `%s` is solely automated and %s, but %s", [d.id, lib.art22_outcomes_words(d), problem.message]),
		"path": array.concat(["decisions", i], problem.path),
		"because": [
			sprintf("decision `%s` is declared solely automated; the engine reaches: %s", [d.id, lib.art22_outcomes_words(d)]),
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
	lib.within_art22[d.id]
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
		d.id, lib.art22_outcomes_words(d), label, concat("; ", [g.text | some g in gaps]),
	]),
	"path": ["decisions", i, "safeguards", key],
	"because": array.concat(
		[sprintf("decision `%s` is solely automated (exception: %s); the engine reaches: %s", [d.id, exception_words(d), lib.art22_outcomes_words(d)])],
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
#   humanReview: Whether a view put forward is actually considered before the decision stands.
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
#   humanReview: Whether contests are answered with reasons and can change the outcome.
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

# METADATA
# title: A decision declared as not solely automated is decided by the engine, or follows a third party's score
# description: >-
#   A decision is within Art. 22(1) when the engine reaches an adverse outcome without a
#   person deciding it, whatever the decision is called: a decision declared decision-support
#   or manual whose outcomes include one the engine decides (decline, loading, exclusion,
#   postponement, price) is misclassified. So is one that in practice follows a factor the
#   declaration marks decisive when that factor is a score from a third party (a credit
#   bureau or another insurer): the CJEU held in SCHUFA (C-634/21) that establishing such a
#   score is itself an automated decision where a third party draws strongly on it. The
#   Finnish Data Protection Ombudsman (Svea Ekonomi, 2019) likewise treated an online
#   credit decision service as Art. 22 automated decision-making.
# custom:
#   id: ART22-1-MISCLASSIFIED
#   severity: violation
#   articles:
#     - GDPR Art. 22(1)
#     - GDPR Art. 4(4)
#   humanReview: How decisions are in fact taken, and whether the people involved routinely follow the engine or the score.
#   remediation: >-
#     Declare the decision solely-automated and give it the Art. 22 exception and
#     safeguards, or put a person with authority and all the data in charge of the adverse
#     outcomes (decidedBy human).
#   sources:
#     - kind: judgment
#       title: CJEU, Case C-634/21, OQ v Land Hessen (SCHUFA Holding AG), judgment of 7 December 2023, ECLI:EU:C:2023:957
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-634/21
#     - kind: decision
#       title: Finnish Data Protection Ombudsman, order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness, press release of 1 April 2019
#       url: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#   example: |
#     decisions:
#       - id: life-underwriting
#         automation: decision-support
#         outcomes:
#           - {type: accept, decidedBy: engine}
#           - {type: decline, decidedBy: human}     # adverse outcomes decided by a person
misclassified contains finding if {
	some i, d in input.decisions
	d.automation != "solely-automated"
	adverse := lib.engine_adverse_outcomes(d)
	count(adverse) > 0
	finding := {
		"message": sprintf("decision `%s` is declared %s, but the engine itself reaches %s", [d.id, d.automation, concat(", ", adverse)]),
		"path": ["decisions", i, "automation"],
		"because": [
			sprintf("decision `%s` has automation %s", [d.id, d.automation]),
			sprintf("its outcomes decided by the engine include %s", [concat(", ", adverse)]),
		],
	}
}

misclassified contains finding if {
	some i, d in input.decisions
	d.automation != "solely-automated"
	count(lib.engine_adverse_outcomes(d)) == 0
	some j, f in d.factors
	f.decisive
	f.effect in lib.adverse_effects
	external_score(lib.category(f.category))
	finding := {
		"message": sprintf("decision `%s` is declared %s, but follows the external score in factor `%s`", [d.id, d.automation, f.id]),
		"path": ["decisions", i, "factors", j],
		"because": [
			sprintf("factor `%s` reads `%s`, from %s, and is declared decisive (the outcome follows it in practice)", [f.id, f.category, concat(", ", lib.category(f.category).sources)]),
			sprintf("its effect is %s", [f.effect]),
		],
	}
}

external_score(c) if c.about == "credit-score"

external_score(c) if {
	some s in c.sources
	s in {"credit-bureau", "other-insurers"}
}

# METADATA
# title: The human said to decide cannot change the outcome, or lacks the data or competence
# description: >-
#   A decision escapes Art. 22(1) only if a human's involvement is meaningful: the reviewer
#   must have the authority and competence to change the decision and must consider all the
#   relevant data, not only the score (WP251rev.01). A decision declared decision-support
#   must name the reviewing role and declare that it can change the outcome, sees all the
#   relevant data and is competent; otherwise the human is a token and the decision is
#   solely automated in law.
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
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
#   example: |
#     decisions:
#       - id: claims-triage
#         automation: decision-support
#         humanReview:
#           role: claims-handlers
#           canChangeOutcome: true
#           seesAllRelevantData: true
#           competent: true
token_human contains finding if {
	some i, d in input.decisions
	d.automation == "decision-support"
	gaps := [g | some g in human_review_gaps(d.humanReview)]
	count(gaps) > 0
	finding := {
		"message": sprintf("decision `%s` is declared decided by a human, but %s", [d.id, concat("; ", sort(gaps))]),
		"path": ["decisions", i, "humanReview"],
		"because": [
			sprintf("decision `%s` has automation decision-support", [d.id]),
			sprintf("humanReview: role %q, canChangeOutcome %v, seesAllRelevantData %v, competent %v", [d.humanReview.role, d.humanReview.canChangeOutcome, d.humanReview.seesAllRelevantData, d.humanReview.competent]),
		],
	}
}

human_review_gaps(h) := {"no reviewing role is named" | h.role == ""} |
	{"the reviewer cannot change the outcome" | not h.canChangeOutcome} |
	{"the reviewer does not see all the relevant data" | not h.seesAllRelevantData} |
	{"the reviewer is not declared competent to assess the case" | not h.competent}

# METADATA
# title: The person is not given the main reasons for a solely automated decision
# description: >-
#   Recital 71 lists, among the safeguards of a solely automated decision, the right to
#   obtain an explanation of the decision reached; without it, contesting is blind. The
#   rule requires safeguards.explanation.available, and, where the decision names the text
#   that carries the reasons, that the text evidences decision-reasons. Iceland's Act
#   30/2004 on insurance contracts (art. 82) also requires reasons for a refusal of
#   personal insurance on request. The Berlin DPA (2023) and the Hamburg DPA (2025) fined
#   financial companies for not explaining automated rejections; those decisions were not
#   read here and are not relied on.
# custom:
#   id: ART22-3-NO-EXPLANATION
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#     - GDPR Recital 71
#   humanReview: Whether the reasons given are specific to the person's case.
#   remediation: >-
#     Give the main reasons with the decision or on request (safeguards.explanation.available,
#     and the text in disclosure, whose covers claim decision-reasons).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 22(3) and Recital 71
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
#   example: |
#     safeguards:
#       explanation:
#         available: true
#         disclosure: decision-notice
no_explanation contains finding if {
	some i, d in input.decisions
	needs_safeguards(d)
	some gap in explanation_gaps(d.safeguards.explanation)
	finding := {
		"message": sprintf("decision `%s` is solely automated and %s, but %s", [d.id, lib.art22_outcomes_words(d), gap]),
		"path": ["decisions", i, "safeguards", "explanation"],
		"because": [
			sprintf("decision `%s` is solely automated (exception: %s); the engine reaches: %s", [d.id, exception_words(d), lib.art22_outcomes_words(d)]),
			sprintf("safeguards.explanation: available %v, disclosure %q", [d.safeguards.explanation.available, d.safeguards.explanation.disclosure]),
		],
	}
}

explanation_gaps(e) := {"the person is not given the main reasons for it" | not e.available} | {g |
	e.available
	e.disclosure != ""
	not lib.says(lib.disclosure(e.disclosure), "decision-reasons")
	g := sprintf("its text `%s` does not evidence the reasons (decision-reasons)", [e.disclosure])
}

# METADATA
# title: A solely automated decision rests on health or other special-category data without explicit consent or a public-interest law
# description: >-
#   A solely automated decision may not be based on special-category data unless the person
#   gave explicit consent (Art. 9(2)(a)) or processing is necessary for reasons of
#   substantial public interest on the basis of law (Art. 9(2)(g)), with suitable measures
#   (Art. 22(4)). The contract exception alone does not allow automated underwriting on
#   health data. The rule requires, for a decision that uses special categories, the
#   explicit-consent exception with a purpose whose condition is explicit-consent, or a
#   purpose whose condition is substantial-public-interest with its law named. TM's
#   decisions rest on explicit consent to automated decision-making (case 2024020415,
#   para 22) and are not caught.
# custom:
#   id: ART22-4-SPECIAL-CATEGORY
#   severity: violation
#   articles:
#     - GDPR Art. 22(4)
#     - GDPR Art. 9(2)(a)
#     - GDPR Art. 9(2)(g)
#   humanReview: Whether the suitable measures to safeguard the person's rights are in place.
#   remediation: >-
#     Rest the decision on explicit consent (exception explicit-consent, and the purpose's
#     specialCategoryCondition explicit-consent), or on a law of substantial public interest
#     named in conditionLaw; or have a person decide.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 22(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22
#   example: |
#     decisions:
#       - id: life-underwriting
#         exception: explicit-consent
#         consent: adm-consent
special_category contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	special := lib.special_inputs(d)
	count(special) > 0
	not art22_4_ok(d)
	finding := {
		"message": sprintf("decision `%s` is solely automated on special-category data (%s) without explicit consent or a law of substantial public interest", [d.id, lib.quoted(special)]),
		"path": ["decisions", i, "exception"],
		"because": [
			sprintf("decision `%s` uses %s and the engine reaches %s", [d.id, lib.quoted(special), lib.art22_outcomes_words(d)]),
			sprintf("its exception is %s; its purpose `%s` has condition %q", [exception_words(d), d.purpose, lib.purposes_by_id[d.purpose].specialCategoryCondition]),
		],
	}
}

art22_4_ok(d) if {
	d.exception == "explicit-consent"
	lib.purposes_by_id[d.purpose].specialCategoryCondition == "explicit-consent"
}

art22_4_ok(d) if {
	p := lib.purposes_by_id[d.purpose]
	p.specialCategoryCondition == "substantial-public-interest"
	p.conditionLaw != ""
}

# METADATA
# title: Consent to an automated decision is the only way to get cover
# description: >-
#   Consent is not freely given if refusing it costs the person something essential (Art.
#   7(4)). Where a solely automated decision rests on explicit consent, a way to be decided
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
#   example: |
#     alternativeChannel:
#       available: true
#       channels: [phone, branch]
no_alternative contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	d.exception == "explicit-consent"
	some gap in alternative_gaps(d.alternativeChannel)
	finding := {
		"message": sprintf("decision `%s` rests on consent to automated decision-making, but %s", [d.id, gap]),
		"path": ["decisions", i, "alternativeChannel"],
		"because": [
			sprintf("decision `%s` is solely automated on exception explicit-consent (consent `%s`)", [d.id, d.consent]),
			sprintf("alternativeChannel: available %v, channels %s", [d.alternativeChannel.available, channels_words(d.alternativeChannel.channels)]),
		],
	}
}

alternative_gaps(a) := {"there is no other way to be decided on" | not a.available} |
	{"no channel for the other way is declared" | a.available; count(a.channels) == 0}

channels_words(cs) := "none" if count(cs) == 0

channels_words(cs) := concat(", ", cs) if count(cs) > 0

# METADATA
# title: A solely automated decision concerns children
# description: >-
#   Recital 71 says that solely automated decisions with legal or similarly significant
#   effect should not concern a child, and WP251rev.01 asks controllers not to rely on the
#   exceptions of Art. 22(2) to justify them for children except where necessary (for
#   example to protect their welfare). A decision that decides on children automatically
#   is a risk, not a violation: the Recital is not binding in itself.
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
#   example: |
#     decisions:
#       - id: life-underwriting
#         subjects: [applicant]     # children's cover goes to an underwriter
child contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	"child" in d.subjects
	finding := {
		"message": sprintf("decision `%s` decides on children automatically (%s)", [d.id, lib.art22_outcomes_words(d)]),
		"path": ["decisions", i, "subjects"],
		"because": [sprintf("decision `%s` is solely automated and its subjects include child", [d.id])],
	}
}
