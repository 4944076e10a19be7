# METADATA
# title: Transparency of automated decisions and of data obtained from others (GDPR Art. 13-14)
# description: >-
#   Rules on what the person is told, checked through the disclosures' coverage claims:
#   each claim counts only when its quote stands in the text.
package art22.rules.transparency

import data.art22.lib

# ---------------------------------------------------------------------------
# ART13-2F-ADM-NOT-DISCLOSED

# METADATA
# title: The person is not told, in time, that a decision is automated, how, and with what consequences
# description: >-
#   For every decision within Art. 22(1), the person must be told the existence of the
#   automated decision-making, meaningful information about the logic involved, and its
#   significance and envisaged consequences: when the data is collected from them (Art.
#   13(2)(f)), and, where the data is obtained from others, within a reasonable period and
#   at the latest within one month (Art. 14(2)(g), 14(3)(a)). Whether a decision is within
#   Art. 22(1) is derived (lib.within_art22), not taken from its label: a decision declared
#   decision-support whose engine reaches an adverse outcome (ART22-1-MISCLASSIFIED), or
#   whose human is a token (ART22-1-TOKEN-HUMAN), gets this finding too, and its because
#   names that root. The rule looks for evidenced claims adm-existence, adm-logic and
#   adm-significance in a text shown for the decision before collection or at consent; for
#   a decision that uses only data obtained from others, a text given after collection
#   from others within a month also counts. A decision whose engine only ever grants the
#   request in full is not within Art. 22(1) and is not caught. Persónuvernd found TM's
#   information adequate: applicants were told, before answering, that the decision on
#   cover and price was automated, what it rested on and what it could lead to (case
#   2024020415, decision of 23 September 2024, paras 7 and 12, accepted in para 23). Whether the logic described
#   is meaningful, rather than generic, is for a person to judge.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     description: "Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised and adopted 6 February 2018"
#   - ref: https://personuvernd.is/urlausnir/akvordun-tm
#     description: "Persónuvernd (Icelandic Data Protection Authority), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, paras 7, 12 and 23 (information on automated decision-making found adequate)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 13(2)(f), 14(2)(g) and 14(3)(a)"
# custom:
#   id: ART13-2F-ADM-NOT-DISCLOSED
#   severity: violation
#   articles:
#     - GDPR Art. 13(2)(f)
#     - GDPR Art. 14(2)(g)
#     - GDPR Art. 14(3)(a)
#     - GDPR Art. 22(1)
#   humanReview: Whether the logic described is meaningful to an applicant (the main factors and how they weigh) rather than generic.
#   remediation: >-
#     Tell applicants, before they answer, that the decision is automated, what it rests on
#     and what it can lead to, and declare each claim in the notice's covers (adm-existence,
#     adm-logic, adm-significance) with the sentence that says it; or, if a person in fact
#     decides, make that involvement meaningful and declare it.
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised and adopted 6 February 2018
#       url: https://ec.europa.eu/newsroom/article29/item-detail.cfm?item_id=612053
#     - kind: decision
#       title: Persónuvernd (Icelandic Data Protection Authority), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, paras 7, 12 and 23 (information on automated decision-making found adequate)
#       url: https://personuvernd.is/urlausnir/akvordun-tm
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 13(2)(f), 14(2)(g) and 14(3)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     disclosures:
#       - id: privacy-notice   # the claim on the logic involved (adm-logic) left out
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
#       - id: privacy-notice   # every claim, the logic involved (adm-logic) among them
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
adm_not_disclosed contains finding if {
	some i, d in input.decisions
	gaps := _adm_gaps[d.id]
	missing := sort(gaps)
	texts := _adm_texts(d)
	finding := {
		"message": $"decision `{d.id}` is within Art. 22(1) ({lib.art22_outcomes_words(d)}), but no text given {_adm_when(d)} tells {concat("; ", [_adm_words[t] | some t in missing])}",
		"path": ["decisions", i],
		"because": array.concat(
			array.concat([lib.art22_because(d)], _adm_duties(d)),
			array.concat(
				[$"texts that inform the person of it in time: {lib.quoted([ds.id | some ds in texts])}; none evidences {concat(", ", missing)}"],
				[$"disclosure `{ds.id}` claims {t}, but its quote does not stand in its text" |
					some t in missing
					some ds in texts
					some c in ds.covers
					c.topic == t
					not c.evidenced
				],
			),
		),
	}
}

