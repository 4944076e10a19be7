package policy

// Purpose is a purpose of processing with its lawful basis.
type Purpose struct {
	// Identifier other entries use to refer to this purpose.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=purposes"`
	// What the purpose is, in words.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// Kind of purpose.
	Type PurposeType `yaml:"type" json:"type" jsonschema:"required"`
	// The Art. 6(1) lawful basis.
	LegalBasis LegalBasis `yaml:"legalBasis" json:"legalBasis"`
	// The Union or national law the basis rests on, for legal-obligation and public-task.
	LegalBasisLaw string `yaml:"legalBasisLaw" json:"legalBasisLaw"`
	// For legitimate-interests: the interest and the right to object.
	LegitimateInterest LegitimateInterest `yaml:"legitimateInterest" json:"legitimateInterest"`
	// Whether the purpose involves profiling (Art. 4(4)).
	Profiling bool `yaml:"profiling" json:"profiling"`
	// The Art. 9(2) condition, for special-category data.
	SpecialCategoryCondition Condition `yaml:"specialCategoryCondition" json:"specialCategoryCondition"`
	// The Union or national law the condition rests on, where it needs one (Art. 9(2)(b), (g), (h), (i), (j)).
	ConditionLaw string `yaml:"conditionLaw" json:"conditionLaw"`
	// The consent relied on, for consent or explicit-consent.
	Consent ID `yaml:"consent" json:"consent" art22:"ref=consents"`
	// The data categories used.
	Categories []ID `yaml:"categories" json:"categories" jsonschema:"required,minItems=1" art22:"ref=dataCategories"`
	// Who receives data for this purpose.
	Recipients []ID `yaml:"recipients" json:"recipients" art22:"ref=recipients"`
	// Whether the processing is on a large scale (Art. 35(3)(b)).
	LargeScale bool `yaml:"largeScale" json:"largeScale"`
	// When data collected for another purpose is reused here: the compatibility assessment (Art. 6(4)).
	Compatibility Compatibility `yaml:"compatibility" json:"compatibility"`
}

// LegitimateInterest describes an Art. 6(1)(f) basis.
type LegitimateInterest struct {
	// The interest pursued.
	Interest string `yaml:"interest" json:"interest" art22:"block"`
	// The balancing test, or where it is recorded.
	Balancing string `yaml:"balancing" json:"balancing" art22:"block"`
	// How a person objects (Art. 21(1)).
	ObjectionChannels []Channel `yaml:"objectionChannels" json:"objectionChannels"`
	// Whether the right to object is brought to the person's attention at the latest at the first communication (Art. 21(4)).
	ObjectionToldAtFirstContact bool `yaml:"objectionToldAtFirstContact" json:"objectionToldAtFirstContact"`
}

// Compatibility records an Art. 6(4) compatibility assessment.
type Compatibility struct {
	// The purpose the data was collected for.
	With ID `yaml:"with" json:"with" art22:"ref=purposes"`
	// The assessment, or where it is recorded.
	Assessment string `yaml:"assessment" json:"assessment" art22:"block"`
}
