# Qualifications the law attaches to the facts of a declaration.
#
# The middle layer between the declaration's facts and the findings. Each rule here
# answers one question the law asks (is this decision within Art. 22(1)? is this consent
# valid? has this purpose a valid basis?), once per declaration, from facts rather than
# from the labels the declaration gives itself, and keeps its reasons. Finding rules read
# these qualifications, so a conclusion reached once (a consent is invalid) is carried
# into every consequence (no Art. 6(1)(a) basis, no Art. 9(2)(a) condition, no Art.
# 22(2)(c) exception), each naming its root. Defects are objects {rule, path, message,
# fact, root}: rule is the id of the rule that reports it, path is relative to the entry,
# and root, when not empty, is the rule whose finding it follows from.
package art22.lib

# ---------------------------------------------------------------------------
# Outcomes

# METADATA
# title: The adverse outcomes the engine itself reaches in each decision, by decision id, sorted
engine_adverse := _engine_adverse

_engine_adverse[d.id] := sort({o.type |
	some o in d.outcomes
	o.decidedBy == "engine"
	o.type in adverse_outcomes
}) if {
	some d in input.decisions
}

# METADATA
# title: The adverse outcomes a human is said to reach in each decision, by decision id, sorted
human_adverse := _human_adverse

_human_adverse[d.id] := sort({o.type |
	some o in d.outcomes
	o.decidedBy == "human"
	o.type in adverse_outcomes
}) if {
	some d in input.decisions
}

# METADATA
# title: The adverse outcomes the engine reaches in decision d, sorted
engine_adverse_outcomes(d) := engine_adverse[d.id]

# ---------------------------------------------------------------------------
# Art. 22(1): decisions based solely on automated processing with significant effect

# METADATA
# title: Why the human said to decide is no meaningful human involvement, by decision id
# description: >-
#   For a decision declared decision-support: a reviewer who cannot change the outcome,
#   does not consider all the relevant data or lacks the competence is a token gesture,
#   and the decision is based solely on automated processing (WP251rev.01, on Art. 22(1)).
token_human_defects := _token_human_defects

_token_human_defects[d.id] contains "cannot change the outcome" if {
	some d in input.decisions
	d.automation == "decision-support"
	not d.humanReview.canChangeOutcome
}

_token_human_defects[d.id] contains "does not see all the relevant data" if {
	some d in input.decisions
	d.automation == "decision-support"
	not d.humanReview.seesAllRelevantData
}

_token_human_defects[d.id] contains "is not declared competent to assess the case" if {
	some d in input.decisions
	d.automation == "decision-support"
	not d.humanReview.competent
}

# Declared solely automated, and the engine reaches an adverse outcome.
_art22_reasons := _art22_reasons_clauses

_art22_reasons_clauses[d.id] contains {
	"kind": "declared",
	"rule": "",
	"outcomes": engine_adverse[d.id],
	"text": $"declared solely automated; the engine reaches {listed(engine_adverse[d.id])}",
} if {
	some d in input.decisions
	d.automation == "solely-automated"
	count(engine_adverse[d.id]) > 0
}

# Declared otherwise, but the engine itself reaches an adverse outcome.
_art22_reasons_clauses[d.id] contains {
	"kind": "engine-decided",
	"rule": "ART22-1-MISCLASSIFIED",
	"outcomes": engine_adverse[d.id],
	"text": $"declared {d.automation}, but the engine itself reaches {listed(engine_adverse[d.id])} (ART22-1-MISCLASSIFIED)",
} if {
	some d in input.decisions
	d.automation != "solely-automated"
	count(engine_adverse[d.id]) > 0
}

# A human is said to decide the adverse outcomes, but the involvement is a token.
_art22_reasons_clauses[d.id] contains {
	"kind": "token-human",
	"rule": "ART22-1-TOKEN-HUMAN",
	"outcomes": human_adverse[d.id],
	"text": $"the human said to decide {listed(human_adverse[d.id])} {concat(" and ", token_human_defects[d.id])} (ART22-1-TOKEN-HUMAN)",
} if {
	some d in input.decisions
	count(human_adverse[d.id]) > 0
	token_human_defects[d.id]
}

