# METADATA
# title: Fairness and transparency of processing (GDPR Art. 5(1)(a))
# description: >-
#   Rules on whether people can see how the processing treats them, and whether the rating
#   treats them fairly: factors shown at the decision, purposes and recipients named, data
#   about other people with a basis of their own, protected characteristics and age limits.
package art22.rules.fairness

import data.art22.lib

# ---------------------------------------------------------------------------
# ART5-1A-FACTOR-NOT-DISCLOSED

# METADATA
# title: A rating factor changes the outcome automatically, but the person is not told at the decision
# description: >-
#   For every rating factor that the engine applies without human review and that
#   declines, loads the premium, excludes cover or postpones it, a text shown at or after
#   the decision must say that the factor applied (factor-applied) and to what extent
#   (factor-extent), each claim backed by a quote that stands in the text. A field such as
#   "Smoker: yes" on the certificate says what was recorded, not that it loaded the premium
#   or by how much; general terms shown before the application ("lifestyle can lead to a
#   loading") do not make the individual effect clear at the decision. This is
#   Persónuvernd's finding against TM (case 2024020415, decision of 23 September 2024): the
#   general terms said smoking could lead to a loading, but the certificates did not show
#   whether smoking in fact loaded the premium or to what extent (para 23), so the
#   processing was not in full conformity with the principle of lawful, fair and
#   transparent processing, Art. 5(1)(a), the only provision the breach rests on (paras 23,
#   26; order under Art. 58(2)(d), para 27). The same decision found the consent to
#   automated decision-making and the Art. 22 safeguards compliant (paras 22, 25) and the
#   information on automated decision-making adequate (para 23). Related reading only, not
#   relied on by this finding: Art. 13(2)(f) (information on the logic and consequences,
#   due when the data is collected, not a notice at each decision) and Art. 22(3) (the
#   safeguards, which Persónuvernd found met). The rule does not judge factors that only set
#   the price within a standard tariff (effect price) or that a human reviews.
# related_resources:
#   - ref: https://personuvernd.is/urlausnir/akvordun-tm
#     description: "Persónuvernd (Icelandic Data Protection Authority), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., automated decision-making in life and critical-illness insurance, decision of 23 September 2024, published 9 October 2024, paras 22-23 and 25-27 (breach of Art. 5(1)(a) alone; consent and Art. 22 complied with)"
# custom:
#   id: ART5-1A-FACTOR-NOT-DISCLOSED
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
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
#       title: Persónuvernd (Icelandic Data Protection Authority), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., automated decision-making in life and critical-illness insurance, decision of 23 September 2024, published 9 October 2024, paras 22-23 and 25-27 (breach of Art. 5(1)(a) alone; consent and Art. 22 complied with)
#       url: https://personuvernd.is/urlausnir/akvordun-tm
#   counterexample: |
#     disclosures:
#       - id: decision-notice   # how much the smoker loading adds, left out
#         covers:
#           - {topic: factor-applied, factor: smoker-loading, quote: "Because you told us you smoke, your premium includes a smoker loading"}
#           - {topic: factor-applied, factor: build-loading, quote: "Because your body-mass index is {{ bmi }}, your premium includes a build loading"}
#           - {topic: factor-extent, factor: build-loading, quote: "25% for a body-mass index of 32 to 35, 50% from 35 to 40"}
#           - {topic: decision-reasons, quote: "How we reached it: the standard premium for your age is {{ standard_premium }}"}
#           - {topic: human-intervention, quote: you can ask a medical underwriter to review this decision}
#           - {topic: express-view, quote: tell us your point of view}
#           - {topic: contest, quote: "or contest it, online or by phone"}
#   example: |
#     disclosures:
#       - id: decision-notice   # each factor applied, and its extent
#         covers:
#           - {topic: factor-applied, factor: smoker-loading, quote: "Because you told us you smoke, your premium includes a smoker loading"}
#           - {topic: factor-extent, factor: smoker-loading, quote: a smoker loading of 60% of the standard premium}
#           - {topic: factor-applied, factor: build-loading, quote: "Because your body-mass index is {{ bmi }}, your premium includes a build loading"}
#           - {topic: factor-extent, factor: build-loading, quote: "25% for a body-mass index of 32 to 35, 50% from 35 to 40"}
#           - {topic: decision-reasons, quote: "How we reached it: the standard premium for your age is {{ standard_premium }}"}
#           - {topic: human-intervention, quote: you can ask a medical underwriter to review this decision}
#           - {topic: express-view, quote: tell us your point of view}
#           - {topic: contest, quote: "or contest it, online or by phone"}
factor_not_disclosed contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	gaps := _factor_gaps[f.id]
	missing := sort(gaps)
	shown := lib.shown_at_decision(d)
	finding := {
		"message": $"factor `{f.id}` {lib.effect_words[f.effect]} automatically, but no text shown at the decision says {concat(" or ", [_factor_words[t] | some t in missing])}",
		"path": ["decisions", i, "factors", j],
		"because": array.concat(
			[
				$"factor `{f.id}` (data category `{f.category}`) {lib.effect_words[f.effect]} in decision `{d.id}`, applied by the engine with no human review{_extent_note(f)}",
				_shown_note(d, shown, f.id, missing),
			],
			array.concat(
				lib.unevidenced(shown, "factor-applied", "factor", f.id),
				lib.unevidenced(shown, "factor-extent", "factor", f.id),
			),
		),
	}
}

