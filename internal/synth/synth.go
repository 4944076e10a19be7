// Package synth generates synthetic declarations of a chosen size, for
// benchmarks and batch tests. The output is deterministic for a seed, always
// loads without error, and mixes compliant and non-compliant entries so
// that rules have work to do and findings to report.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	lines   = []string{"life", "critical-illness", "health", "income-protection"}
	topics  = []string{"smoking", "build", "medical-history", "alcohol", "medication", "occupation", "income", "hobbies", "family-history", "age"}
	classes = map[string]string{"smoking": "health", "build": "health", "medical-history": "health", "alcohol": "health", "medication": "health", "family-history": "health"}
	effects = []string{"premium-loading", "exclusion", "decline", "postponement", "referral", "price"}
)

// Declaration returns a declaration of about size bytes (at least the size
// of one unit of each section), generated from seed.
func Declaration(size int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var b strings.Builder
	for n := 1; ; n++ {
		b.Reset()
		write(&b, n, r)
		if b.Len() >= size {
			return []byte(b.String())
		}
		r = rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	}
}

// write writes a declaration with n units: n products, 4n categories, n
// purposes, n decisions of 3 factors, 2n disclosures (a decision notice and
// a privacy notice per product; the first privacy notice is about every
// decision, the others name their product's), n roles, n recipients.
func write(b *strings.Builder, n int, r *rand.Rand) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("apiVersion: art22/v1\ncontroller:\n  name: Synthetic Insurer %d\n  country: IS\n  leadAuthority: Persónuvernd\n", n)
	p("  dpo: {name: DPO, email: dpo@synthetic.example}\n  recordOfProcessing: {maintained: true, reference: ROPA}\n")
	p("products:\n")
	for i := range n {
		p("  - id: product-%d\n    name: Product %d\n    line: %s\n    countries: [IS, NL]\n", i, i, lines[r.IntN(len(lines))])
	}
	p("dataCategories:\n")
	cats := make([]string, 0, 4*n)
	for i := range 4 * n {
		topic := topics[r.IntN(len(topics))]
		class := classes[topic]
		if class == "" {
			class = "ordinary"
		}
		id := fmt.Sprintf("cat-%d", i)
		cats = append(cats, id)
		p("  - id: %s\n    name: Category %d about %s\n    about: %s\n    class: %s\n", id, i, topic, topic, class)
		p("    necessity: Needed to assess the risk of product %d (actuarial note %d).\n", i%n, r.IntN(1000))
		p("    retention: {period: 7 years, declinedApplicants: 6 months, deletion: automatic}\n")
	}
	p("purposes:\n")
	for i := range n {
		p("  - id: purpose-%d\n    name: Underwriting %d\n    type: underwriting\n    legalBasis: contract\n", i, i)
		p("    specialCategoryCondition: explicit-consent\n    consent: consent-%d\n", i)
		p("    categories: [%s]\n    recipients: [recipient-%d]\n", strings.Join(cats[4*i:4*i+4], ", "), i)
	}
	p("decisions:\n")
	for i := range n {
		p("  - id: decision-%d\n    name: Decision %d\n    product: product-%d\n    purpose: purpose-%d\n", i, i, i, i)
		p("    automation: solely-automated\n    outcomes:\n      - {type: accept, decidedBy: engine}\n      - {type: premium-loading, decidedBy: engine}\n      - {type: decline, decidedBy: human}\n")
		p("    exception: explicit-consent\n    consent: consent-%d\n    inputs: [%s]\n    factors:\n", i, strings.Join(cats[4*i:4*i+4], ", "))
		for j := range 3 {
			by := "engine"
			if r.IntN(3) == 0 {
				by = "human"
			}
			p("      - {id: factor-%d-%d, category: %s, effect: %s, appliedBy: %s, extent: +%d%% of the standard premium}\n",
				i, j, cats[4*i+j], effects[r.IntN(len(effects))], by, 10+r.IntN(90))
		}
		channels := "[online, phone]"
		if r.IntN(4) == 0 {
			channels = "[]"
		}
		p("    safeguards:\n      humanIntervention: {available: true, channels: %s, canChangeOutcome: true}\n", channels)
		p("      expressView: {available: true, channels: [email]}\n      contest: {available: %v, channels: [post]}\n", r.IntN(5) != 0)
		p("      explanation: {available: true, disclosure: notice-%d}\n", i)
		p("    alternativeChannel: {available: true, channels: [phone, branch], sameTerms: true}\n")
		p("    model: {type: rules, lastValidated: 2026-01-15, validationInterval: 1 year, errorMonitoring: true}\n")
	}
	p("consents:\n")
	for i := range n {
		p("  - {id: consent-%d, name: Consent %d, explicit: true, mechanism: separate-unticked-box, givenVia: [online], text: notice-%d, withdrawal: {channels: [online, email]}, recorded: true}\n", i, i, i)
	}
	p("disclosures:\n")
	for i := range n {
		p("  - id: notice-%d\n    name: Decision notice %d\n    kind: decision-notice\n    stage: at-decision\n    decisions: [decision-%d]\n", i, i, i)
		p("    text: |\n      Your premium for product %d includes a loading because of factor %d-0, of %d%%.\n      You can ask for a review, give your view or contest the decision.\n", i, i, r.IntN(90))
		p("    covers:\n      - {topic: factor-applied, factor: factor-%d-0, quote: includes a loading because of factor %d-0}\n", i, i)
		p("      - {topic: factor-extent, factor: factor-%d-0, quote: \"of %d%%\"}\n", i, r.IntN(90))
		p("      - {topic: human-intervention, quote: You can ask for a review}\n")
		p("  - id: notice-before-%d\n    name: Privacy notice %d\n    kind: privacy-notice\n    stage: before-collection\n", i, i)
		if i > 0 {
			// As real notices do: one general privacy notice about every
			// decision, and one per product about that product's decision.
			p("    decisions: [decision-%d]\n", i)
		}
		p("    text: We decide applications for product %d automatically from your answers.\n", i)
		p("    covers:\n      - {topic: adm-existence, quote: We decide applications for product %d automatically}\n", i)
		p("      - {topic: purpose, purpose: purpose-%d, quote: We decide applications}\n", i)
	}
	p("access:\n  roles:\n")
	for i := range n {
		fn := "medical-underwriting"
		if r.IntN(6) == 0 {
			fn = "marketing"
		}
		p("    - {id: role-%d, name: Role %d, function: %s, categories: [%s], justification: Assesses applications}\n", i, i, fn, cats[4*i])
	}
	p("  logging: {specialCategories: true, reviewed: true, reviewInterval: 1 month}\n")
	p("recipients:\n")
	for i := range n {
		p("  - id: recipient-%d\n    name: Processor %d\n    role: processor\n    type: policy-administrator\n    categories: [%s]\n", i, i, cats[4*i])
		p("    country: IE\n    contract: {signed: %v, date: 2024-05-01}\n    notifiesBreachWithin: 24 hours\n", r.IntN(5) != 0)
	}
	p("security:\n  policy: {documented: true, scopeDefined: true}\n  riskAssessment: {exists: true, date: 2026-01-20}\n  roleBasedAccess: true\n")
	p("  continuityPlan: {exists: true, date: 2025-11-05}\n  backups: {taken: true, restoreTested: true}\n")
	p("  breachResponse: {procedure: true, notifyAuthorityWithin: 72 hours, recordsAllBreaches: true, dataSubjects: {highRiskCriteria: [special-categories], channels: [email]}}\n")
	p("rights: {responseTime: 1 month, channels: [online], rectification: {available: true, includesThirdPartyData: true}, erasureSupported: true}\n")
	p("assessments:\n  - {id: dpia, type: dpia, date: 2025-09-30, decisions: [%s], recordsHumanInvolvement: true, residualRisk: low}\n", decisionList(n))
}

func decisionList(n int) string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("decision-%d", i)
	}
	return strings.Join(ids, ", ")
}
