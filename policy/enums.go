package policy

import (
	"reflect"
	"sync"
)

// An enum is a string type whose values come from a closed list. The loader
// rejects any other value, naming the allowed ones, and the JSON Schema lists
// them so editors can complete them. Every value has a constant, generated
// from the list into zz_enums.go (LineLife is LineOfBusiness "life",
// SolelyAutomated is Automation "solely-automated"): add a value to a list
// and run go test ./policy -update.
type enum interface {
	allowed() []string
}

// enumValues is an enum's allowed values, as listed and as a set.
type enumValues struct {
	list []string
	set  map[string]bool
}

var enumCache sync.Map // reflect.Type -> *enumValues, nil if not an enum

// enumValuesOf returns the allowed values of an enum type, listed once per
// type, or nil if t is not an enum.
func enumValuesOf(t reflect.Type) *enumValues {
	if v, ok := enumCache.Load(t); ok {
		return v.(*enumValues)
	}
	var ev *enumValues
	if t.Kind() == reflect.String && t.Implements(enumType) {
		ev = &enumValues{list: reflect.Zero(t).Interface().(enum).allowed(), set: map[string]bool{}}
		for _, v := range ev.list {
			ev.set[v] = true
		}
	}
	v, _ := enumCache.LoadOrStore(t, ev)
	return v.(*enumValues)
}

var enumType = reflect.TypeFor[enum]()

// LineOfBusiness is the insurance line a product belongs to.
type LineOfBusiness string

func (LineOfBusiness) allowed() []string {
	return []string{"life", "critical-illness", "health", "income-protection", "accident", "motor", "home", "travel", "other"}
}

// Topic says what a data category is about, from a controlled vocabulary, so
// that rules can recognise data that reveals health (smoking, build,
// medication, family history) or a protected characteristic whatever the
// category is called.
type Topic string

func (Topic) allowed() []string {
	return []string{
		// identity and situation
		"identity", "contact", "national-id", "age", "sex", "marital-status", "nationality",
		"ethnic-origin", "religion", "political-opinion", "trade-union", "sexual-life",
		"address", "postcode", "location", "occupation", "income", "financial",
		"credit-score", "claims-history", "other-insurance", "criminal-record",
		"hobbies", "lifestyle", "driving-behaviour", "biometric", "policy", "payment",
		// what can stand in for a protected characteristic (a proxy)
		"country-of-birth", "name", "language", "education", "distance-to-family", "diet",
		// health and what reveals it
		"smoking", "alcohol", "drug-use", "build", "medication", "diagnosis",
		"medical-history", "treatment", "doctor-visits", "disability", "pregnancy",
		"fitness-to-work", "family-history", "hereditary-disease", "genetic-test",
		"other",
	}
}

// DataClass is the legal class of a data category: ordinary personal data, one
// of the special categories of Art. 9(1), or criminal data under Art. 10.
type DataClass string

func (DataClass) allowed() []string {
	return []string{
		"ordinary", "health", "genetic", "biometric", "racial-or-ethnic-origin",
		"political-opinions", "religious-or-philosophical-beliefs",
		"trade-union-membership", "sex-life-or-sexual-orientation", "criminal-convictions",
	}
}

// Subject is whose data it is.
type Subject string

func (Subject) allowed() []string {
	return []string{"applicant", "insured", "policyholder", "spouse", "child", "relatives", "beneficiary", "claimant", "patient", "employee"}
}

// DataSource is where data comes from. data-subject: the person gives it;
// device: observed from the person's own device or account (a phone, a
// wearable, a telematics box), which is collected from the person (Art. 13);
// derived: computed from other data. Every other source is someone else
// (Art. 14).
type DataSource string

func (DataSource) allowed() []string {
	return []string{
		"data-subject", "doctors", "hospitals", "pharmacies", "credit-bureau", "public-register",
		"device", "other-insurers", "broker", "employer", "previous-controller",
		"social-security", "derived",
	}
}

// PurposeType classifies a purpose so that rules can tell underwriting from
// marketing (purpose limitation, Art. 5(1)(b)).
type PurposeType string

func (PurposeType) allowed() []string {
	return []string{
		"underwriting", "pricing", "claims", "policy-administration", "marketing",
		"fraud-prevention", "product-development", "legal-compliance", "reinsurance",
		"customer-service", "research", "health-care", "other",
	}
}

// LegalBasis is an Art. 6(1) lawful basis: consent (a), contract (b),
// legal-obligation (c), vital-interests (d), public-task (e),
// legitimate-interests (f).
type LegalBasis string