_factor_words := {
	"factor-applied": "that it applied",
	"factor-extent": "to what extent",
}

# Art. 5(1)(a): a factor the engine applies against the person is made clear at the
# decision: that it applied ...
_factor_gaps := _factor_gaps_clauses

_factor_gaps_clauses[f.id] contains "factor-applied" if {
	some d in input.decisions
	some f in d.factors
	_automatic_adverse(f)
	not _told_at_decision(d, "factor-applied", f.id)
}

# ... and to what extent.
_factor_gaps_clauses[f.id] contains "factor-extent" if {
	some d in input.decisions
	some f in d.factors
	_automatic_adverse(f)
	not _told_at_decision(d, "factor-extent", f.id)
}

_automatic_adverse(f) if {
	f.appliedBy == "engine"
	f.effect in lib.adverse_effects
}

_told_at_decision(d, topic, id) if {
	some ds in lib.shown_at_decision(d)
	lib.says_about(ds, topic, "factor", id)
}

_extent_note(f) := $" (extent declared: {f.extent})" if f.extent != ""

_extent_note(f) := "" if f.extent == ""

_shown_note(d, shown, _, _) := $"no text is shown at or after decision `{d.id}`" if count(shown) == 0

_shown_note(_, shown, id, missing) := $"shown at the decision: {lib.quoted([ds.id | some ds in shown])}; none of them says {concat(" or ", missing)} for `{id}`" if {
	count(shown) > 0
}

# ---------------------------------------------------------------------------
# ART5-1A-UNDISCLOSED-PURPOSE

