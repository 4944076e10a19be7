# METADATA
# title: Transparency of automated decisions and of data obtained from others (GDPR Art. 13-14)
# description: >-
#   Rules on what the person is told, checked through the disclosures' coverage claims:
#   each claim counts only when its quote stands in the text.
package art22.rules.transparency

import data.art22.lib

adm_topics := ["adm-existence", "adm-logic", "adm-significance"]

adm_words := {
	"adm-existence": "that the decision is automated",
	"adm-logic": "meaningful information about the logic involved",
	"adm-significance": "its significance and envisaged consequences",
}

# METADATA
# title: The person is not told before collection that a decision is automated, how, and with what consequences
# description: >-
#   For a solely automated decision with legal or similarly significant effect, the person
#   must be told, when the data is collected, that it exists, meaningful information about
#   the logic involved, and its significance and envisaged consequences (for example, that
#   acceptance and the premium are decided automatically and that answers can lead to a
#   loading or a refusal). The rule looks for evidenced claims adm-existence, adm-logic and
#   adm-significance in a text shown before collection or at consent for the decision.
#   Persónuvernd found TM's information compliant: applicants were told before answering
#   that the decision was automated, what it rested on and what it could lead to (case
#   2024020415, para 7, 12, 23). Whether the logic described is meaningful is for a person
#   to judge.
# custom:
#   id: ART13-2F-ADM-NOT-DISCLOSED
#   severity: violation
#   articles:
#     - GDPR Art. 13(2)(f)
#     - GDPR Art. 14(2)(g)
#     - GDPR Art. 22(1)
#   humanReview: Whether the logic described is meaningful to an applicant (the main factors and how they weigh) rather than generic.
#   remediation: >-
#     Tell applicants before they answer that the decision is automated, what it rests on
#     and what it can lead to, and declare each claim in the notice's covers (adm-existence,
#     adm-logic, adm-significance) with the sentence that says it.
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 23 (ADM information found adequate)
#   example: |
#     disclosures:
#       - id: adm-notice
#         kind: adm-notice
#         stage: before-collection
#         text: Your application is decided automatically from your answers on age, smoking and build; they can lead to a loading or to a referral to an underwriter.
#         covers:
#           - {topic: adm-existence, quote: Your application is decided automatically}
#           - {topic: adm-logic, quote: from your answers on age, smoking and build}
#           - {topic: adm-significance, quote: they can lead to a loading or to a referral to an underwriter}
adm_not_disclosed contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	shown := [ds | some ds in lib.notices; d.id in ds.decisions]
	missing := [t | some t in adm_topics; not told(shown, t)]
	count(missing) > 0
	finding := {
		"message": sprintf("decision `%s` is solely automated and %s, but no text before collection tells %s", [d.id, lib.art22_outcomes_words(d), concat("; ", [adm_words[t] | some t in missing])]),
		"path": ["decisions", i],
		"because": array.concat(
			[
				sprintf("decision `%s` is solely automated; the engine reaches: %s", [d.id, lib.art22_outcomes_words(d)]),
				sprintf("texts shown before collection or at consent for it: %s; none evidences %s", [lib.quoted([ds.id | some ds in shown]), concat(", ", missing)]),
			],
			[u | some t in missing; some ds in shown; some c in ds.covers; c.topic == t; not c.evidenced; u := sprintf("disclosure `%s` claims %s, but its quote does not stand in its text", [ds.id, t])],
		),
	}
}

told(shown, topic) if {
	some ds in shown
	lib.says(ds, topic)
}