func (LegalBasis) allowed() []string {
	return []string{"consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"}
}

// Condition is an Art. 9(2) condition for special-category data:
// explicit-consent (a), employment-social-protection (b), vital-interests (c),
// not-for-profit-body (d), made-public (e), legal-claims (f),
// substantial-public-interest (g), health-or-social-care (h), public-health
// (i), archiving-research-statistics (j).
type Condition string

func (Condition) allowed() []string {
	return []string{
		"explicit-consent", "employment-social-protection", "vital-interests", "not-for-profit-body",
		"made-public", "legal-claims", "substantial-public-interest", "health-or-social-care",
		"public-health", "archiving-research-statistics",
	}
}

// Automation is the degree of automation of a decision: solely-automated (no
// meaningful human involvement in the outcome), decision-support (a human
// decides with the system's support), manual.
type Automation string

func (Automation) allowed() []string {
	return []string{"solely-automated", "decision-support", "manual"}
}

// OutcomeType is what a decision can lead to. accept means acceptance at
// standard terms, with no loading, exclusion or restriction. referral sends
// the case to a person to assess or re-price; investigation selects the
// person for a check, an inspection or a fraud investigation. Decided by the
// engine, these two mean that a score chooses whom people look at.
type OutcomeType string

func (OutcomeType) allowed() []string {
	return []string{"accept", "decline", "premium-loading", "exclusion", "postponement", "price", "referral", "investigation"}
}

// Actor says who takes a step: the engine (automatically) or a human.
type Actor string

func (Actor) allowed() []string { return []string{"engine", "human"} }

// FactorEffect is what a rating factor does to the outcome.
type FactorEffect string

func (FactorEffect) allowed() []string {
	return []string{"decline", "premium-loading", "exclusion", "postponement", "price", "discount", "referral"}
}

// Exception is the Art. 22(2) exception a solely automated decision rests on:
// contract (a), law (b), explicit-consent (c).
type Exception string

func (Exception) allowed() []string { return []string{"contract", "law", "explicit-consent"} }

// Channel is a way for a person to reach the controller.
type Channel string

func (Channel) allowed() []string {
	return []string{"online", "app", "email", "phone", "post", "branch"}
}

// ModelType is the kind of model behind an automated decision.
type ModelType string

func (ModelType) allowed() []string {
	return []string{"rules", "scorecard", "glm", "machine-learning", "other"}
}

// AIClassification is the status of a system under the AI Act (Regulation
// (EU) 2024/1689) as the controller assessed it.
type AIClassification string

func (AIClassification) allowed() []string {
	return []string{"high-risk", "not-high-risk", "not-an-ai-system", "not-assessed"}
}

// ConsentMechanism is how consent is given.
type ConsentMechanism string

func (ConsentMechanism) allowed() []string {
	return []string{
		"separate-unticked-box", "pre-ticked-box", "bundled-with-terms",
		"privacy-acknowledgement", "signature-on-form", "electronic-signature", "verbal", "implied",
	}
}

// Conditionality is what a consent is made a condition of, if anything.
type Conditionality string

func (Conditionality) allowed() []string {
	return []string{"nothing", "contract", "service", "discount", "other"}
}

// Authority is the authority by which someone consents for another person.
type Authority string

func (Authority) allowed() []string {
	return []string{"none", "parental-responsibility", "legal-representative", "power-of-attorney"}
}

// DisclosureKind is the kind of text a person is shown.
type DisclosureKind string

func (DisclosureKind) allowed() []string {
	return []string{
		"privacy-notice", "adm-notice", "consent-text", "application-form", "general-terms",
		"decision-notice", "policy-certificate", "explanation", "third-party-notice",
		"breach-notice", "other",
	}
}

// PlaceholderSyntax is how a template marks the places its values go:
// mustache ({{ name }}, filters allowed: {{ name | percent }}), dollar
// (${name}), guillemets («Name», as Word mail merge shows fields) or
// brackets ([Name]).
type PlaceholderSyntax string

func (PlaceholderSyntax) allowed() []string {
	return []string{"none", "mustache", "dollar", "guillemets", "brackets"}
}

// Stage is when a text is shown.
type Stage string

func (Stage) allowed() []string {
	return []string{
		"before-collection", "at-consent", "at-decision", "after-decision",
		"on-request", "after-third-party-collection",
	}
}

// ClaimTopic is what a disclosure text says, from a controlled vocabulary.
// Topics that concern one thing name it: purpose and recipient name the
// purpose or recipient, factor-applied and factor-extent name the factor,
// category and source name the data category.
type ClaimTopic string