# METADATA
# title: A purpose or a recipient appears in no notice given to the person
# description: >-
#   Every purpose and every recipient must be named in a text that informs the person
#   before or when the data is collected (or, for data obtained from others, after it is
#   collected): a disclosure at stage before-collection, at-consent or
#   after-third-party-collection whose covers claim the purpose (topic purpose) or the
#   recipient (topic recipient) with a quote that stands in the text. Health data sent to
#   an outside expert or a reinsurer that no notice names is the typical hit. Persónuvernd
#   ruled on 25 January 2022 (case 2020041418) that Sjóvá-Almennar tryggingar hf., which
#   had passed a claimant's data, sensitive data included, to an outside expert to
#   reconstruct the speed and impact of a traffic accident, had a lawful basis for doing so
#   but breached the duty to inform and transparency because the claimant was not told of
#   the disclosure or of the expert's processing (the beginning of the ruling was read; the
#   articles applied were not). In case 2020061826 (decision of 18 March 2022, known here
#   from a secondary source only, DataGuidance) Persónuvernd is reported to have found
#   Sjóvá in breach of Art. 5(1)(a) and 13(1)(e) for a similar disclosure, the disclosure
#   itself being necessary for the contract. The rule therefore judges only whether the
#   person is told, never the lawful basis of the disclosure, and not whether the words are
#   clear enough.
# related_resources:
#   - ref: https://personuvernd.is/urlausnir/midlun-sjovar-almennra-trygginga-hf.-a-personuupplysingum-til-serfraedings
#     description: "Persónuvernd (Icelandic Data Protection Authority), case 2020041418, Sjóvá-Almennar tryggingar hf., disclosure of a claimant's data to an expert (Miðlun Sjóvár-Almennra trygginga hf. á persónuupplýsingum til sérfræðings), ruling of 25 January 2022 (lawful basis existed; duty to inform and transparency breached; primary text read in part)"
#   - ref: https://www.dataguidance.com/news/iceland-pers%C3%B3nuvernd-finds-sj%C3%B3v%C3%A1-almennar-tryggingar-0
#     description: "Persónuvernd (Icelandic Data Protection Authority), case 2020061826, Sjóvá-Almennar tryggingar hf., decision of 18 March 2022 (Art. 5(1)(a) and 13(1)(e); secondary source only, not verified against the decision)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(a), 13(1)(c) and (e), 14(1)(c) and (e)"
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
#     - kind: decision
#       title: Persónuvernd (Icelandic Data Protection Authority), case 2020041418, Sjóvá-Almennar tryggingar hf., disclosure of a claimant's data to an expert (Miðlun Sjóvár-Almennra trygginga hf. á persónuupplýsingum til sérfræðings), ruling of 25 January 2022 (lawful basis existed; duty to inform and transparency breached; primary text read in part)
#       url: https://personuvernd.is/urlausnir/midlun-sjovar-almennra-trygginga-hf.-a-personuupplysingum-til-serfraedings
#     - kind: decision
#       title: Persónuvernd (Icelandic Data Protection Authority), case 2020061826, Sjóvá-Almennar tryggingar hf., decision of 18 March 2022 (Art. 5(1)(a) and 13(1)(e); secondary source only, not verified against the decision)
#       url: https://www.dataguidance.com/news/iceland-pers%C3%B3nuvernd-finds-sj%C3%B3v%C3%A1-almennar-tryggingar-0
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(a), 13(1)(c) and (e), 14(1)(c) and (e)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     disclosures:
#       - id: privacy-notice   # the reinsurer, a recipient, left out
#         covers:
#           - {topic: controller-identity, quote: "Exemplar Life Assurance DAC, 1 Example Street, Dublin, is the controller of your personal data"}
#           - {topic: dpo-contact, quote: You can reach our Data Protection Officer at dpo@exemplar-life.example}
#           - {topic: purpose, purpose: underwriting, quote: We use your answers to assess your application and set your premium}
#           - {topic: purpose, purpose: administration, quote: We use your contact details to administer your policy}
#           - {topic: legal-basis, quote: because this is necessary to enter into the insurance contract with you}
#           - {topic: recipient, recipient: policy-admin, quote: "Our policy administrator, Example Admin Ltd, processes your data on our behalf"}
#           - {topic: retention, quote: "We keep your data for 7 years after your policy ends, and for 6 months if you do not take cover"}
#           - {topic: transfers, quote: Your data stays in the European Economic Area}
#           - {topic: data-mandatory, quote: You must answer the health questions to apply}
#           - {topic: adm-existence, quote: Your application is decided automatically}
#           - {topic: adm-logic, quote: "The rules compare your age, smoking and body-mass index with our tariff and add a loading for smoking or for a body-mass index above 32"}
#           - {topic: adm-significance, quote: The result decides whether you are offered cover and at what premium}
#           - {topic: human-intervention, quote: You can ask for a person to review the decision}
#           - {topic: express-view, quote: give your point of view}
#           - {topic: contest, quote: and contest it}
#           - {topic: right-access, quote: You have the right to access}
#           - {topic: right-rectification, quote: "access, rectify and erase your data"}
#           - {topic: right-erasure, quote: erase your data}
#           - {topic: right-restriction, quote: to restrict or object to processing}
#           - {topic: right-objection, quote: object to processing}
#           - {topic: right-portability, quote: to data portability}
#           - {topic: right-withdraw-consent, quote: to withdraw your consent at any time}
#           - {topic: right-complaint, quote: You can complain to the Data Protection Commission}
#   example: |
#     disclosures:
#       - id: privacy-notice   # every claim, each recipient among them
#         covers:
#           - {topic: controller-identity, quote: "Exemplar Life Assurance DAC, 1 Example Street, Dublin, is the controller of your personal data"}
#           - {topic: dpo-contact, quote: You can reach our Data Protection Officer at dpo@exemplar-life.example}
#           - {topic: purpose, purpose: underwriting, quote: We use your answers to assess your application and set your premium}
#           - {topic: purpose, purpose: administration, quote: We use your contact details to administer your policy}
#           - {topic: legal-basis, quote: because this is necessary to enter into the insurance contract with you}
#           - {topic: recipient, recipient: reinsurer, quote: "We share your application with our reinsurer, Example Re SE"}
#           - {topic: recipient, recipient: policy-admin, quote: "Our policy administrator, Example Admin Ltd, processes your data on our behalf"}
#           - {topic: retention, quote: "We keep your data for 7 years after your policy ends, and for 6 months if you do not take cover"}
#           - {topic: transfers, quote: Your data stays in the European Economic Area}
#           - {topic: data-mandatory, quote: You must answer the health questions to apply}
#           - {topic: adm-existence, quote: Your application is decided automatically}
#           - {topic: adm-logic, quote: "The rules compare your age, smoking and body-mass index with our tariff and add a loading for smoking or for a body-mass index above 32"}
#           - {topic: adm-significance, quote: The result decides whether you are offered cover and at what premium}
#           - {topic: human-intervention, quote: You can ask for a person to review the decision}
#           - {topic: express-view, quote: give your point of view}
#           - {topic: contest, quote: and contest it}
#           - {topic: right-access, quote: You have the right to access}
#           - {topic: right-rectification, quote: "access, rectify and erase your data"}
#           - {topic: right-erasure, quote: erase your data}
#           - {topic: right-restriction, quote: to restrict or object to processing}
#           - {topic: right-objection, quote: object to processing}
#           - {topic: right-portability, quote: to data portability}
#           - {topic: right-withdraw-consent, quote: to withdraw your consent at any time}
#           - {topic: right-complaint, quote: You can complain to the Data Protection Commission}
undisclosed_purpose contains finding if {
	some i, p in input.purposes
	not _told_about("purpose", p.id)
	finding := {
		"message": $"purpose `{p.id}` ({p.name}) is named in no notice given to the person",
		"path": ["purposes", i],
		"because": array.concat(
			[
				$"no disclosure at stage before-collection, at-consent or after-third-party-collection claims topic purpose for `{p.id}`",
				_informing_note,
			],
			lib.informing_unevidenced("purpose", "purpose", p.id),
		),
	}
}