# The outcome follows a score whatever else is known: whoever applies it merely
# applies the score.
_art22_reasons_clauses[d.id] contains {
	"kind": "decisive-score",
	"rule": "ART22-1-MISCLASSIFIED",
	"outcomes": [effect_outcome[f.effect]],
	"text": $"the outcome follows factor `{f.id}` ({f.effect}, reading `{f.category}`{_score_origin(f)}) whatever else is known, so whoever applies it merely applies the score (ART22-1-MISCLASSIFIED)",
} if {
	some d in input.decisions
	d.automation != "solely-automated"
	some f in d.factors
	f.decisive
	f.effect in adverse_effects
}

_score_origin(f) := $", from {concat(", ", category(f.category).sources)}" if external_score(category(f.category))

_score_origin(f) := "" if not external_score(category(f.category))

# METADATA
# title: Whether a data category is a score or data established by a third party
# description: A credit score, or data from a credit bureau or another insurer.
external_score(c) if c.about == "credit-score"

external_score(c) if {
	some s in c.sources
	s in {"credit-bureau", "other-insurers"}
}

# METADATA
# title: The decisions within Art. 22(1), by decision id, with the outcomes and the reasons
# description: >-
#   A decision is within Art. 22(1) when, in fact, an outcome that does not grant the
#   request in full is reached without meaningful human involvement: the declaration says
#   so (declared); the engine itself reaches it although the declaration says otherwise
#   (engine-decided); the human said to decide cannot change it, lacks the data or the
#   competence (token-human, WP251rev.01); or the outcome follows a score whatever else is
#   known (decisive-score; where a third party establishes the score, CJEU C-634/21
#   SCHUFA holds that establishing it is itself such a decision). A solely automated route
#   that only ever grants the request in full is not within. Value: {outcomes: sorted
#   adverse outcomes reached, reasons: [{kind, rule, outcomes, text}]}.
within_art22 := _within_art22

_within_art22[id] := {
	"outcomes": sort({o | some r in reasons; some o in r.outcomes}),
	"reasons": [r | some r in reasons],
} if {
	some id, reasons in _art22_reasons
}

# METADATA
# title: Whether decision d is within Art. 22(1)
in_art22(d) if within_art22[d.id]

# ---------------------------------------------------------------------------
# Scores that steer people, and the decisions whose model needs governance

# METADATA
# title: Decisions outside Art. 22(1) whose engine selects people for a human's attention, by decision id
# description: >-
#   A score that refers people to an underwriter, or selects them for a check or an
#   investigation, steers what humans do to them even where a human decides: the model
#   behind it needs validation, bias testing, monitoring and documentation (Art. 5(1)(a),
#   5(1)(d), 25(1), Recital 71). Value: the steering outcomes, sorted.
steering := _steering

_steering[id] := sort([o | some o in outs]) if {
	some id, outs in _steering_outcomes
	not within_art22[id]
}

# The engine reaches a referral or a selection for a check ...
_steering_outcomes := _steering_outcomes_clauses

_steering_outcomes_clauses[d.id] contains o.type if {
	some d in input.decisions
	some o in d.outcomes
	o.decidedBy == "engine"
	o.type in steering_outcomes
}

# ... or a factor applied by the engine refers people to a human.
_steering_outcomes_clauses[d.id] contains "referral" if {
	some d in input.decisions
	some f in d.factors
	f.effect == "referral"
	f.appliedBy == "engine"
}

# METADATA
# title: Decisions whose model needs governance, by decision id, with the reason
# description: Solely automated (within Art. 22(1)) or steering people (a score selecting whom humans look at).
needs_governance := _needs_governance

_needs_governance[id] := "within Art. 22(1)" if some id, _ in within_art22

_needs_governance[id] := $"its engine selects people for {listed(outs)}" if some id, outs in steering

# ---------------------------------------------------------------------------
# Consent (Art. 4(11), 7)

_family(p) := purpose_families[p.type]

_family(p) := $"other (`{p.id}`)" if not purpose_families[p.type]

# METADATA
# title: The families of purposes each consent backs, by consent id
# description: >-
#   The families of the purposes that rely on the consent and of the purposes served by
#   the decisions that rest on it (Art. 22(2)(c)).
consent_families := _consent_families

_consent_families[k] contains _family(purposes_by_id[u.purpose]) if {
	some k, us in consent_users
	some u in us
}