# METADATA
# title: Data obtained from others is not notified to the person, or lacks the prior written consent Iceland requires
# description: >-
#   Where data is obtained from someone other than the person (doctors, hospitals, bureaus,
#   registers, other insurers), the person must be told the categories and the source
#   (Art. 14(1)(d), 14(2)(f)) within a reasonable period, at the latest within one month
#   (Art. 14(3)(a)), unless they already have the information (Art. 14(5)(a)): a text shown
#   before collection, at consent or after collection (within one month) with evidenced
#   claims source and category for the data category. In Iceland, an insurer may obtain
#   information from others only with the prior written, informed consent of the person
#   concerned (Act 30/2004 on insurance contracts, art. 82): the rule also requires, for
#   products sold in Iceland, an explicit consent given by signature whose text claims its
#   scope (consent-scope) and that a purpose using the category relies on. Persónuvernd's
#   audit of insurer [B] (2005) condemned a blanket authorisation for doctors and hospitals
#   to give "information that may be necessary", without notice.
# custom:
#   id: ART14-THIRD-PARTY-SOURCE
#   severity: violation
#   articles:
#     - GDPR Art. 14(1)(d)
#     - GDPR Art. 14(2)(f)
#     - GDPR Art. 14(3)(a)
#     - Iceland Act 30/2004 Art. 82
#   humanReview: Whether the notice or consent names the sources and what will be asked of them precisely enough.
#   remediation: >-
#     Tell the person which data you obtain from whom, before or within a month of obtaining
#     it, and declare the claims (topics source and category, with category: ID). For
#     products sold in Iceland, obtain a signed, explicit consent that says what will be
#     asked, of whom and why, before asking.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (collection from third parties without written informed consent and notice)
#     - kind: legislation
#       title: Iceland, Act No. 30/2004 on insurance contracts (lög um vátryggingarsamninga), art. 82
#   example: |
#     disclosures:
#       - id: doctor-report-notice
#         kind: third-party-notice
#         stage: after-third-party-collection
#         within: 7 days
#         text: With your consent, we obtained a report on your health from your doctor.
#         covers:
#           - {topic: source, category: medical-reports, quote: from your doctor}
#           - {topic: category, category: medical-reports, quote: a report on your health}
third_party_source contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	others := [s | some s in c.sources; not s in lib.first_hand_sources]
	count(others) > 0
	missing := [t | some t in ["source", "category"]; not notified(c.id, t)]
	count(missing) > 0
	finding := {
		"message": sprintf("data category `%s` is obtained from %s, but the person is not told %s", [c.id, concat(", ", others), concat(" or ", [notice_words[t] | some t in missing])]),
		"path": ["dataCategories", i, "sources"],
		"because": [
			sprintf("`%s` (%s) comes from %s", [c.id, c.class, concat(", ", others)]),
			sprintf("no text shown before collection, at consent or within one month after it evidences %s for `%s`", [concat(" and ", missing), c.id]),
		],
	}
}

third_party_source contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	others := [s | some s in c.sources; not s in lib.first_hand_sources]
	count(others) > 0
	"IS" in lib.category_countries(c.id)
	not written_consent(c.id)
	finding := {
		"message": sprintf("data category `%s` is obtained from %s for a product sold in Iceland without the person's prior written, informed consent", [c.id, concat(", ", others)]),
		"path": ["dataCategories", i, "sources"],
		"because": [
			sprintf("`%s` comes from %s and serves products sold in IS", [c.id, concat(", ", others)]),
			"no purpose using it relies on an explicit consent given by signature whose text evidences consent-scope",
			"Iceland, Act 30/2004 on insurance contracts, art. 82: information from others only with prior written, informed consent",
		],
	}
}

notice_words := {"source": "where it comes from", "category": "what it is"}

notified(id, topic) if {
	some ds in lib.informing
	in_time(ds)
	lib.says_about(ds, topic, "category", id)
}

in_time(ds) if ds.stage != "after-third-party-collection"

in_time(ds) if {
	ds.stage == "after-third-party-collection"
	not ds.within.declared
}

in_time(ds) if {
	ds.stage == "after-third-party-collection"
	ds.within.declared
	not ds.within.indefinite
	ds.within.hours <= lib.one_month_hours
}

written_consent(id) if {
	some p in input.purposes
	id in p.categories
	k := lib.consent(p.consent)
	k.explicit
	k.mechanism in {"signature-on-form", "electronic-signature"}
	lib.says(lib.disclosure(k.text), "consent-scope")
}

# METADATA
# title: A disclosure claims something its text does not say
# description: >-
#   Every coverage claim of a disclosure quotes the words of its text that make it true;
#   the checker verifies that the quote stands in the text (ignoring case, runs of white
#   space, and the form of quotation marks and dashes). A claim whose quote is not found is
#   not evidence: the obligation it was meant to show is judged as unmet by the other
#   rules, and this finding points at the quote to fix. It is a risk to accountability (the
#   controller cannot demonstrate what it claims), not in itself a breach.
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
#   example: |
#     disclosures:
#       - id: certificate
#         text: Because you smoke, your premium includes a smoker loading of 60%.
#         covers:
#           - topic: factor-extent
#             factor: smoking
#             quote: a smoker loading of 60%     # words that stand in the text
unsupported_claim contains finding if {
	some i, ds in input.disclosures
	some j, c in ds.covers
	not c.evidenced
	finding := {
		"message": sprintf("disclosure `%s` claims %s%s, but the quote does not stand in its text", [ds.id, c.topic, subject_words(c)]),
		"path": ["disclosures", i, "covers", j, "quote"],
		"because": [sprintf("quote: %q", [c.quote]), sprintf("disclosure `%s` (%s, %s) text begins: %q", [ds.id, ds.kind, ds.stage, substring(ds.text, 0, 120)])],
	}
}

subject_words(c) := sprintf(" for `%s`", [s]) if {
	s := concat("", [c.factor, c.purpose, c.recipient, c.category])
	s != ""
}

subject_words(c) := "" if concat("", [c.factor, c.purpose, c.recipient, c.category]) == ""