undisclosed_purpose contains finding if {
	some i, r in input.recipients
	not _told_about("recipient", r.id)
	finding := {
		"message": $"recipient `{r.id}` ({r.name}, {r.type}) is named in no notice given to the person",
		"path": ["recipients", i],
		"because": array.concat(
			[
				$"recipient `{r.id}` receives {lib.quoted(r.categories)}",
				$"no disclosure at stage before-collection, at-consent or after-third-party-collection claims topic recipient for `{r.id}`",
				_informing_note,
			],
			lib.informing_unevidenced("recipient", "recipient", r.id),
		),
	}
}

# A purpose (Art. 13(1)(c), 14(1)(c)) or a recipient (Art. 13(1)(e), 14(1)(e)) is named
# in a text that informs the person.
_told_about(topic, id) if [topic, topic, id] in lib.informing_said_about

_informing_note := $"texts that inform the person: {lib.quoted([ds.id | some ds in lib.informing])}"

# ---------------------------------------------------------------------------
# ART5-1A-RELATIVES-DATA

# METADATA
# title: Special-category data about relatives is collected without a basis of their own
# description: >-
#   Health or other special-category data about people other than the applicant, the
#   insured or the policyholder (relatives, a spouse, children, beneficiaries) needs a
#   basis that covers those people: their own explicit consent, valid (a consent whose
#   givenBy names them, which is not bundled, conditional or granular-defective: the
#   consent rules' findings are named when it is not), or an Art. 9(2) condition other
#   than consent resting on a named law. The applicant cannot consent for them.
#   Persónuvernd's audit of insurer [B] (2005) found that asking applicants about the
#   diseases of their parents and siblings processed the relatives' data without their
#   consent. The rule looks at whose data the declaration says the category is: yes/no
#   family-history answers that an insurer declares as the applicant's own risk information
#   (as TM did; Persónuvernd found the basis of its processing compliant, case 2024020415,
#   paras 22, 25) are not caught. Whether such answers are in truth data about identifiable
#   relatives is a question for a person. While this rule fires, ART14-THIRD-PARTY-SOURCE
#   does not also ask that the relatives be told: collecting the data is what must stop.
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
#     applicant, or obtain the relatives' own explicit, valid consent (declare it with
#     givenBy: [relatives]).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic Data Protection Authority), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, opened 20 June 2003, concluded 2005
#   counterexample: |
#     dataCategories:
#       - id: relatives-diseases
#         name: Diseases of the applicant's relatives
#         about: hereditary-disease
#         class: health
#         subjects: [relatives]
#         sources: [data-subject]
#         necessity: Family history of heart disease.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#     purposes:
#       - id: underwriting
#         categories: [identity, contact, age, smoking, build, medical-history, medical-reports, relatives-diseases]
#   example: |
#     purposes:
#       - id: underwriting   # relatives' health data not used
#         categories: [identity, contact, age, smoking, build, medical-history, medical-reports]
relatives_data contains finding if {
	some i, c in input.dataCategories
	x := lib.others_without_basis[c.id]
	finding := {
		"message": $"data category `{c.id}` holds {c.class} data about {lib.listed(x.others)}, and nothing gives it a basis of their own",
		"path": ["dataCategories", i, "subjects"],
		"because": array.concat(
			[
				$"data category `{c.id}` ({c.class}) is about {c.about} and its subjects include {lib.listed(x.others)}",
				$"it is used by {lib.users_words(c.id)}",
				_no_own_basis_words(x),
			],
			array.concat(x.facts, [$"until it has a basis of theirs, collecting it is the breach: ART14-THIRD-PARTY-SOURCE does not also ask that {lib.listed(x.others)} be told"]),
		),
	}
}

