package art22.rules.privacy_notice_test

import data.art22.fixture.baseline
import data.art22.rules.privacy_notice as pn

test_notice_incomplete_fires_without_retention_and_complaint if {
	inp := json.patch(baseline, [{"op": "remove", "path": "/disclosures/0/covers/23"}, {"op": "remove", "path": "/disclosures/0/covers/7"}])
	findings := pn.notice_incomplete with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["disclosures", 0]
	f.message == "the information given at collection does not cover: how long data is kept (Art. 13(2)(a)); the right to complain to a supervisory authority (Art. 13(2)(d))"
}

test_notice_incomplete_fires_for_transfers_outside_the_eea if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/1/country", "value": "US"}, {"op": "remove", "path": "/disclosures/0/covers/8"}])
	some f in pn.notice_incomplete with input as inp
	f.because[1] == "none of them evidences: transfers"
}

test_notice_incomplete_fires_without_any_notice if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/0/stage", "value": "on-request"}])
	some f in pn.notice_incomplete with input as inp
	f.path == ["disclosures"]
}

test_notice_incomplete_quiet_on_the_reference if {
	count(pn.notice_incomplete) == 0 with input as baseline
}

test_notice_incomplete_quiet_without_transfers_to_tell if {
	inp := json.patch(baseline, [{"op": "remove", "path": "/disclosures/0/covers/8"}])
	count(pn.notice_incomplete) == 0 with input as inp
}
