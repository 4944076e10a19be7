# METADATA
# title: Fairness and transparency of processing (GDPR Art. 5(1)(a))
# description: Rules on whether people can see how the processing treats them.
package art22.rules.fairness

import data.art22.lib

# METADATA
# title: A rating factor changes the outcome automatically, but the person is not told at the decision
# description: >-
#   For every rating factor that the engine applies without human review and that
#   declines, loads the premium, excludes cover or postpones it, a text shown at or
#   after the decision must say that the factor applied (factor-applied) and to what
#   extent (factor-extent), each claim backed by a quote that stands in the text. A
#   field such as "Smoker: yes" on the certificate says what was recorded, not that
#   it loaded the premium or by how much. General terms shown before the application
#   ("lifestyle can lead to a loading") do not make the individual effect clear at the
#   decision. The rule does not judge factors that only set the price within a standard
#   tariff (effect price) or that a human reviews; Art. 13(2)(f) and 15(1)(h) cover the
#   general logic.
# custom:
#   id: ART5-1A-FACTOR-NOT-DISCLOSED
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 13(2)(f)
#     - GDPR Art. 22(3)
#   humanReview: >-
#     Whether the words the disclosure quotes are clear to an ordinary applicant, and whether the
#     extent shown matches what the tariff really applied to that person.
#   remediation: >-
#     Show, with the decision (decision notice or policy certificate), that the factor
#     changed the outcome and by how much, e.g. "Because you told us you smoke, your
#     premium includes a smoker loading of 60%." Then declare the claims in the
#     disclosure's covers with topics factor-applied and factor-extent, quoting those words.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., automated decision-making in life and critical-illness insurance, decision of 23 September 2024
#   example: |
#     disclosures:
#       - id: certificate
#         kind: policy-certificate
#         stage: at-decision
#         text: |
#           Smoker: yes. Because you smoke, your premium includes a smoker loading of 60%.
#         covers:
#           - topic: factor-applied
#             factor: smoking
#             quote: Because you smoke, your premium includes a smoker loading
#           - topic: factor-extent
#             factor: smoking
#             quote: a smoker loading of 60%
factor_not_disclosed contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	f.appliedBy == "engine"
	f.effect in lib.adverse_effects
	shown := lib.shown_at_decision(d)
	missing := [t | some t in ["factor-applied", "factor-extent"]; not told(shown, t, f.id)]
	count(missing) > 0
	finding := {
		"message": sprintf("factor `%s` %s automatically, but no text shown at the decision says %s", [
			f.id, lib.effect_words[f.effect], concat(" or ", [missing_words[t] | some t in missing]),
		]),
		"path": ["decisions", i, "factors", j],
		"because": array.concat(
			[
				sprintf("factor `%s` (data category `%s`) %s in decision `%s`, applied by the engine with no human review%s", [f.id, f.category, lib.effect_words[f.effect], d.id, extent_note(f)]),
				shown_note(d, shown, f.id, missing),
			],
			array.concat(lib.unevidenced(shown, "factor-applied", "factor", f.id), lib.unevidenced(shown, "factor-extent", "factor", f.id)),
		),
	}
}

missing_words := {
	"factor-applied": "that it applied",
	"factor-extent": "to what extent",
}

told(shown, topic, id) if {
	some ds in shown
	lib.says_about(ds, topic, "factor", id)
}

extent_note(f) := sprintf(" (extent declared: %s)", [f.extent]) if f.extent != ""

extent_note(f) := "" if f.extent == ""

shown_note(d, shown, _, _) := sprintf("no text is shown at or after decision `%s`", [d.id]) if count(shown) == 0

shown_note(_, shown, id, missing) := sprintf("shown at the decision: %s; none of them says %s for `%s`", [
	lib.quoted([ds.id | some ds in shown]),
	concat(" or ", missing),
	id,
]) if count(shown) > 0