_adm_words := {
	"adm-existence": "that the decision is automated",
	"adm-logic": "meaningful information about the logic involved",
	"adm-significance": "its significance and envisaged consequences",
}

# Art. 13(2)(f), 14(2)(g): the existence of automated decision-making ...
_adm_gaps := _adm_gaps_clauses

_adm_gaps_clauses[d.id] contains "adm-existence" if {
	some d in input.decisions
	lib.within_art22[d.id]
	not _told(_adm_texts(d), "adm-existence")
}

# ... meaningful information about the logic involved ...
_adm_gaps_clauses[d.id] contains "adm-logic" if {
	some d in input.decisions
	lib.within_art22[d.id]
	not _told(_adm_texts(d), "adm-logic")
}

# ... and its significance and envisaged consequences.
_adm_gaps_clauses[d.id] contains "adm-significance" if {
	some d in input.decisions
	lib.within_art22[d.id]
	not _told(_adm_texts(d), "adm-significance")
}

_told(texts, topic) if {
	some ds in texts
	lib.says(ds, topic)
}

# The data categories a decision uses that are collected from the person, and those
# obtained from others (by source), sorted.
_first_hand_inputs(d) := sort({c |
	some c in lib.decision_categories[d.id]
	some s in lib.category(c).sources
	s in lib.first_hand_sources
})

_other_inputs(d) := sort({$"`{c}` from {s}" |
	some c in lib.decision_categories[d.id]
	some s in lib.category(c).sources
	not s in lib.first_hand_sources
})

_collected_from_person(d) if count(_first_hand_inputs(d)) > 0

# Data collected from the person: the information is due when it is collected (Art. 13).
_adm_texts(d) := [ds | some ds in lib.texts_about[d.id]; ds.stage in lib.notice_stages] if _collected_from_person(d)

# Data obtained only from others: within a month of obtaining it will do (Art. 14(3)(a)).
_adm_texts(d) := [ds | some ds in lib.texts_about[d.id]; ds.stage in lib.informing_stages; _in_time(ds)] if {
	not _collected_from_person(d)
}

_adm_when(d) := "when the data is collected" if _collected_from_person(d)

_adm_when(d) := "when the data is collected or within a month of obtaining it" if not _collected_from_person(d)

_adm_duties(d) := array.concat(
	[$"it uses data collected from the person ({lib.quoted(first)}): Art. 13(2)(f) requires this information when the data is collected" |
		first := _first_hand_inputs(d)
		count(first) > 0
	],
	[$"it uses data obtained from others ({concat(", ", others)}): Art. 14(2)(g) requires this information within a reasonable period, at the latest within one month" |
		others := _other_inputs(d)
		count(others) > 0
	],
)

# ---------------------------------------------------------------------------
# ART14-THIRD-PARTY-SOURCE

