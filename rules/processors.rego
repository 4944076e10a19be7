# METADATA
# title: Processors and joint controllers (GDPR Art. 26, 28)
# description: Rules on the contracts with those who process data for the controller or with it.
package art22.rules.processors

import data.art22.lib

# What each role needs in writing.
_contract_words := {"processor": "Art. 28(3) contract", "joint-controller": "Art. 26 arrangement"}

# METADATA
# title: A processor or joint controller works without a contract, or a sub-processor is not authorised
# description: >-
#   Every processor (policy administrator, third-party payer, model vendor, broker acting as
#   processor) must be bound by an Art. 28(3) contract, and may engage sub-processors only
#   with the controller's prior written authorisation (Art. 28(2)); joint controllers need an
#   arrangement under Art. 26. The rule reads the role each recipient is declared in; whether
#   that role is right, and whether a signed contract covers every processing operation, it
#   cannot see. The AEPD fined Línea Directa EUR 200,000 under Art. 28(3) because the
#   documents with its agent did not mention the processing operation complained of
#   (EXP202202567, reported 11 March 2025; known from the gdprhub summary and Spanish law
#   firms' accounts, the resolution itself not read). The CNIL's statement of 7 February
#   2024 on the breach at Viamedis and Almerys, third-party-payment processors of
#   complementary health insurers, shows the chain: the processors were breached, and the
#   insurers were the ones to inform the people concerned.
# related_resources:
#   - ref: https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_EXP202202567
#     description: "AEPD (Spain), EXP202202567, Línea Directa Aseguradora, resolution reported 11 March 2025 (documents with the processor silent on the processing operation; Art. 28(3), EUR 200,000; as summarised by gdprhub, decision date not verified)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 26 and 28"
# custom:
#   id: ART28-NO-CONTRACT
#   severity: violation
#   articles:
#     - GDPR Art. 28(3)
#     - GDPR Art. 28(2)
#     - GDPR Art. 26(1)
#   humanReview: >-
#     Whether each recipient's role is the one declared, and whether the contract contains
#     every clause of Art. 28(3), covers every processing operation the processor performs,
#     and is followed (audits, instructions).
#   remediation: >-
#     Sign an Art. 28(3) contract with each processor (an Art. 26 arrangement with each
#     joint controller) and authorise sub-processors in writing; declare them
#     (contract.signed, subProcessors[].authorised).
#   sources:
#     - kind: decision
#       title: AEPD (Spain), EXP202202567, Línea Directa Aseguradora, resolution reported 11 March 2025 (documents with the processor silent on the processing operation; Art. 28(3), EUR 200,000; as summarised by gdprhub, decision date not verified)
#       url: https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_EXP202202567
#     - kind: report
#       title: CNIL (France), statement of 7 February 2024 on the breach at Viamedis and Almerys, third-party-payment operators acting for complementary health insurers ("Violation de données de deux opérateurs de tiers payant"; text as reproduced, the cnil.fr page itself not read)
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 26 and 28
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     recipients:
#       - id: policy-admin
#         contract: {signed: false}
#   example: |
#     recipients:
#       - id: policy-admin
#         role: processor
#         contract:
#           signed: true
#           date: 2024-05-01
#           reference: DPA-2024-007
no_contract contains finding if {
	some i, r in input.recipients
	some gap in _contract_gaps[r.id]
	finding := {
		"message": gap.message,
		"path": array.concat(["recipients", i], gap.path),
		"because": [$"recipient `{r.id}` ({r.type}) is a {r.role} and receives {lib.quoted(r.categories)}", gap.fact],
	}
}

# Art. 28(3) and 26(1): a processor is bound by a contract, a joint controller by an arrangement ...
_contract_gaps := _contract_gaps_clauses

_contract_gaps_clauses[r.id] contains {
	"message": $"{r.role} `{r.id}` ({r.name}) works without a signed {_contract_words[r.role]}",
	"path": ["contract"],
	"fact": "contract.signed is false",
} if {
	some r in input.recipients
	_contract_words[r.role]
	not r.contract.signed
}

# ... and Art. 28(2): a processor engages others only with written authorisation.
_contract_gaps_clauses[r.id] contains {
	"message": $"processor `{r.id}` engages sub-processor {sp.name} without the controller's written authorisation",
	"path": ["subProcessors", j, "authorised"],
	"fact": $"sub-processor {sp.name} ({_service_words(sp)}) of `{r.id}` is declared not authorised",
} if {
	some r in input.recipients
	r.role == "processor"
	some j, sp in r.subProcessors
	not sp.authorised
}

_service_words(sp) := sp.service if sp.service != ""

_service_words(sp) := "service not stated" if sp.service == ""