func (ClaimTopic) allowed() []string {
	return []string{
		"controller-identity", "dpo-contact", "purpose", "legal-basis", "legitimate-interests",
		"recipient", "transfers", "retention", "category", "source", "data-mandatory",
		"right-access", "right-rectification", "right-erasure", "right-restriction",
		"right-objection", "right-portability", "right-withdraw-consent", "right-complaint",
		"adm-existence", "adm-logic", "adm-significance",
		"factor-applied", "factor-extent", "decision-reasons",
		"human-intervention", "express-view", "contest",
		"consent-scope", "ai-system-role",
	}
}

// RoleFunction is what an internal role does.
type RoleFunction string

func (RoleFunction) allowed() []string {
	return []string{
		"underwriting", "medical-underwriting", "claims", "marketing", "sales", "customer-service",
		"it", "actuarial", "management", "fraud", "compliance", "general-staff", "other",
	}
}

// RecipientRole is a recipient's GDPR role.
type RecipientRole string

func (RecipientRole) allowed() []string {
	return []string{"processor", "controller", "joint-controller"}
}

// RecipientType is what a recipient is.
type RecipientType string

func (RecipientType) allowed() []string {
	return []string{
		"reinsurer", "medical-expert", "third-party-payer", "policy-administrator", "model-vendor",
		"broker", "it-provider", "successor", "health-fund", "public-authority", "other-insurer", "other",
	}
}

// TransferMechanism is the Chapter V ground for a transfer outside the EEA.
type TransferMechanism string

func (TransferMechanism) allowed() []string {
	return []string{"adequacy", "standard-contractual-clauses", "binding-corporate-rules", "derogation", "none"}
}

// Deletion is whether the systems holding a category can erase it.
type Deletion string

func (Deletion) allowed() []string { return []string{"automatic", "manual", "not-possible"} }

// ExplanationContent is what a person gets when they ask how a decision about
// them was reached (Art. 15(1)(h)).
type ExplanationContent string

func (ExplanationContent) allowed() []string {
	return []string{"actual-logic", "generic", "none"}
}

// TradeSecretPolicy is what the controller does when an explanation would
// reveal trade secrets.
type TradeSecretPolicy string

func (TradeSecretPolicy) allowed() []string {
	return []string{"disclose", "provide-to-authority", "refuse"}
}

// AssessmentType is a data protection impact assessment (GDPR Art. 35) or a
// fundamental rights impact assessment (AI Act Art. 27).
type AssessmentType string

func (AssessmentType) allowed() []string { return []string{"dpia", "fria"} }

// RiskLevel is a residual risk level.
type RiskLevel string

func (RiskLevel) allowed() []string { return []string{"low", "medium", "high"} }

// Area is an obligation area: the rules of one Rego package under
// art22.rules (package names use '_' where areas use '-').
type Area string

// Areas lists the obligation areas of the built-in rules.
var Areas = []string{
	"fairness", "purpose-limitation", "minimisation", "accuracy", "retention",
	"lawful-basis", "consent", "special-categories", "genetic-data", "equal-treatment",
	"transparency", "privacy-notice", "data-subject-rights", "automated-decisions",
	"model-governance", "security", "processors", "breaches", "records", "request-handling",
	"impact-assessments", "ai-act",
}

func (Area) allowed() []string { return Areas }

// BiasTestResult is what a test for disparate effects across protected
// groups found: no-disparity, disparity-mitigated (found and corrected, and
// re-tested), or disparity-found.
type BiasTestResult string

func (BiasTestResult) allowed() []string {
	return []string{"no-disparity", "disparity-mitigated", "disparity-found"}
}

// RetentionBasis is why data is kept as long as it is: a law that requires it
// (law), the limitation period for claims under the contract
// (limitation-period), a pending or foreseeable legal claim (legal-claims),
// the contract still running (contract), or the purpose still needing it
// (purpose-need).
type RetentionBasis string

func (RetentionBasis) allowed() []string {
	return []string{"law", "limitation-period", "legal-claims", "contract", "purpose-need"}
}

// BreachRisk is a kind of data or consequence that makes a personal-data
// breach likely to result in a high risk to people, so that they are told
// (Art. 34): special-categories, national-id-numbers (identity fraud),
// identity-data (name, date of birth, civil status: phishing and identity
// fraud), contact-data (phishing), financial-data (fraud), credentials,
// location, children, large-scale.
type BreachRisk string

func (BreachRisk) allowed() []string {
	return []string{
		"special-categories", "national-id-numbers", "identity-data", "contact-data",
		"financial-data", "credentials", "location", "children", "large-scale",
	}
}
