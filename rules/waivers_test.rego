package art22.rules.waivers_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.waivers

# The fixture is judged as of 2026-01-01.

_waiver(expires, patch) := object.union(
	{
		"rule": "ART30-ROPA", "path": "/controller/recordOfProcessing", "reason": "Register being rebuilt",
		"owner": "DPO office", "approver": "CRO", "ticket": "GRC-1", "expires": expires,
	},
	patch,
)

_with_waiver(expires, patch) := fixture.with_section(baseline, ["waivers"], [_waiver(expires, patch)])

# WAIVER-EXPIRED

test_expired_fires_the_day_after_expiry if {
	findings := waivers.expired with input as _with_waiver("2025-12-31", {})
	{f.message | some f in findings} == {"the waiver of ART30-ROPA at /controller/recordOfProcessing expired on 2025-12-31; the findings it covered count again"}
	some f in findings
	f.path == ["waivers", 0, "expires"]
	f.because == [
		"waiver 0 (Register being rebuilt, owner DPO office, approved by CRO, ticket GRC-1) expires 2025-12-31",
		"judged as of 2026-01-01",
	]
}

test_expired_fires_for_a_waiver_of_every_path_without_a_ticket if {
	some f in waivers.expired with input as _with_waiver("2025-06-30", {"path": "", "ticket": ""})
	f.message == "the waiver of ART30-ROPA at every path expired on 2025-06-30; the findings it covered count again"
	f.because[0] == "waiver 0 (Register being rebuilt, owner DPO office, approved by CRO) expires 2025-06-30"
}

test_expired_quiet_on_the_expiry_day if {
	count(waivers.expired) == 0 with input as _with_waiver("2026-01-01", {})
}

test_expired_quiet_on_the_reference if {
	count(waivers.expired) == 0 with input as baseline
}

# WAIVER-EXPIRING

test_expiring_fires_within_30_days if {
	findings := waivers.expiring with input as _with_waiver("2026-01-31", {})
	{f.message | some f in findings} == {"the waiver of ART30-ROPA at /controller/recordOfProcessing expires on 2026-01-31, in 30 days"}
}

test_expiring_fires_on_the_expiry_day if {
	some f in waivers.expiring with input as _with_waiver("2026-01-01", {})
	endswith(f.message, "in 0 days")
}

test_expiring_quiet_beyond_30_days if {
	count(waivers.expiring) == 0 with input as _with_waiver("2026-02-01", {})
}

test_expiring_quiet_once_expired if {
	count(waivers.expiring) == 0 with input as _with_waiver("2025-12-31", {})
}

test_expiring_quiet_on_the_reference if {
	count(waivers.expiring) == 0 with input as baseline
}
