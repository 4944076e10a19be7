package art22.rules.purpose_limitation_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.purpose_limitation as pl

# A marketing purpose on legitimate interests that reads contact details and smoking data,
# both used for the contract (purpose index 2).
_marketing(patch) := fixture.add(baseline, "purposes", object.union(
	object.union(baseline.purposes[1], {
		"id": "cross-sell", "name": "Offers of other products", "type": "marketing",
		"legalBasis": "legitimate-interests", "categories": ["contact", "smoking"],
	}),
	patch,
))

test_purpose_reuse_fires_for_health_data_in_marketing if {
	findings := pl.purpose_reuse with input as _marketing({})
	{f.path | some f in findings} == {["purposes", 2, "categories", 0], ["purposes", 2, "categories", 1]}
	some f in findings
	f.path == ["purposes", 2, "categories", 1]
	f.message == "data category `smoking`, used by `life-underwriting`, `underwriting`, is reused by marketing purpose `cross-sell` without the person's valid explicit consent"
	f.because == [
		"purpose `cross-sell` (marketing) uses `smoking` (health), which `life-underwriting`, `underwriting` also use for the contract",
		"purpose `cross-sell` rests on no explicit consent (specialCategoryCondition is empty)",
	]
}

test_purpose_reuse_fires_for_health_data_even_with_a_compatibility_assessment if {
	inp := _marketing({"compatibility": {"with": "underwriting", "assessment": "Related products."}})
	some f in pl.purpose_reuse with input as inp
	f.path == ["purposes", 2, "categories", 1]
	"purpose `cross-sell` records a compatibility assessment with `underwriting`, which cannot cover special-category data" in f.because
}

# A consent of its own for the offers, explicit and asked by a separate box.
_offers_consent(inp, patch) := fixture.add(inp, "consents", object.union(
	object.union(baseline.consents[0], {"id": "offers-consent", "name": "Explicit consent to offers based on my health answers"}),
	patch,
))

# The explicit consent named is bundled with the terms: it allows nothing, and the finding
# names the rule that found it invalid. Quiet while the label explicit was trusted.
test_purpose_reuse_fires_for_health_data_on_an_invalid_explicit_consent if {
	inp := _offers_consent(
		_marketing({"categories": ["smoking"], "specialCategoryCondition": "explicit-consent", "consent": "offers-consent"}),
		{"mechanism": "bundled-with-terms"},
	)
	findings := pl.purpose_reuse with input as inp
	count(findings) == 1
	some f in findings
	f.because[1] == "consent `offers-consent` is not valid: it is given by bundled-with-terms, which is not a separate, specific act (ART7-2-BUNDLED-CONSENT), so it allows no reuse"
}

test_purpose_reuse_fires_for_ordinary_data_on_an_invalid_consent if {
	inp := _offers_consent(
		_marketing({"categories": ["contact"], "legalBasis": "consent", "consent": "offers-consent"}),
		{"mechanism": "pre-ticked-box"},
	)
	some f in pl.purpose_reuse with input as inp
	f.message == "data category `contact`, used by `administration`, `underwriting`, is reused by marketing purpose `cross-sell` without a compatibility assessment or a valid consent"
	startswith(f.because[1], "consent `offers-consent` is not valid")
}

# Derived, not listed: age is read by the underwriting decision though no contract purpose
# lists it.
test_purpose_reuse_fires_for_data_a_contract_decision_reads if {
	inp := fixture.change(
		_marketing({"categories": ["age"]}),
		"purposes", "underwriting", {"categories": ["identity", "contact", "smoking", "build", "medical-history", "medical-reports"]},
	)
	some f in pl.purpose_reuse with input as inp
	f.message == "data category `age`, used by `life-underwriting`, is reused by marketing purpose `cross-sell` without a compatibility assessment or a valid consent"
	f.because[1] == "purpose `cross-sell` records no compatibility assessment with `life-underwriting`"
}

test_purpose_reuse_quiet_for_contact_data_with_an_assessment if {
	inp := _marketing({
		"categories": ["contact"],
		"compatibility": {"with": "administration", "assessment": "Offers to existing customers; opt-out in every message (CA-2026-01)."},
	})
	count(pl.purpose_reuse) == 0 with input as inp
}

test_purpose_reuse_quiet_with_a_valid_explicit_consent_for_health_data if {
	inp := _offers_consent(
		_marketing({"categories": ["smoking"], "specialCategoryCondition": "explicit-consent", "consent": "offers-consent"}),
		{},
	)
	count(pl.purpose_reuse) == 0 with input as inp
}

# The underwriting consent stretched to the offers backs purposes of different kinds, so
# it is not specific (ART7-GRANULAR-CONSENT) and allows no reuse.
test_purpose_reuse_fires_for_health_data_on_the_underwriting_consent if {
	inp := _marketing({"categories": ["smoking"], "specialCategoryCondition": "explicit-consent", "consent": "health-consent"})
	some f in pl.purpose_reuse with input as inp
	contains(f.because[1], "(ART7-GRANULAR-CONSENT)")
}

test_purpose_reuse_quiet_on_the_reference if {
	count(pl.purpose_reuse) == 0 with input as baseline
}

# TM's spouse offer (case 2024020415, para 13): marketing on legitimate interests with data
# of its own, marital status, which no contract purpose or decision uses.
test_purpose_reuse_quiet_for_a_marketing_purpose_with_its_own_data if {
	inp := _marketing({"categories": ["marital-status"]})
	with_status := fixture.add(inp, "dataCategories", object.union(baseline.dataCategories[0], {
		"id": "marital-status", "name": "Marital status and the spouse's interest in cover", "about": "marital-status",
	}))
	count(pl.purpose_reuse) == 0 with input as with_status
}
