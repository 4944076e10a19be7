# METADATA
# title: Processors and joint controllers (GDPR Art. 26, 28)
# description: Rules on the contracts with those who process data for the controller or with it.
package art22.rules.processors

import data.art22.lib

# METADATA
# title: A processor or joint controller works without a contract, or a sub-processor is not authorised
# description: >-
#   Every processor (policy administrator, third-party payer, model vendor, broker acting as
#   processor) must be bound by an Art. 28(3) contract, and may engage sub-processors only
#   with the controller's prior written authorisation (Art. 28(2)); joint controllers need an
#   arrangement under Art. 26. The CNIL's statement on the 2024 theft of data of some 33
#   million insured persons from Viamedis and Almerys, third-party-payment processors of the
#   French complementary health insurers, is the anchor for the processor chain.
# custom:
#   id: ART28-NO-CONTRACT
#   severity: violation
#   articles:
#     - GDPR Art. 28(3)
#     - GDPR Art. 28(2)
#     - GDPR Art. 26(1)
#   humanReview: Whether the contract contains every clause of Art. 28(3) and is followed (audits, instructions).
#   remediation: >-
#     Sign an Art. 28(3) contract with each processor (an Art. 26 arrangement with each
#     joint controller) and authorise sub-processors in writing; declare them
#     (contract.signed, subProcessors[].authorised).
#   sources:
#     - kind: report
#       title: Report on the CNIL's statement of February 2024 on the data breach at Viamedis and Almerys, third-party-payment processors of complementary health insurers (data of about 33 million insured persons)
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 26 and 28
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     recipients:
#       - id: policy-admin
#         role: processor
#         contract: {signed: true, date: 2024-05-01}
#         subProcessors:
#           - {name: Example Cloud Ltd, authorised: true}
no_contract contains finding if {
	some i, r in input.recipients
	r.role in {"processor", "joint-controller"}
	not r.contract.signed
	finding := {
		"message": sprintf("%s `%s` (%s) works without a signed %s", [r.role, r.id, r.name, contract_words[r.role]]),
		"path": ["recipients", i, "contract"],
		"because": [sprintf("recipient `%s` (%s) is a %s and receives %s", [r.id, r.type, r.role, lib.quoted(r.categories)]), "contract.signed is false"],
	}
}

no_contract contains finding if {
	some i, r in input.recipients
	r.role == "processor"
	some j, sp in r.subProcessors
	not sp.authorised
	finding := {
		"message": sprintf("processor `%s` engages sub-processor %s without the controller's written authorisation", [r.id, sp.name]),
		"path": ["recipients", i, "subProcessors", j, "authorised"],
		"because": [sprintf("sub-processor %s (%s) of `%s` is declared not authorised", [sp.name, sp.service, r.id])],
	}
}

contract_words := {"processor": "Art. 28(3) contract", "joint-controller": "Art. 26 arrangement"}
