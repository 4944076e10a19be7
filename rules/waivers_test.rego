package art22.rules.waivers_test

import data.art22.fixture.baseline
import data.art22.rules.waivers

waiver(expires) := {
	"rule": "ART30-ROPA", "path": "/controller/recordOfProcessing", "reason": "Register being rebuilt",
	"owner": "DPO office", "approver": "CRO", "ticket": "GRC-1", "expires": expires,
}

with_waiver(expires) := json.patch(baseline, [{"op": "replace", "path": "/waivers", "value": [waiver(expires)]}])

test_expired_fires_the_day_after_expiry if {
	findings := waivers.expired with input as with_waiver("2025-12-31")
	{f.message | some f in findings} == {"the waiver of ART30-ROPA at /controller/recordOfProcessing expired on 2025-12-31; the findings it covered count again"}
	some f in findings
	f.path == ["waivers", 0, "expires"]
}

test_expired_quiet_on_the_expiry_day if {
	count(waivers.expired) == 0 with input as with_waiver("2026-01-01")
}

test_expired_quiet_on_the_reference if {
	count(waivers.expired) == 0 with input as baseline
}

test_expiring_fires_within_30_days if {
	findings := waivers.expiring with input as with_waiver("2026-01-31")
	{f.message | some f in findings} == {"the waiver of ART30-ROPA at /controller/recordOfProcessing expires on 2026-01-31, in 30 days"}
}

test_expiring_quiet_beyond_30_days if {
	count(waivers.expiring) == 0 with input as with_waiver("2026-02-01")
}

test_expiring_quiet_once_expired if {
	count(waivers.expiring) == 0 with input as with_waiver("2025-12-31")
}

test_expiring_quiet_on_the_reference if {
	count(waivers.expiring) == 0 with input as baseline
}