# METADATA
# title: Why each consent is not valid, by consent id
# description: >-
#   A consent that is not a clear affirmative act distinguishable from other matters (Art.
#   4(11), 7(2), Recital 32), that is made a condition of something that does not need the
#   processing (Art. 7(4)), or that is not specific because it backs purposes of different
#   kinds (Art. 4(11), 6(1)(a), Recitals 32 and 43) is not valid: it is no Art. 6(1)(a)
#   basis, no Art. 9(2)(a) condition and no Art. 22(2)(c) exception.
consent_defects := _consent_defects

_consent_defects[k.id] contains {
	"rule": "ART7-2-BUNDLED-CONSENT",
	"path": ["mechanism"],
	"message": $"is given by {k.mechanism}, which is not a separate, specific act",
	"fact": bundled_mechanisms[k.mechanism],
	"root": "",
} if {
	some k in input.consents
	bundled_mechanisms[k.mechanism]
}

_consent_defects[k.id] contains {
	"rule": "ART7-4-CONDITIONAL-CONSENT",
	"path": ["conditionOf"],
	"message": $"is a condition of the {k.conditionOf.what}, which does not need the processing",
	"fact": "conditionOf.necessary is false: the processing consented to is not necessary for it",
	"root": "",
} if {
	some k in input.consents
	k.conditionOf.what != "nothing"
	not k.conditionOf.necessary
}

_consent_defects[k.id] contains {
	"rule": "ART7-GRANULAR-CONSENT",
	"path": [],
	"message": $"backs purposes of different kinds ({listed(consent_families[k.id])}) with one consent",
	"fact": $"it is relied on by {_consent_users_words(k.id)}",
	"root": "",
} if {
	some k in input.consents
	count(consent_families[k.id]) > 1
}

_consent_users_words(id) := concat("; ", sort([w |
	some u in consent_users[id]
	p := purposes_by_id[u.purpose]
	w := _consent_user_words(u, p)
]))

_consent_user_words(u, p) := $"purpose `{p.id}` ({p.type})" if u.kind == "purpose"

_consent_user_words(u, p) := $"decision `{u.id}` (Art. 22(2)(c); it serves `{p.id}`, {p.type})" if u.kind == "decision"

# METADATA
# title: Whether the consent with the given id is valid
consent_valid(id) if {
	consents_by_id[id]
	not consent_defects[id]
}

# METADATA
# title: Whether the consent with the given id is valid and explicit (Art. 9(2)(a), 22(2)(c))
explicit_consent_valid(id) if {
	consent_valid(id)
	consent(id).explicit
}

# METADATA
# title: Why a consent is not valid, as one because line naming the rules that found it
consent_invalid_fact(id) := $"consent `{id}` is not valid: {concat("; ", sort([$"it {x.message} ({x.rule})" | some x in consent_defects[id]]))}"

# METADATA
# title: The rules whose findings make a consent invalid, sorted
consent_invalid_rules(id) := sort({x.rule | some x in consent_defects[id]})

# ---------------------------------------------------------------------------
# Protected characteristics among the rating factors

# METADATA
# title: The categories each category is computed from (derivedFrom), by category id
derivation_graph := {c.id: {d | some d in c.derivedFrom} | some c in input.dataCategories}

# METADATA
# title: The rating factors that use, or stand in for, a protected characteristic, by factor id
# description: >-
#   What the factor's data category is about (nationality, ethnic origin...), what that
#   topic can stand in for (postcode, name, country of birth, education...: proxy_topics),
#   what the categories it is computed from are about or stand in for (derivedFrom,
#   followed through), and what the declaration names in proxyFor. A justification is structured evidence: the
#   actuarial or statistical evidence that the factor, not the characteristic, drives the
#   risk, and a bias test across the characteristics concerned, within the model's bias-test
#   interval (a year by default), that found no disparity or a mitigated one. A statement
#   alone justifies nothing, and direct use of ethnic origin, or of nationality outside a
#   legal duty, is never justified. Value: {decision, characteristics, direct, derived,
#   declared, justified, defects}.
protected_factor := _protected_factor

_protected_factor[id] := {
	"decision": x.decision.id,
	"characteristics": sort(x.characteristics),
	"direct": sort(x.direct),
	"derived": sort(x.derived),
	"declared": sort(x.declared),
	"justified": count(defects) == 0,
	"defects": sort(defects),
} if {
	some id, x in _uses_protected
	defects := {m | some m in _justification_defects[id]}
}

# The factors that use or stand in for a protected characteristic, by factor id.
_uses_protected := _uses_protected_clauses