_no_own_basis_words(x) := $"no consent given by {lib.listed(x.others)} covers a purpose that uses it, and no Art. 9(2) condition resting on a named law does" if {
	count(x.facts) == 0
}

_no_own_basis_words(x) := $"the consents {lib.listed(x.others)} gave are no basis for it, and no Art. 9(2) condition resting on a named law covers it" if {
	count(x.facts) > 0
}

# ---------------------------------------------------------------------------
# ART5-1A-PROTECTED-PROXY

# METADATA
# title: A rating factor uses, or stands in for, a protected characteristic without justification
# description: >-
#   A factor that reads nationality, ethnic origin, religion, political opinion, trade-union
#   membership, sex life or disability, or a category that can stand in for one of them,
#   needs an objective justification, or it is unfair processing (Art. 5(1)(a)) and likely
#   discrimination. What the factor stands in for is derived from what its category is
#   about (a postcode, an address, a name, a language, a country of birth, a type of
#   education or the distance to the family's home for ethnic origin; see lib.proxy_topics),
#   and from the category's proxyFor, and never only taken from the declaration's own
#   labels. A justification counts only when structured: the actuarial or statistical
#   evidence that the factor, not the characteristic, drives the risk
#   (justification.evidence), and a bias test within the model's bias-test interval that
#   covers the characteristics concerned and found no disparity or a mitigated one
#   (justification.biasTest); a statement alone justifies nothing. Direct use of ethnic
#   origin, or of nationality outside a legal duty (a purpose of type legal-compliance), is
#   never justified. The Dutch AP found the Tax Administration's use of nationality as an
#   indicator in its childcare-benefit risk-classification model unlawful and
#   discriminatory (report z2018-22445 of 16 July 2020; fine of 25 November 2021 under Art.
#   5(1)(a)), and, in a 2024 report known here from secondary sources only, that DUO's
#   selection of students by type of education, distance to the parents' address and age,
#   with no objective justification, was discriminatory. For ethnic origin the CJEU held in
#   CHEZ (C-83/14) that a practice affecting a district mainly inhabited by people of one
#   ethnic origin may constitute discrimination on grounds of ethnic origin, direct or
#   indirect (the wording of the operative part was not read here). Directive 2000/43/EC
#   covers ethnic origin in access to goods and services, insurance included, but by its
#   Art. 3(2) not difference of treatment based on nationality: for nationality the ground
#   is the GDPR's fairness principle, as the Dutch AP applied it, and Art. 21 of the Charter
#   of Fundamental Rights. Sex and age have rules of their own (GENDER-UNISEX,
#   ART5-1A-HARD-AGE-CUTOFF). A factor reported here also leaves its purpose without a
#   valid basis other than consent (ART6-1-BASIS-NECESSITY, which names this rule). Whether
#   the evidence and the test hold is for a person to judge.
# related_resources:
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-83/14
#     description: "CJEU, Case C-83/14, CHEZ Razpredelenie Bulgaria AD v Komisia za zashtita ot diskriminatsia, judgment of 16 July 2015, ECLI:EU:C:2015:480"
#   - ref: https://eur-lex.europa.eu/eli/dir/2000/43/oj
#     description: "Council Directive 2000/43/EC of 29 June 2000 implementing the principle of equal treatment between persons irrespective of racial or ethnic origin, Art. 2 and 3 (Art. 3(2) excludes nationality)"
#   - ref: https://eur-lex.europa.eu/eli/treaty/char_2012/oj
#     description: "Charter of Fundamental Rights of the European Union, Art. 21"
# custom:
#   id: ART5-1A-PROTECTED-PROXY
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Recital 71
#     - Directive 2000/43/EC Art. 2(2)
#     - Charter of Fundamental Rights Art. 21
#   humanReview: Whether the evidence shows that the factor itself drives the risk, and whether the bias test's method and groups are sound.
#   remediation: >-
#     Remove the factor, or document its objective justification: the actuarial or
#     statistical evidence that the factor, not the characteristic, drives the risk
#     (justification.evidence), and a current bias test covering the characteristics it can
#     stand in for (justification.biasTest with date, result, groups and reference). Never
#     rate on ethnic origin, or on nationality outside a legal duty.
#   sources:
#     - kind: report
#       title: Autoriteit Persoonsgegevens (Dutch DPA), investigation report z2018-22445, Belastingdienst/Toeslagen, De verwerking van de nationaliteit van aanvragers van kinderopvangtoeslag, 16 July 2020, sections 2.3, 3.5 and 3.7 (nationality as an indicator in the risk-classification model; section numbers from the report's table of contents)
#     - kind: decision
#       title: Autoriteit Persoonsgegevens (Dutch DPA), fine of EUR 2,750,000 on the Minister of Finance (Belastingdienst/Toeslagen), decision of 25 November 2021, reference not verified (nationality as a risk indicator; Art. 5(1)(a); as summarised by gdprhub, the decision's text not read)
#     - kind: judgment
#       title: CJEU, Case C-83/14, CHEZ Razpredelenie Bulgaria AD v Komisia za zashtita ot diskriminatsia, judgment of 16 July 2015, ECLI:EU:C:2015:480
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-83/14
#     - kind: legislation
#       title: Council Directive 2000/43/EC of 29 June 2000 implementing the principle of equal treatment between persons irrespective of racial or ethnic origin, Art. 2 and 3 (Art. 3(2) excludes nationality)
#       url: https://eur-lex.europa.eu/eli/dir/2000/43/oj
#     - kind: legislation
#       title: Charter of Fundamental Rights of the European Union, Art. 21
#       url: https://eur-lex.europa.eu/eli/treaty/char_2012/oj
#     - kind: report
#       title: Autoriteit Persoonsgegevens (Dutch DPA), report on DUO's risk score for checks on the away-from-home student grant, published 11 November 2024 (secondary sources only; not read)
#   counterexample: |
#     dataCategories:
#       - id: postcode
#         name: Postcode
#         about: postcode
#         class: ordinary
#         subjects: [applicant]
#         sources: [data-subject]
#         necessity: Used in the tariff.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#     decisions:
#       - id: life-underwriting
#         factors:
#           - {id: area, category: postcode, effect: price, appliedBy: engine}
#   example: |
#     dataCategories:
#       - id: postcode
#         name: Postcode
#         about: postcode
#         class: ordinary
#         subjects: [applicant]
#         sources: [data-subject]
#         necessity: Used in the tariff.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#     decisions:
#       - id: life-underwriting
#         factors:
#           - id: area
#             category: postcode
#             effect: price
#             appliedBy: engine
#             justification:   # why the area matters, and a bias test by the characteristic it may stand for
#               statement: Flood risk by postcode zone.
#               evidence: Claims study CS-2025-04 (flood claims by zone of the national flood map, 2015-2024)
#               biasTest:
#                 date: 2025-11-01
#                 result: no-disparity
#                 groups: [ethnic-origin]
#                 reference: Bias test BT-2025-11
protected_proxy contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	pf := lib.protected_factor[f.id]
	not pf.justified
	c := lib.category(f.category)
	finding := {
		"message": $"factor `{f.id}` {_uses_words(pf)} {lib.listed(pf.characteristics)} without justification",
		"path": ["decisions", i, "factors", j],
		"because": array.concat(
			[
				$"factor `{f.id}` in decision `{d.id}` reads data category `{c.id}` (about {c.about}{lib.proxy_note(c)}); its effect is {f.effect}, applied by the {f.appliedBy}",
				_how_words(pf, c),
				$"it is not justified: {concat("; ", pf.defects)}",
			],
			_protected_follows(d, f),
		),
	}
}