# METADATA
# title: Data obtained from others is not notified to the person, or lacks the prior written consent Iceland requires
# description: >-
#   Where data is obtained from someone other than the person (doctors, hospitals, bureaus,
#   registers, other insurers), the person must be told the categories and the source
#   (Art. 14(1)(d), 14(2)(f)) within a reasonable period, at the latest within one month
#   (Art. 14(3)(a)), unless they already have the information (Art. 14(5)(a)): a text shown
#   before collection, at consent or after collection (within one month) with evidenced
#   claims source and category for the data category. Data the person gives, data derived
#   from it, and data observed from the person's own device or account (source device: a
#   phone, a wearable, a telematics box) are collected from the person, under Art. 13, not
#   Art. 14 (WP260rev.01, para 26: data collected by observation is collected from the data
#   subject), so they are not caught. Data about other people (a spouse, relatives, a child
#   or a beneficiary among the category's subjects) is obtained from others for them,
#   whatever the source, the person's answers or the person's own device included: they
#   must be told too, unless that proves impossible or would involve a disproportionate
#   effort (Art. 14(5)(b)), which a person must judge. Where that data has no basis of
#   their own at all (ART5-1A-RELATIVES-DATA), that finding says to stop collecting it and
#   this rule does not add that they should be told. In Iceland, an insurer may obtain
#   information on a person's health from others only with the person's prior written,
#   informed consent (Act 30/2004 on insurance contracts, art. 82): for products sold in
#   Iceland, the rule also requires an explicit and valid consent (the consent rules'
#   findings are named when it is not), given by signature, whose text claims its scope
#   (consent-scope), and that a purpose using the category relies on. Persónuvernd's audit
#   of insurer [B] (2005) condemned a blanket authorisation for doctors and hospitals to give
#   "information that may be necessary", without notice.
# custom:
#   id: ART14-THIRD-PARTY-SOURCE
#   severity: violation
#   articles:
#     - GDPR Art. 14(1)(d)
#     - GDPR Art. 14(2)(f)
#     - GDPR Art. 14(3)(a)
#     - cite: Iceland Act 30/2004 Art. 82
#       country: IS
#   humanReview: >-
#     Whether the notice or consent names the sources and what will be asked of them precisely
#     enough, and, for data about other people, whether telling them is impossible or would
#     involve a disproportionate effort (Art. 14(5)(b)).
#   remediation: >-
#     Tell the person which data you obtain from whom, before or within a month of obtaining
#     it, and declare the claims (topics source and category, with category: ID). For data
#     about other people, tell them too. For products sold in Iceland, obtain a signed,
#     explicit consent that says what will be asked, of whom and why, before asking.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic Data Protection Authority), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (collection from third parties without written informed consent and notice)
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on transparency under Regulation 2016/679 (WP260rev.01), adopted 29 November 2017, as last revised and adopted on 11 April 2018, para 26 (data collected by observation, through devices, falls under Art. 13)
#     - kind: legislation
#       title: Iceland, Act No. 30/2004 on insurance contracts (lög um vátryggingarsamninga), art. 82
#   counterexample: |
#     disclosures:
#       - id: doctor-report-notice
#         covers: []
#   example: |
#     disclosures:
#       - id: doctor-report-notice
#         kind: third-party-notice
#         covers:
#           - topic: source
#             category: medical-reports
#             quote: we obtained a report on your health from your doctor
#           - topic: category
#             category: medical-reports
#             quote: It covers the conditions you mentioned in your application
third_party_source contains finding if {
	some i, c in input.dataCategories
	some gap in _source_gaps[c.id]
	finding := {
		"message": gap.message,
		"path": array.concat(["dataCategories", i], gap.path),
		"because": gap.facts,
	}
}

_notice_words := {"source": "where it comes from", "category": "what it is"}

# Art. 14(1)(d), 14(2)(f), 14(3)(a): data obtained from other sources is notified to the
# person, its source and its category, in time.
_source_gaps := _source_gaps_clauses

_source_gaps_clauses[c.id] contains {
	"message": $"data category `{c.id}` is obtained from {lib.listed(others)}, but the person is not told {_missing_words(missing)}",
	"path": ["sources"],
	"facts": array.concat(
		[
			$"`{c.id}` ({c.class}) comes from {lib.listed(others)}",
			$"no text shown before collection, at consent or within one month after it evidences {concat(" and ", missing)} for `{c.id}`",
		],
		_unevidenced_notice(c.id),
	),
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	others := _other_sources(c)
	count(others) > 0
	missing := _unnotified(c.id)
	count(missing) > 0
}