_uses_protected_clauses[f.id] := {
	"decision": d, "factor": f, "direct": direct, "derived": derived, "declared": declared,
	"characteristics": ((direct | derived) | declared),
} if {
	some d in input.decisions
	some f in d.factors
	c := category(f.category)
	direct := {c.about} & protected_topics
	derived := object.get(proxy_topics, c.about, set()) | _inherited(c.id)
	declared := {t | some t in c.proxyFor} & protected_topics
	count(((direct | derived) | declared)) > 0
}

# Ethnic origin, and nationality outside a legal duty, are never justified ...
_justification_defects := _justification_defects_clauses

_justification_defects_clauses[id] contains $"direct use of {t} is never justified" if {
	some id, x in _uses_protected
	some t in (x.direct & never_justified_topics)
	not _legal_duty(x.decision, t)
}

# ... the others need actuarial or statistical evidence ...
_justification_defects_clauses[id] contains "no actuarial or statistical evidence is given (justification.evidence is empty)" if {
	some id, x in _uses_protected
	trim_space(x.factor.justification.evidence) == ""
}

# ... and a bias test that was done ...
_justification_defects_clauses[id] contains "it was never tested for disparate effects (justification.biasTest.date is empty)" if {
	some id, x in _uses_protected
	x.factor.justification.biasTest.date == ""
}

# ... within the model's bias-test interval ...
_justification_defects_clauses[id] contains $"its bias test of {t.date} is older than {_bias_interval_words(x.decision)}" if {
	some id, x in _uses_protected
	t := x.factor.justification.biasTest
	t.date != ""
	stale(t.date, x.decision.model.biasTestInterval)
}

# ... found no disparity, or a mitigated one ...
_justification_defects_clauses[id] contains $"its bias test found {_result_words(t.result)}" if {
	some id, x in _uses_protected
	t := x.factor.justification.biasTest
	t.date != ""
	not t.result in justifying_bias_results
}

# ... and covered every characteristic the factor uses or stands in for.
_justification_defects_clauses[id] contains $"its bias test does not cover {listed(sort(untested))}" if {
	some id, x in _uses_protected
	t := x.factor.justification.biasTest
	t.date != ""
	untested := x.characteristics - {g | some g in t.groups}
	count(untested) > 0
}

# What the categories a category is computed from (derivedFrom, followed
# through) are about or stand in for: a score built from nationality stands in
# for nationality.
_inherited(id) := {t |
	some src in graph.reachable(derivation_graph, derivation_graph[id])
	some t in _stands_for(category(src))
}

_stands_for(c) := (({c.about} & protected_topics) | object.get(proxy_topics, c.about, set())) | ({t | some t in c.proxyFor} & protected_topics)

_legal_duty(d, "nationality") if purposes_by_id[d.purpose].type == "legal-compliance"

_bias_interval_words(d) := d.model.biasTestInterval.text if d.model.biasTestInterval.declared

_bias_interval_words(d) := "a year" if not d.model.biasTestInterval.declared

_result_words("") := "no declared result"

_result_words(r) := r if r != ""

# ---------------------------------------------------------------------------
# Art. 6(1): the lawful basis of each purpose

# METADATA
# title: Why each purpose has no valid Art. 6(1) basis, by purpose id
# description: >-
#   One body per condition of the law: a basis is declared (Art. 6(1)); legal obligation
#   and public task name their law (Art. 6(3)); consent names a consent that is valid (Art.
#   4(11), 7); a legitimate interest is stated; and a basis other than consent covers only
#   data necessary for the purpose, so that processing optional data on contract, purposes
#   no contract needs, or a factor that discriminates without justification, has no basis
#   (Art. 5(1)(a), 5(1)(c) with 6(1); CJEU C-252/21).
basis_defects := _basis_defects