# METADATA
# title: A purpose or a recipient appears in no notice given to the person
# description: >-
#   Every purpose and every recipient must be named in a text that informs the person
#   before or when the data is collected (or, for data obtained from others, after it is
#   collected): a disclosure at stage before-collection, at-consent or
#   after-third-party-collection whose covers claim the purpose (topic purpose) or the
#   recipient (topic recipient) with a quote that stands in the text. Health data sent to
#   an outside medical expert or a reinsurer that no notice names is the typical hit. The
#   rule does not judge whether the words are clear enough, only that the claim exists and
#   is evidenced. The Sjóvá decision of 2022 cited in the requirements could not be verified
#   here and is not relied on.
# custom:
#   id: ART5-1A-UNDISCLOSED-PURPOSE
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 13(1)(c)
#     - GDPR Art. 13(1)(e)
#     - GDPR Art. 14(1)(c)
#     - GDPR Art. 14(1)(e)
#   humanReview: Whether the notice describes the purpose and the recipient in words the person understands.
#   remediation: >-
#     Name the purpose or the recipient (or its category) in the privacy notice, and declare
#     the claim in that disclosure's covers (topic purpose with purpose: ID, or topic
#     recipient with recipient: ID) with the sentence that says it.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(a), 13(1)(c) and (e), 14(1)(c) and (e)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     disclosures:
#       - id: privacy-notice
#         kind: privacy-notice
#         stage: before-collection
#         text: We share your application with our reinsurer, Example Re SE.
#         covers:
#           - topic: recipient
#             recipient: reinsurer
#             quote: We share your application with our reinsurer, Example Re SE
undisclosed_purpose contains finding if {
	some i, p in input.purposes
	not told_about("purpose", "purpose", p.id)
	finding := {
		"message": sprintf("purpose `%s` (%s) is named in no notice given to the person", [p.id, p.name]),
		"path": ["purposes", i],
		"because": array.concat(
			[sprintf("no disclosure at stage before-collection, at-consent or after-third-party-collection claims topic purpose for `%s`", [p.id]), informing_note],
			lib.unevidenced(lib.informing, "purpose", "purpose", p.id),
		),
	}
}

undisclosed_purpose contains finding if {
	some i, r in input.recipients
	not told_about("recipient", "recipient", r.id)
	finding := {
		"message": sprintf("recipient `%s` (%s, %s) is named in no notice given to the person", [r.id, r.name, r.type]),
		"path": ["recipients", i],
		"because": array.concat(
			[
				sprintf("recipient `%s` receives %s", [r.id, lib.quoted(r.categories)]),
				sprintf("no disclosure at stage before-collection, at-consent or after-third-party-collection claims topic recipient for `%s`", [r.id]),
				informing_note,
			],
			lib.unevidenced(lib.informing, "recipient", "recipient", r.id),
		),
	}
}

told_about(topic, field, id) if {
	some ds in lib.informing
	lib.says_about(ds, topic, field, id)
}

informing_note := sprintf("texts that inform the person: %s", [lib.quoted([ds.id | some ds in lib.informing])])

# METADATA
# title: Special-category data about relatives is collected without a basis of their own
# description: >-
#   Health or other special-category data about people other than the applicant, the
#   insured or the policyholder (relatives, a spouse, children, beneficiaries) needs a
#   basis that covers those people: their own consent (a consent whose givenBy names
#   them), or an Art. 9(2) condition resting on a named law. The applicant cannot consent
#   for them. Persónuvernd's audit of insurer [B] (2005) found that asking applicants about
#   the diseases of their parents and siblings processed the relatives' data without their
#   consent. The rule looks at whose data the declaration says the category is: yes/no
#   family-history answers that an insurer declares as the applicant's own risk information
#   (as TM did, and Persónuvernd accepted in case 2024020415) are not caught. Whether such
#   answers are in truth data about identifiable relatives is a question for a person.
# custom:
#   id: ART5-1A-RELATIVES-DATA
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 6(1)
#     - GDPR Art. 9(1)
#   humanReview: >-
#     Whether data declared as the applicant's own (such as yes/no family history) in fact
#     identifies and describes relatives.
#   remediation: >-
#     Stop collecting the relatives' special-category data, ask only what concerns the
#     applicant, or obtain the relatives' own explicit consent (declare it with givenBy:
#     [relatives]).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, opened 20 June 2003, concluded 2005
#   example: |
#     dataCategories:
#       - id: family-history
#         about: family-history
#         class: health
#         subjects: [applicant]   # yes/no markers of the applicant's own risk, not relatives' records
relatives_data contains finding if {
	some i, c in input.dataCategories
	lib.special(c.id)
	c.id in lib.used_categories
	others := [s | some s in c.subjects; not s in lib.own_subjects]
	count(others) > 0
	not own_basis(c.id, others)
	finding := {
		"message": sprintf("data category `%s` holds %s data about %s, and nothing gives it a basis of their own", [c.id, c.class, concat(", ", others)]),
		"path": ["dataCategories", i, "subjects"],
		"because": [
			sprintf("data category `%s` (%s) is about %s and its subjects include %s", [c.id, c.class, c.about, concat(", ", others)]),
			sprintf("it is used by %s", [lib.quoted(users(c.id))]),
			sprintf("no consent given by %s covers a purpose that uses it, and no Art. 9(2) condition resting on a named law does", [concat(", ", others)]),
		],
	}
}

own_basis(id, others) if {
	some p in input.purposes
	id in p.categories
	k := lib.consent(p.consent)
	every s in others {
		s in k.givenBy
	}
}

own_basis(id, _) if {
	some p in input.purposes
	id in p.categories
	p.specialCategoryCondition != ""
	p.specialCategoryCondition != "explicit-consent"
	p.conditionLaw != ""
}

users(id) := sort({p.id | some p in input.purposes; id in p.categories} | {d.id | some d in input.decisions; lib.uses(d, id)})

