# METADATA
# title: The right to an explanation of an automated decision (GDPR Art. 15(1)(h))
# description: >-
#   Rules on what a person gets when they ask how an automated decision about them was
#   reached, as the CJEU read Art. 15(1)(h) in Dun & Bradstreet Austria (C-203/22).
package art22.rules.data_subject_rights

import data.art22.lib

cjeu_dnb := "CJEU, Case C-203/22, CK v Dun & Bradstreet Austria GmbH and Magistrat der Stadt Wien, judgment of 27 February 2025"

# METADATA
# title: On request, the person does not get the procedure and principles actually applied to their data
# description: >-
#   Where decisions are solely automated with legal or similarly significant effect, the
#   person who asks is entitled to meaningful information about the logic involved (Art.
#   15(1)(h)): in the CJEU's reading, an explanation of the procedure and principles
#   actually applied to their personal data to reach the result, concise and intelligible;
#   a complex formula or a generic description of the scoring method is not enough. The
#   declaration says what the person gets (rights.explanationOnRequest.content): anything
#   but actual-logic fires. Persónuvernd found that TM ensured the right to further
#   information on the outcome (case 2024020415, para 22).
# custom:
#   id: ART15-1H-LOGIC-ON-REQUEST
#   severity: violation
#   articles:
#     - GDPR Art. 15(1)(h)
#     - GDPR Art. 22(3)
#   humanReview: Whether the explanation given to people who ask really shows how their own data led to their result.
#   remediation: >-
#     When someone asks, explain which of their data the rules used and how each changed the
#     result (rights.explanationOnRequest.content: actual-logic, with the text in disclosure).
#   sources:
#     - kind: judgment
#       title: CJEU, Case C-203/22, CK v Dun & Bradstreet Austria GmbH and Magistrat der Stadt Wien, judgment of 27 February 2025, ECLI:EU:C:2025:117
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22
#   example: |
#     rights:
#       explanationOnRequest:
#         content: actual-logic
#         disclosure: explanation
logic_on_request contains finding if {
	decisions := [d.id | some d in input.decisions; lib.within_art22[d.id]]
	count(decisions) > 0
	input.rights.explanationOnRequest.content != "actual-logic"
	finding := {
		"message": sprintf("people who ask how a decision about them was reached get %s, not the procedure and principles actually applied to their data", [content_words[input.rights.explanationOnRequest.content]]),
		"path": ["rights", "explanationOnRequest", "content"],
		"because": [
			sprintf("solely automated decisions with significant effect: %s", [lib.quoted(decisions)]),
			sprintf("rights.explanationOnRequest.content is %s", [input.rights.explanationOnRequest.content]),
			cjeu_dnb,
		],
	}
}

content_words := {"generic": "a generic description", "none": "no explanation", "": "no explanation"}

# METADATA
# title: Trade secrets are a blanket ground for refusing the explanation
# description: >-
#   A controller may not refuse the explanation of an automated decision outright because
#   it would reveal trade secrets: where it considers that the information includes
#   protected trade secrets, it must provide that information to the supervisory authority
#   or the court, which balances the rights and interests at stake (C-203/22). The Finnish
#   Data Protection Ombudsman ordered Svea Ekonomi in 2019 to give a complainant the logic
#   of its automated credit decision after it had refused, citing trade secrets.
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
#       title: CJEU, Case C-203/22, CK v Dun & Bradstreet Austria GmbH and Magistrat der Stadt Wien, judgment of 27 February 2025, ECLI:EU:C:2025:117
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     - kind: decision
#       title: Finnish Data Protection Ombudsman, order to Svea Ekonomi to correct its processing of personal data in assessing creditworthiness, press release of 1 April 2019
#       url: https://tietosuoja.fi/-/tietosuojavaltuutettu-maarasi-svea-ekonomin-korjaamaan-kaytantojaan-henkilotietojen-kasittelyssa
#   example: |
#     rights:
#       explanationOnRequest:
#         tradeSecrets: provide-to-authority
trade_secret_refusal contains finding if {
	input.rights.explanationOnRequest.tradeSecrets == "refuse"
	finding := {
		"message": "the explanation of automated decisions is refused where it would reveal trade secrets",
		"path": ["rights", "explanationOnRequest", "tradeSecrets"],
		"because": ["rights.explanationOnRequest.tradeSecrets is refuse", cjeu_dnb],
	}
}