_basis_defects[p.id] contains {
	"rule": "ART6-1-NO-BASIS", "path": ["legalBasis"], "root": "",
	"message": "has no Art. 6(1) basis", "fact": "legalBasis is empty",
} if {
	some p in input.purposes
	p.legalBasis == ""
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-NO-BASIS", "path": ["legalBasisLaw"], "root": "",
	"message": $"rests on {p.legalBasis} but names no law",
	"fact": $"legalBasis is {p.legalBasis} and legalBasisLaw is empty",
} if {
	some p in input.purposes
	p.legalBasis in {"legal-obligation", "public-task"}
	trim_space(p.legalBasisLaw) == ""
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-NO-BASIS", "path": ["consent"], "root": "",
	"message": "rests on consent but names no consent",
	"fact": "legalBasis is consent and consent is empty",
} if {
	some p in input.purposes
	p.legalBasis == "consent"
	p.consent == ""
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-NO-BASIS", "path": ["consent"],
	"root": concat(", ", consent_invalid_rules(p.consent)),
	"message": $"rests on consent `{p.consent}`, which is not valid, so it has no Art. 6(1)(a) basis",
	"fact": consent_invalid_fact(p.consent),
} if {
	some p in input.purposes
	p.legalBasis == "consent"
	p.consent != ""
	not consent_valid(p.consent)
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-NO-BASIS", "path": ["legitimateInterest"], "root": "",
	"message": "rests on legitimate interests but does not say which",
	"fact": "legalBasis is legitimate-interests and legitimateInterest.interest is empty",
} if {
	some p in input.purposes
	p.legalBasis == "legitimate-interests"
	trim_space(p.legitimateInterest.interest) == ""
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-BASIS-NECESSITY", "path": ["legalBasis"], "root": "",
	"message": $"rests on contract, but {p.type} is not necessary to perform an insurance contract",
	"fact": $"purpose `{p.id}` is of type {p.type}, which no insurance contract objectively needs",
} if {
	some p in input.purposes
	p.legalBasis == "contract"
	p.type in not_contract_purposes
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-BASIS-NECESSITY", "path": ["categories", j], "root": "",
	"message": $"rests on contract, but data category `{c}` is optional, so it is not necessary for the contract",
	"fact": $"data category `{c}` is declared optional: the person may leave it out and still be covered",
} if {
	some p in input.purposes
	p.legalBasis == "contract"
	some j, c in p.categories
	category(c).optional
}

_basis_defects[p.id] contains {
	"rule": "ART6-1-BASIS-NECESSITY", "path": _category_path(p, f.category), "root": "ART5-1A-PROTECTED-PROXY",
	"message": $"rests on {p.legalBasis}, but its decision `{pf.decision}` rates people on factor `{f.id}`, which uses {listed(pf.characteristics)} without justification",
	"fact": $"factor `{f.id}` reads `{f.category}` and is not justified: {concat("; ", pf.defects)} (ART5-1A-PROTECTED-PROXY)",
} if {
	some d in input.decisions
	p := purposes_by_id[d.purpose]
	not p.legalBasis in {"", "consent"}
	some f in d.factors
	pf := protected_factor[f.id]
	not pf.justified
}

_category_path(p, id) := ["categories", j] if {
	some j, c in p.categories
	c == id
}

_category_path(p, id) := ["legalBasis"] if not id in p.categories

# METADATA
# title: Whether the purpose with the given id has a valid Art. 6(1) basis
basis_valid(id) if {
	purposes_by_id[id]
	not basis_defects[id]
}

# ---------------------------------------------------------------------------
# Art. 9(2): the condition of each purpose that uses special categories

# METADATA
# title: The special categories each purpose uses, by purpose id, sorted
special_of_purpose := _special_of_purpose

_special_of_purpose[p.id] := sort(cs) if {
	some p in input.purposes
	cs := [c | some c in p.categories; special(c)]
	count(cs) > 0
}

# METADATA
# title: Why each purpose that uses special categories has no valid Art. 9(2) condition, by purpose id
# description: >-
#   A condition is declared; one that needs a law names it (Art. 9(2)(b), (g)-(j)); explicit
#   consent names a consent that is explicit and valid (Art. 9(2)(a) with 4(11) and 7).
condition_defects := _condition_defects

_condition_defects[p.id] contains {
	"rule": "ART9-2-NO-CONDITION", "path": ["specialCategoryCondition"], "root": "",
	"message": "declares no Art. 9(2) condition", "fact": "specialCategoryCondition is empty",
} if {
	some p in input.purposes
	special_of_purpose[p.id]
	p.specialCategoryCondition == ""
}

_condition_defects[p.id] contains {
	"rule": "ART9-2-NO-CONDITION", "path": ["conditionLaw"], "root": "",
	"message": $"the law that condition {p.specialCategoryCondition} rests on is not named",
	"fact": $"condition {p.specialCategoryCondition} needs a basis in Union or Member State law and conditionLaw is empty",
} if {
	some p in input.purposes
	special_of_purpose[p.id]
	p.specialCategoryCondition in conditions_needing_law
	trim_space(p.conditionLaw) == ""
}