# METADATA
# title: A rating factor is, or stands in for, a protected characteristic without justification
# description: >-
#   A factor that reads nationality, ethnic origin, religion, political opinion, trade-union
#   membership, sex life or disability, or a category declared to stand in for one of them
#   (proxyFor, such as a postcode for ethnic origin), needs a documented objective
#   justification; otherwise it is unfair processing and likely discrimination. The Dutch
#   DPA fined the Tax Administration in 2021 for using dual nationality as a risk
#   indicator; the CJEU (C-83/14 CHEZ) held that a practice resting on an area's ethnic
#   make-up discriminates. Sex and age have rules of their own (GENDER-UNISEX,
#   ART5-1A-HARD-AGE-CUTOFF). Whether a justification holds is for a person to judge.
# custom:
#   id: ART5-1A-PROTECTED-PROXY
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Recital 71
#   humanReview: Whether the justification given is objective, proportionate and backed by evidence.
#   remediation: >-
#     Remove the factor, or document its objective justification (in the factor's
#     justification) with the evidence that the characteristic, not a prejudice, drives the risk.
#   sources:
#     - kind: decision
#       title: Autoriteit Persoonsgegevens (Dutch DPA), fine on the Tax Administration (Belastingdienst) for processing the dual nationality of childcare-benefit applicants, 2021
#     - kind: judgment
#       title: CJEU, Case C-83/14, CHEZ Razpredelenie Bulgaria AD v Komisia za zashtita ot diskriminatsia, judgment of 16 July 2015, ECLI:EU:C:2015:480
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-83/14
#   example: |
#     factors:
#       - id: postcode-risk
#         category: postcode
#         effect: price
#         appliedBy: engine
#         justification: Flood-risk zone from the national flood map; tested for correlation with ethnic origin (report UW-2026-03).
protected_proxy contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	c := lib.category(f.category)
	protected := ({c.about} | {t | some t in c.proxyFor}) & lib.protected_topics
	count(protected) > 0
	trim_space(f.justification.evidence) == ""
	finding := {
		"message": sprintf("factor `%s` uses %s without a documented objective justification", [f.id, concat(", ", sort(protected))]),
		"path": ["decisions", i, "factors", j],
		"because": [
			sprintf("factor `%s` in decision `%s` reads data category `%s` (about %s%s)", [f.id, d.id, c.id, c.about, proxy_note(c)]),
			sprintf("its effect is %s, applied by the %s; its justification is empty", [f.effect, f.appliedBy]),
		],
	}
}

proxy_note(c) := sprintf("; declared a proxy for %s", [concat(", ", c.proxyFor)]) if count(c.proxyFor) > 0

proxy_note(c) := "" if count(c.proxyFor) == 0

# METADATA
# title: Age is used as an automatic cut-off
# description: >-
#   A factor that reads age and automatically declines, excludes or postpones cover,
#   regardless of everything else known about the person, is a categorical age cut-off.
#   The Finnish Data Protection Ombudsman ordered Svea Ekonomi in 2019 to stop using a
#   categorical upper age limit in automated credit decisions (age alone says nothing of a
#   person's ability to pay). In insurance, age is a legitimate rating factor and a
#   maximum entry age may be justified actuarially, so this is a risk, not a violation: the
#   finding goes away when the factor documents its justification. The Finnish decision
#   rested on the Credit Information Act and concerned credit; it is applied here by
#   analogy.
# custom:
#   id: ART5-1A-HARD-AGE-CUTOFF
#   severity: risk
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 22(3)
#   humanReview: Whether the maximum age is justified actuarially and whether a person could be offered cover another way.
#   remediation: >-
#     Send applications above the age limit to an underwriter instead of declining them
#     automatically, or document the actuarial justification of the limit in the factor's
#     justification.
#   sources:
#     - kind: decision
#       title: Finnish Data Protection Ombudsman, order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness, press release of 1 April 2019
#       url: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#   example: |
#     factors:
#       - id: entry-age
#         category: age
#         effect: referral        # above 65, an underwriter decides
#         appliedBy: engine
hard_age_cutoff contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	lib.category(f.category).about == "age"
	f.effect in {"decline", "exclusion", "postponement"}
	f.appliedBy == "engine"
	trim_space(f.justification.evidence) == ""
	finding := {
		"message": sprintf("factor `%s` %s automatically on age alone", [f.id, lib.effect_words[f.effect]]),
		"path": ["decisions", i, "factors", j],
		"because": [
			sprintf("factor `%s` in decision `%s` reads age (data category `%s`)%s", [f.id, d.id, f.category, cutoff_note(f)]),
			sprintf("its effect is %s, applied by the engine; no justification is documented", [f.effect]),
		],
	}
}

cutoff_note(f) := sprintf(", cut-off %s", [f.cutoff]) if f.cutoff != ""

cutoff_note(f) := "" if f.cutoff == ""