# Art. 14 for the other people a category is about: obtained from others for them.
_source_gaps_clauses[c.id] contains {
	"message": $"data category `{c.id}` is about {lib.listed(others)}, for whom it is obtained from others, but they are not told {_missing_words(missing)}",
	"path": ["subjects"],
	"facts": array.concat(
		[
			$"`{c.id}` ({c.class}) is about {lib.listed(others)}; for them it comes from others: {_for_others_words(c)}",
			$"no text shown before collection, at consent or within one month after it evidences {concat(" and ", missing)} for `{c.id}`",
		],
		_unevidenced_notice(c.id),
	),
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	others := lib.other_subjects[c.id]
	not lib.others_without_basis[c.id]
	missing := _unnotified(c.id)
	count(missing) > 0
}

# Iceland, Act 30/2004 art. 82: prior written, informed consent before health information
# is obtained from others.
_source_gaps_clauses[c.id] contains {
	"message": $"data category `{c.id}` is obtained from {lib.listed(others)} for a product sold in Iceland without the person's prior written, informed consent",
	"path": ["sources"],
	"facts": array.concat(
		[
			$"`{c.id}` comes from {lib.listed(others)} and serves products sold in IS",
			"no purpose using it relies on an explicit, valid consent given by signature whose text evidences consent-scope",
		],
		array.concat(_invalid_consent_facts(c.id), ["Iceland, Act 30/2004 on insurance contracts, art. 82: information from others only with prior written, informed consent"]),
	),
} if {
	some c in input.dataCategories
	c.id in lib.used_categories
	others := _other_sources(c)
	count(others) > 0
	"IS" in lib.category_countries(c.id)
	not _written_consent(c.id)
}

_other_sources(c) := [s | some s in c.sources; not s in lib.first_hand_sources]

_unnotified(id) := [t | some t in ["source", "category"]; not _notified(id, t)]

_missing_words(missing) := concat(" or ", [_notice_words[t] | some t in missing])

_notified(id, topic) if {
	some ds in lib.informing
	_in_time(ds)
	lib.says_about(ds, topic, "category", id)
}

_unevidenced_notice(id) := array.concat(
	lib.informing_unevidenced("source", "category", id),
	lib.informing_unevidenced("category", "category", id),
)

_first_hand_words := {
	"data-subject": "what the person says about them",
	"device": "the person's own device",
	"derived": "what is derived from the person's data",
}

_for_others_words(c) := lib.listed([object.get(_first_hand_words, s, s) | some s in c.sources])

# A text given before or at collection is in time; one given after collection from
# others is in time within one month (Art. 14(3)(a)), or when no delay is declared.
_in_time(ds) if ds.stage != "after-third-party-collection"

_in_time(ds) if {
	ds.stage == "after-third-party-collection"
	not ds.within.declared
}

_in_time(ds) if {
	ds.stage == "after-third-party-collection"
	ds.within.declared
	not ds.within.indefinite
	ds.within.hours <= lib.one_month_hours
}

_written_consent(id) if {
	some p in input.purposes
	id in p.categories
	lib.explicit_consent_valid(p.consent)
	k := lib.consent(p.consent)
	k.mechanism in {"signature-on-form", "electronic-signature"}
	lib.says(lib.disclosure(k.text), "consent-scope")
}

# Consents of the purposes that use the category that are not valid, with the rules that
# found them invalid.
_invalid_consent_facts(id) := sort({lib.consent_invalid_fact(p.consent) |
	some p in input.purposes
	id in p.categories
	p.consent != ""
	not lib.consent_valid(p.consent)
})

# ---------------------------------------------------------------------------
# DISCLOSURE-UNSUPPORTED-CLAIM