_uses_words(pf) := "uses" if count(pf.direct) > 0

_uses_words(pf) := "stands in for" if count(pf.direct) == 0

_how_words(pf, c) := concat("; ", [w |
	some w in [_direct_words(pf), _derived_words(pf, c), _declared_words(pf)]
	w != ""
])

_direct_words(pf) := $"the category is itself about {lib.listed(pf.direct)}" if count(pf.direct) > 0

_direct_words(pf) := "" if count(pf.direct) == 0

_derived_words(pf, c) := $"{c.about} can stand in for {lib.listed(pf.derived)}" if count(pf.derived) > 0

_derived_words(pf, _) := "" if count(pf.derived) == 0

_declared_words(pf) := $"the category is declared a proxy for {lib.listed(pf.declared)}" if count(pf.declared) > 0

_declared_words(pf) := "" if count(pf.declared) == 0

# What follows: the purpose the decision serves has no valid Art. 6(1) basis other than
# consent for rating people on the factor (reported by ART6-1-BASIS-NECESSITY).
_protected_follows(d, f) := [$"purpose `{d.purpose}` therefore has no valid Art. 6(1) basis for rating people on it ({x.rule})" |
	some x in lib.basis_defects[d.purpose]
	x.root == "ART5-1A-PROTECTED-PROXY"
	contains(x.message, $"factor `{f.id}`")
]

