# METADATA
# title: The right to an explanation of an automated decision (GDPR Art. 15(1)(h))
# description: >-
#   Rules on what a person gets when they ask how an automated decision about them was
#   reached, as the CJEU read Art. 15(1)(h) in C-203/22 (Dun & Bradstreet Austria). Both
#   apply to the decisions within Art. 22(1) as derived by lib.within_art22, whatever the
#   declaration calls them.
package art22.rules.data_subject_rights

import data.art22.lib

# The decisions within Art. 22(1), by id, sorted.
_art22_ids := sort([d.id | some d in input.decisions; lib.within_art22[d.id]])

# Why each is within Art. 22(1), naming the root rule where it is derived.
_art22_lines := [lib.art22_because(d) | some d in input.decisions; lib.within_art22[d.id]]

# ---------------------------------------------------------------------------
# ART15-1H-LOGIC-ON-REQUEST

# METADATA
# title: On request, the person does not get the procedure and principles actually applied to their data
# description: >-
#   Where a decision is within Art. 22(1), the person who asks is entitled to meaningful
#   information about the logic involved (Art. 15(1)(h)). The CJEU held in C-203/22
#   (operative part, point 1) that the person may require the controller to explain, by
#   means of relevant information and in a concise, transparent, intelligible and easily
#   accessible form, the procedure and principles actually applied in order to use, by
#   automated means, their personal data with a view to obtaining a specific result; a
#   generic description of the scoring method is not that, and neither is a complex formula
#   handed over as such. The Berlin DPA fined a bank EUR 300,000 (31 May 2023) under Art.
#   22(3), 5(1)(a) and 15(1)(h) for answering a request about an automated credit-card
#   rejection with only blanket information on its scoring procedure (known here from the
#   EDPB's summary of the decision); the Hamburg DPA fined a financial company EUR 492,000
#   (press release of 30 September 2025) for inadequate information and access answers on
#   automated credit-card rejections (the articles it applied are not given in the press
#   release and are not verified). The rule's reading: whoever computes the score, the
#   explanation is owed; a decision that rests on a score a credit bureau or another
#   insurer establishes still needs the procedure and principles actually applied, that
#   score's part included, and a third party's score is no excuse. The declaration says
#   what the person gets (rights.explanationOnRequest.content): anything but actual-logic
#   fires; where it names the text given, that text must evidence decision-reasons.
#   Persónuvernd found that TM ensured the right to further information on the outcome
#   (case 2024020415, para 22). Whether decisions are within Art. 22(1) is derived
#   (lib.within_art22), so one declared decision-support but decided by the engine
#   (ART22-1-MISCLASSIFIED) or by a token human (ART22-1-TOKEN-HUMAN) counts, and its root
#   is named.
# related_resources:
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     description: "CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117 (operative part, point 1)"
#   - ref: https://edpb.europa.eu/news/national-news/2023/berlin-sa-imposes-300-000-euro-fine-against-bank-after-lack-transparency_mt
#     description: "Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI), fine of EUR 300,000 on a bank for an unexplained automated credit-card rejection, decision of 31 May 2023, reference not verified (Art. 22(3), 5(1)(a) and 15(1)(h); from the EDPB's national news summary, the decision itself not read)"
#   - ref: https://datenschutz-hamburg.de/news/zwischenbilanz-2025-hmbbfdi-verhaengt-bussgelder-von-insgesamt-775000-euro
#     description: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit (HmbBfDI), fine of EUR 492,000 on a financial-sector company for automated credit-card rejections without adequate information, press release Zwischenbilanz 2025 of 30 September 2025 (articles applied not given, not verified)"
#   - ref: https://personuvernd.is/urlausnir/akvordun-tm
#     description: "Persónuvernd (Icelandic Data Protection Authority), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22 (right to further information on the outcome ensured)"
# custom:
#   id: ART15-1H-LOGIC-ON-REQUEST
#   severity: violation
#   articles:
#     - GDPR Art. 15(1)(h)
#     - GDPR Art. 22(3)
#   humanReview: Whether the explanation given to people who ask really shows, concisely and intelligibly, how their own data led to their result.
#   remediation: >-
#     When someone asks, explain which of their data the decision used, how each (a third
#     party's score included) changed the result, and what would have changed it
#     (rights.explanationOnRequest.content: actual-logic, with the text in disclosure and its
#     decision-reasons claim).
#   sources:
#     - kind: judgment
#       title: CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117 (operative part, point 1)
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     - kind: decision
#       title: Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI), fine of EUR 300,000 on a bank for an unexplained automated credit-card rejection, decision of 31 May 2023, reference not verified (Art. 22(3), 5(1)(a) and 15(1)(h); from the EDPB's national news summary, the decision itself not read)
#       url: https://edpb.europa.eu/news/national-news/2023/berlin-sa-imposes-300-000-euro-fine-against-bank-after-lack-transparency_mt
#     - kind: decision
#       title: Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit (HmbBfDI), fine of EUR 492,000 on a financial-sector company for automated credit-card rejections without adequate information, press release Zwischenbilanz 2025 of 30 September 2025 (articles applied not given, not verified)
#       url: https://datenschutz-hamburg.de/news/zwischenbilanz-2025-hmbbfdi-verhaengt-bussgelder-von-insgesamt-775000-euro
#     - kind: decision
#       title: Persónuvernd (Icelandic Data Protection Authority), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22 (right to further information on the outcome ensured)
#       url: https://personuvernd.is/urlausnir/akvordun-tm
#   counterexample: |
#     rights:
#       explanationOnRequest: {content: generic}
#   example: |
#     rights:
#       explanationOnRequest:
#         content: actual-logic
#         disclosure: explanation
logic_on_request contains finding if {
	count(_art22_ids) > 0
	some gap in _explanation_gaps
	finding := {
		"message": gap.message,
		"path": array.concat(["rights", "explanationOnRequest"], gap.path),
		"because": array.concat(
			array.concat(_art22_lines, [gap.fact]),
			array.concat(_third_party_scores, ["Art. 15(1)(h) as the CJEU read it (C-203/22): the procedure and principles actually applied to the person's data, concisely and intelligibly"]),
		),
	}
}

