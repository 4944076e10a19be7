package policy

// Controller identifies the controller (GDPR Art. 4(7)).
type Controller struct {
	// Legal name.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// Country of the main establishment (ISO 3166-1 alpha-2).
	Country Country `yaml:"country" json:"country" jsonschema:"required"`
	// The lead supervisory authority (Art. 56).
	LeadAuthority string `yaml:"leadAuthority" json:"leadAuthority"`
	// The data protection officer (Art. 37-39).
	DPO Contact `yaml:"dpo" json:"dpo"`
	// The record of processing activities (Art. 30).
	RecordOfProcessing RecordOfProcessing `yaml:"recordOfProcessing" json:"recordOfProcessing"`
}

// Contact is how to reach someone.
type Contact struct {
	// Name or function.
	Name string `yaml:"name" json:"name"`
	// Email address.
	Email string `yaml:"email" json:"email"`
	// Telephone number.
	Phone string `yaml:"phone" json:"phone"`
}

// RecordOfProcessing describes the Art. 30 record.
type RecordOfProcessing struct {
	// Whether a record of processing activities is kept.
	Maintained bool `yaml:"maintained" json:"maintained"`
	// Where the record is kept (document, system, reference).
	Reference string `yaml:"reference" json:"reference"`
	// When the record was last reviewed.
	LastReviewed Date `yaml:"lastReviewed" json:"lastReviewed"`
}

// Product is an insurance product.
type Product struct {
	// Identifier other entries use to refer to this product.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=products"`
	// Name as sold.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// Line of business.
	Line LineOfBusiness `yaml:"line" json:"line" jsonschema:"required"`
	// Countries where the product is sold; national rules apply by country of sale.
	Countries []Country `yaml:"countries" json:"countries" jsonschema:"required,minItems=1"`
	// Where national law lets insurers use genetic test results above a sum
	// insured (Germany, the United Kingdom), the thresholds applied.
	GeneticThresholds []GeneticThreshold `yaml:"geneticThresholds" json:"geneticThresholds"`
	// How long after the contract ends claims under it can still be brought
	// (the limitation period in the countries of sale), e.g. "4 years". Data
	// kept longer after the relationship ends needs a reason of its own.
	LimitationPeriod Duration `yaml:"limitationPeriod" json:"limitationPeriod"`
}

// GeneticThreshold is the sum above which genetic test results are asked for
// or used in one country.
type GeneticThreshold struct {
	// Country the threshold applies in.
	Country Country `yaml:"country" json:"country" jsonschema:"required"`
	// Results are used only above this sum insured, e.g. "EUR 300000".
	SumInsuredAbove Money `yaml:"sumInsuredAbove" json:"sumInsuredAbove"`
	// Results are used only above this yearly benefit, e.g. "EUR 30000".
	AnnualBenefitAbove Money `yaml:"annualBenefitAbove" json:"annualBenefitAbove"`
	// Conditions the results are used for (for the UK code: e.g. Huntington's disease).
	Conditions []string `yaml:"conditions" json:"conditions"`
}

func (g *GeneticThreshold) check() []issue {
	if g.SumInsuredAbove.Currency == "" && g.AnnualBenefitAbove.Currency == "" {
		return []issue{{"sumInsuredAbove", "give sumInsuredAbove, annualBenefitAbove or both", CodeRequired}}
	}
	return nil
}