# METADATA
# title: A disclosure claims something its text does not say
# description: >-
#   Every coverage claim of a disclosure quotes the words of its text that make it true;
#   the checker verifies that the quote stands in the text as whole words in order
#   (ignoring case, runs of white space, and the form of quotation marks and dashes) and
#   is a real passage (at least 3 words or 15 characters by default: a shorter quote does
#   not count, and a note at the quote says so). The text is the one written in the
#   declaration, or the one read from the file the insurer publishes (textFile, scoped to
#   a section), so a claim stops counting the day its sentence is edited out of the
#   published notice or template; placeholders of a template (placeholders) count as
#   words. A claim whose quote is not found is not evidence: the obligation it was meant
#   to show is judged as unmet by the other rules, and this finding points at the quote
#   to fix. It is a risk to accountability (the
#   controller cannot demonstrate what it claims), not in itself a breach.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(2) (accountability) and 12(1)"
# custom:
#   id: DISCLOSURE-UNSUPPORTED-CLAIM
#   severity: risk
#   articles:
#     - GDPR Art. 5(2)
#     - GDPR Art. 12(1)
#   humanReview: Whether the quoted words, once found, really say what the topic claims.
#   remediation: >-
#     Quote the words of the text exactly (copy them from the text), or correct the text so
#     that it says what the claim says.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(2) (accountability) and 12(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     disclosures:
#       - id: decision-notice   # a quote the text does not hold
#         covers:
#           - {topic: factor-applied, factor: smoker-loading, quote: "Because you told us you smoke, your premium includes a smoker loading"}
#           - {topic: factor-extent, factor: smoker-loading, quote: a loading of 60% for smokers}
#           - {topic: factor-applied, factor: build-loading, quote: "Because your body-mass index is {{ bmi }}, your premium includes a build loading"}
#           - {topic: factor-extent, factor: build-loading, quote: "25% for a body-mass index of 32 to 35, 50% from 35 to 40"}
#           - {topic: decision-reasons, quote: "How we reached it: the standard premium for your age is {{ standard_premium }}"}
#           - {topic: human-intervention, quote: you can ask a medical underwriter to review this decision}
#           - {topic: express-view, quote: tell us your point of view}
#           - {topic: contest, quote: "or contest it, online or by phone"}
#   example: |
#     disclosures:
#       - id: decision-notice   # each quote a passage of the text, word for word
#         covers:
#           - {topic: factor-applied, factor: smoker-loading, quote: "Because you told us you smoke, your premium includes a smoker loading"}
#           - {topic: factor-extent, factor: smoker-loading, quote: a smoker loading of 60% of the standard premium}
#           - {topic: factor-applied, factor: build-loading, quote: "Because your body-mass index is {{ bmi }}, your premium includes a build loading"}
#           - {topic: factor-extent, factor: build-loading, quote: "25% for a body-mass index of 32 to 35, 50% from 35 to 40"}
#           - {topic: decision-reasons, quote: "How we reached it: the standard premium for your age is {{ standard_premium }}"}
#           - {topic: human-intervention, quote: you can ask a medical underwriter to review this decision}
#           - {topic: express-view, quote: tell us your point of view}
#           - {topic: contest, quote: "or contest it, online or by phone"}
unsupported_claim contains finding if {
	some i, ds in input.disclosures
	some j, c in ds.covers
	not c.evidenced
	finding := {
		"message": $"disclosure `{ds.id}` claims {c.topic}{_subject_words(c)}, but the quote does not stand in {lib.text_where(ds)}",
		"path": ["disclosures", i, "covers", j, "quote"],
		"because": [$"quote: \"{c.quote}\"", _text_words(ds)],
	}
}

_text_words(ds) := $"disclosure `{ds.id}` ({ds.kind}, {ds.stage}) text begins: \"{substring(ds.text, 0, 120)}\"" if ds.textFile == ""

_text_words(ds) := $"disclosure `{ds.id}` ({ds.kind}, {ds.stage}) is read from {_where_file(ds)} (sha256 {substring(ds.origin.sha256, 0, 16)}); its text begins: \"{substring(ds.text, 0, 120)}\"" if {
	ds.textFile != ""
}

_where_file(ds) := ds.textFile if ds.section == ""

_where_file(ds) := $"{ds.textFile}, section `{ds.section}`" if ds.section != ""

_subject_words(c) := $" for `{s}`" if {
	s := concat("", [c.factor, c.purpose, c.recipient, c.category])
	s != ""
}

_subject_words(c) := "" if concat("", [c.factor, c.purpose, c.recipient, c.category]) == ""