_content_words := {"generic": "a generic description", "none": "no explanation", "": "no explanation"}

# Art. 15(1)(h): the person gets the procedure and principles actually applied ...
_explanation_gaps := _explanation_gaps_clauses

_explanation_gaps_clauses contains {
	"message": $"people who ask how a decision about them was reached get {_content_words[e.content]}, not the procedure and principles actually applied to their data",
	"path": ["content"],
	"fact": $"rights.explanationOnRequest.content is {e.content}",
} if {
	e := input.rights.explanationOnRequest
	e.content != "actual-logic"
}

# ... and the text said to give them evidences the reasons.
_explanation_gaps_clauses contains {
	"message": $"the explanation given on request, `{e.disclosure}`, does not say the reasons actually applied",
	"path": ["disclosure"],
	"fact": $"rights.explanationOnRequest.content is actual-logic, but disclosure `{e.disclosure}` evidences no decision-reasons",
} if {
	e := input.rights.explanationOnRequest
	e.content == "actual-logic"
	e.disclosure != ""
	not lib.says(lib.disclosure(e.disclosure), "decision-reasons")
}

# Scores established by others in decisions within Art. 22(1): no excuse.
_third_party_scores := sort({$"decision `{d.id}` rests on `{c.id}` ({c.about}, from {lib.listed(c.sources)}), established by others: its part in the result must be explained too" |
	some d in input.decisions
	lib.within_art22[d.id]
	some id in lib.decision_categories[d.id]
	c := lib.category(id)
	lib.external_score(c)
})

# ---------------------------------------------------------------------------
# ART15-TRADE-SECRET-REFUSAL

# METADATA
# title: Trade secrets are a blanket ground for refusing the explanation
# description: >-
#   A controller may not refuse the explanation of a decision within Art. 22(1) outright
#   because it would reveal trade secrets. The CJEU held in C-203/22 (operative part, point
#   2) that where the controller takes the view that the information to be provided
#   contains trade secrets within the meaning of Directive (EU) 2016/943 or third parties'
#   data, it must provide that information to the competent supervisory authority or court,
#   which balances the rights and interests at stake to determine the extent of the
#   person's right of access (the opening of that point was read; its remainder is known
#   from consistent secondary summaries). A model bought from a vendor changes nothing: the
#   vendor's secrets go the same way. The Finnish Data Protection Ombudsman ordered Svea
#   Ekonomi to give a complainant information on the logic of its automated credit
#   decision, its significance and consequences (press release of 1 April 2019; that the
#   company had refused citing trade secrets is reported only by secondary sources and is
#   not verified). Whether decisions are within Art. 22(1) is derived (lib.within_art22),
#   and the root is named.
# related_resources:
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     description: "CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117 (operative part, point 2)"
#   - ref: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#     description: "Finnish Data Protection Ombudsman (Tietosuojavaltuutettu), order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness and to give the complainant information on the logic of the automated credit decision, press release of 1 April 2019"
# custom:
#   id: ART15-TRADE-SECRET-REFUSAL
#   severity: violation
#   articles:
#     - GDPR Art. 15(1)(h)
#     - GDPR Art. 15(4)
#     - GDPR Recital 63
#   humanReview: Whether what is withheld is truly a trade secret and what is given to the person is still meaningful.
#   remediation: >-
#     Explain the decision to the person; where a trade secret is at stake, give the
#     information to the supervisory authority or the court for balancing
#     (tradeSecrets: provide-to-authority) instead of refusing.
#   sources:
#     - kind: judgment
#       title: CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117 (operative part, point 2)
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     - kind: decision
#       title: Finnish Data Protection Ombudsman (Tietosuojavaltuutettu), order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness and to give the complainant information on the logic of the automated credit decision, press release of 1 April 2019
#       url: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#   counterexample: |
#     rights:
#       explanationOnRequest: {tradeSecrets: refuse}
#   example: |
#     rights:
#       explanationOnRequest:
#         content: actual-logic
#         tradeSecrets: provide-to-authority
trade_secret_refusal contains finding if {
	input.rights.explanationOnRequest.tradeSecrets == "refuse"
	count(_art22_ids) > 0
	finding := {
		"message": "the explanation of automated decisions is refused where it would reveal trade secrets",
		"path": ["rights", "explanationOnRequest", "tradeSecrets"],
		"because": array.concat(
			array.concat(["rights.explanationOnRequest.tradeSecrets is refuse"], _art22_lines),
			array.concat(_vendor_lines, ["a trade secret is not a ground to refuse: the information goes to the supervisory authority or the court, which balances the interests (C-203/22)"]),
		),
	}
}

_vendor_lines := [$"the model of decision `{d.id}` is bought from `{d.model.vendor}`: its secrets go the same way" |
	some d in input.decisions
	lib.within_art22[d.id]
	d.model.vendor != ""
]