# ---------------------------------------------------------------------------
# ART5-1A-HARD-AGE-CUTOFF

# METADATA
# title: The engine declines, excludes or postpones cover on age alone, without actuarial evidence
# description: >-
#   A factor that reads age and automatically declines, excludes or postpones cover,
#   regardless of everything else known about the person, is a categorical age cut-off.
#   The Finnish Data Protection Ombudsman ordered Svea Ekonomi to stop using a categorical
#   upper age limit in its automated credit decisions: age alone does not describe a
#   person's ability or willingness to pay (press release of 1 April 2019). In insurance,
#   age is a legitimate rating factor and a maximum entry age may be justified
#   actuarially, so the rule asks for that evidence (justification.evidence: the actuarial
#   study or data showing that the risk beyond the limit cannot be priced); a statement
#   alone is not evidence. Severity: a violation, because what fires is exactly what was
#   ordered to stop: a hard limit applied by the engine, in a decision within Art. 22(1)
#   (lib.within_art22, derived, so a decision declared otherwise but decided by the engine
#   is included and its root named), for which the declaration itself gives no evidence
#   that age measures the risk at the limit; that is not fair processing (Art. 5(1)(a)) and
#   leaves the person no suitable safeguard against an arbitrary criterion (Art. 22(3)).
#   The Finnish order rested on the Credit Information Act and concerned credit: it is
#   applied here by analogy, which a person should confirm for the countries of sale. A
#   limit that refers the case to an underwriter, or that a human applies, is not caught.
# related_resources:
#   - ref: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#     description: "Finnish Data Protection Ombudsman (Tietosuojavaltuutettu), order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness, press release of 1 April 2019 (categorical upper age limit in automated credit decisions not acceptable)"
# custom:
#   id: ART5-1A-HARD-AGE-CUTOFF
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 22(3)
#   humanReview: Whether the evidence really justifies the limit actuarially, and whether the person could be offered cover another way.
#   remediation: >-
#     Send applications above the age limit to an underwriter instead of declining them
#     automatically, or document the actuarial evidence for the limit in the factor's
#     justification.evidence.
#   sources:
#     - kind: decision
#       title: Finnish Data Protection Ombudsman (Tietosuojavaltuutettu), order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness, press release of 1 April 2019 (categorical upper age limit in automated credit decisions not acceptable)
#       url: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         factors:
#           - id: entry-age
#             category: age
#             effect: decline
#             appliedBy: engine
#             cutoff: over 65
#   example: |
#     decisions:
#       - id: life-underwriting
#         factors:
#           - id: entry-age
#             category: age
#             effect: referral   # an underwriter assesses applicants over 65; age alone declines no one
#             appliedBy: engine
#             cutoff: over 65
hard_age_cutoff contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	some j, f in d.factors
	lib.category(f.category).about == "age"
	f.effect in {"decline", "exclusion", "postponement"}
	f.appliedBy == "engine"
	trim_space(f.justification.evidence) == ""
	finding := {
		"message": $"factor `{f.id}` {lib.effect_words[f.effect]} automatically on age alone, with no actuarial evidence",
		"path": ["decisions", i, "factors", j],
		"because": [
			$"factor `{f.id}` in decision `{d.id}` reads age (data category `{f.category}`){_cutoff_note(f)}; its effect is {f.effect}, applied by the engine",
			lib.art22_because(d),
			_evidence_note(f),
		],
	}
}

_cutoff_note(f) := $", cut-off {f.cutoff}" if f.cutoff != ""

_cutoff_note(f) := "" if f.cutoff == ""

_evidence_note(f) := "justification.evidence is empty: no actuarial evidence is given for the limit" if {
	trim_space(f.justification.statement) == ""
}

_evidence_note(f) := $"justification.evidence is empty: the statement \"{f.justification.statement}\" is not evidence" if {
	trim_space(f.justification.statement) != ""
}
