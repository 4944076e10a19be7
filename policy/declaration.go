package policy

// APIVersion is the only declaration format this version reads.
const APIVersion = "art22/v1"

// Declaration is an insurer's declared processing of personal data for
// automated underwriting: who the controller is, what data it collects and
// why, which decisions are automated and with which safeguards, what people
// are told, who can see what, and how it is secured and assessed.
//
// Fields tagged `art22:"id=SPACE"` name an entry; fields tagged
// `art22:"ref=SPACE"` must name an existing entry of that space.
type Declaration struct {
	// Format version; must be art22/v1.
	APIVersion string `yaml:"apiVersion" json:"apiVersion" jsonschema:"required,enum=art22/v1"`
	// The controller: the insurer that decides why and how the data is processed.
	Controller Controller `yaml:"controller" json:"controller" jsonschema:"required"`
	// The insurance products the decisions are taken for.
	Products []Product `yaml:"products" json:"products" jsonschema:"required,minItems=1"`
	// Every category of personal data collected or used.
	DataCategories []DataCategory `yaml:"dataCategories" json:"dataCategories" jsonschema:"required,minItems=1"`
	// Why data is processed, each with its lawful basis.
	Purposes []Purpose `yaml:"purposes" json:"purposes" jsonschema:"required,minItems=1"`
	// Decisions taken with the help of automated processing.
	Decisions []Decision `yaml:"decisions" json:"decisions"`
	// Consents asked for.
	Consents []Consent `yaml:"consents" json:"consents"`
	// The texts people are shown: notices, consent texts, decision notices, certificates.
	Disclosures []Disclosure `yaml:"disclosures" json:"disclosures"`
	// Who inside the company can see which data.
	Access Access `yaml:"access" json:"access"`
	// Everyone outside the controller who receives data: processors, other controllers.
	Recipients []Recipient `yaml:"recipients" json:"recipients"`
	// Security measures and breach response.
	Security Security `yaml:"security" json:"security"`
	// How requests from data subjects are handled.
	Rights Rights `yaml:"rights" json:"rights"`
	// Data protection impact assessments (GDPR Art. 35) and fundamental rights
	// impact assessments (AI Act Art. 27).
	Assessments []Assessment `yaml:"assessments" json:"assessments"`
	// Accepted findings, each with a reason, an owner, an approver and an expiry date.
	Waivers []Waiver `yaml:"waivers" json:"waivers"`
	// Obligation areas this declaration does not describe, each with the
	// reason. Findings in these areas are still reported, marked out of
	// scope, and do not count towards the exit code.
	OutOfScope []Exclusion `yaml:"outOfScope" json:"outOfScope"`

	src *source
}
