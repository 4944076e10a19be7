package policy

// Consent is a consent asked for.
type Consent struct {
	// Identifier other entries use to refer to this consent.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=consents"`
	// What the consent is for, in words.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// Whether it is explicit (an express statement, as Art. 9(2)(a) and 22(2)(c) require).
	Explicit bool `yaml:"explicit" json:"explicit"`
	// How it is given.
	Mechanism ConsentMechanism `yaml:"mechanism" json:"mechanism" jsonschema:"required"`
	// Where it is given.
	GivenVia []Channel `yaml:"givenVia" json:"givenVia" jsonschema:"required,minItems=1"`
	// The text the person sees when consenting.
	Text ID `yaml:"text" json:"text" art22:"ref=disclosures"`
	// How it is withdrawn.
	Withdrawal Withdrawal `yaml:"withdrawal" json:"withdrawal"`
	// What, if anything, the consent is made a condition of (Art. 7(4)).
	ConditionOf ConsentCondition `yaml:"conditionOf" json:"conditionOf"`
	// Who gives the consent, for their own data. Default: [applicant].
	GivenBy []Subject `yaml:"givenBy" json:"givenBy"`
	// People other than the one consenting whose data the consent is said to cover.
	OnBehalfOf []Subject `yaml:"onBehalfOf" json:"onBehalfOf"`
	// The authority by which the person consents for them.
	OnBehalfAuthority Authority `yaml:"onBehalfAuthority" json:"onBehalfAuthority"`
	// Whether each consent is recorded so that it can be demonstrated (Art. 7(1)).
	Recorded bool `yaml:"recorded" json:"recorded"`
}

// Withdrawal is how a consent is withdrawn.
type Withdrawal struct {
	// Channels through which the person can withdraw.
	Channels []Channel `yaml:"channels" json:"channels"`
}

// ConsentCondition is what a consent is made a condition of.
type ConsentCondition struct {
	// What it is a condition of. Default: nothing.
	What Conditionality `yaml:"what" json:"what"`
	// In words.
	Description string `yaml:"description" json:"description" art22:"block"`
	// Whether the processing consented to is necessary for it.
	Necessary bool `yaml:"necessary" json:"necessary"`
}