_condition_defects[p.id] contains {
	"rule": "ART9-2-NO-CONDITION", "path": ["consent"], "root": "",
	"message": "names no consent for condition explicit-consent",
	"fact": "condition is explicit-consent (Art. 9(2)(a)) and no consent is named",
} if {
	some p in input.purposes
	special_of_purpose[p.id]
	p.specialCategoryCondition == "explicit-consent"
	p.consent == ""
}

_condition_defects[p.id] contains {
	"rule": "ART9-2-NO-CONDITION", "path": ["consent"], "root": "",
	"message": $"consent `{p.consent}` is not explicit",
	"fact": $"condition is explicit-consent and consent `{p.consent}` is not declared explicit",
} if {
	some p in input.purposes
	special_of_purpose[p.id]
	p.specialCategoryCondition == "explicit-consent"
	p.consent != ""
	not consent(p.consent).explicit
}

_condition_defects[p.id] contains {
	"rule": "ART9-2-NO-CONDITION", "path": ["consent"],
	"root": concat(", ", consent_invalid_rules(p.consent)),
	"message": $"consent `{p.consent}` is not valid, so it has no Art. 9(2)(a) condition",
	"fact": consent_invalid_fact(p.consent),
} if {
	some p in input.purposes
	special_of_purpose[p.id]
	p.specialCategoryCondition == "explicit-consent"
	p.consent != ""
	not consent_valid(p.consent)
}

# METADATA
# title: Whether the purpose with the given id has a valid Art. 9(2)(a) or (g) condition (Art. 22(4))
art22_4_condition(id) if {
	p := purposes_by_id[id]
	p.specialCategoryCondition == "explicit-consent"
	explicit_consent_valid(p.consent)
}

art22_4_condition(id) if {
	p := purposes_by_id[id]
	p.specialCategoryCondition == "substantial-public-interest"
	trim_space(p.conditionLaw) != ""
}

# ---------------------------------------------------------------------------
# Art. 22(2): the exception each decision within Art. 22(1) rests on

# METADATA
# title: Why each decision within Art. 22(1) rests on no valid Art. 22(2) exception, by decision id
# description: >-
#   An exception is declared: necessity for a contract (a), a law that authorises the
#   decision, named (b), or explicit consent (c), which must be explicit and valid.
exception_defects := _exception_defects

_exception_defects[d.id] contains {
	"rule": "ART22-2-NO-EXCEPTION", "path": ["exception"], "root": "",
	"message": "it declares no Art. 22(2) exception", "fact": "no exception is declared",
} if {
	some d in input.decisions
	within_art22[d.id]
	d.exception == ""
}

_exception_defects[d.id] contains {
	"rule": "ART22-2-NO-EXCEPTION", "path": ["exceptionLaw"], "root": "",
	"message": "the law it relies on is not named",
	"fact": "exception is law (Art. 22(2)(b)) and exceptionLaw is empty",
} if {
	some d in input.decisions
	within_art22[d.id]
	d.exception == "law"
	trim_space(d.exceptionLaw) == ""
}

_exception_defects[d.id] contains {
	"rule": "ART22-2-NO-EXCEPTION", "path": ["consent"], "root": "",
	"message": "it names no consent",
	"fact": "exception is explicit-consent (Art. 22(2)(c)) and no consent is named",
} if {
	some d in input.decisions
	within_art22[d.id]
	d.exception == "explicit-consent"
	d.consent == ""
}

_exception_defects[d.id] contains {
	"rule": "ART22-2-NO-EXCEPTION", "path": ["consent"], "root": "",
	"message": $"consent `{d.consent}` is not explicit",
	"fact": $"consent `{d.consent}` is not declared explicit",
} if {
	some d in input.decisions
	within_art22[d.id]
	d.exception == "explicit-consent"
	d.consent != ""
	not consent(d.consent).explicit
}

_exception_defects[d.id] contains {
	"rule": "ART22-2-NO-EXCEPTION", "path": ["consent"],
	"root": concat(", ", consent_invalid_rules(d.consent)),
	"message": $"consent `{d.consent}` is not valid, so it is no Art. 22(2)(c) exception",
	"fact": consent_invalid_fact(d.consent),
} if {
	some d in input.decisions
	within_art22[d.id]
	d.exception == "explicit-consent"
	d.consent != ""
	not consent_valid(d.consent)
}
