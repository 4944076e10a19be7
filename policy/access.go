package policy

// Access says who inside the company can see which data.
type Access struct {
	// Internal roles.
	Roles []Role `yaml:"roles" json:"roles"`
	// Logging of access to special-category data.
	Logging AccessLogging `yaml:"logging" json:"logging"`
}

// Role is an internal role and the data it can access.
type Role struct {
	// Identifier other entries use to refer to this role.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=roles"`
	// Name of the role.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// What the role does.
	Function RoleFunction `yaml:"function" json:"function" jsonschema:"required"`
	// The data categories it can access.
	Categories []ID `yaml:"categories" json:"categories" art22:"ref=dataCategories"`
	// Why it needs them.
	Justification string `yaml:"justification" json:"justification" art22:"block"`
}

// AccessLogging describes logging of access to special-category data.
type AccessLogging struct {
	// Whether every access to special-category data is logged.
	SpecialCategories bool `yaml:"specialCategories" json:"specialCategories"`
	// Whether the logs are reviewed.
	Reviewed bool `yaml:"reviewed" json:"reviewed"`
	// How often they are reviewed.
	ReviewInterval Duration `yaml:"reviewInterval" json:"reviewInterval"`
}

// Recipient is someone outside the controller who receives data.
type Recipient struct {
	// Identifier other entries use to refer to this recipient.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=recipients"`
	// Legal name.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// GDPR role.
	Role RecipientRole `yaml:"role" json:"role" jsonschema:"required"`
	// What the recipient is.
	Type RecipientType `yaml:"type" json:"type" jsonschema:"required"`
	// The data categories it receives.
	Categories []ID `yaml:"categories" json:"categories" jsonschema:"required,minItems=1" art22:"ref=dataCategories"`
	// Country where the data is processed.
	Country Country `yaml:"country" json:"country"`
	// For processing outside the EEA: the transfer mechanism (Chapter V).
	TransferMechanism TransferMechanism `yaml:"transferMechanism" json:"transferMechanism"`
	// The contract: Art. 28(3) for a processor, Art. 26 arrangement for a joint controller.
	Contract Contract `yaml:"contract" json:"contract"`
	// Sub-processors engaged by a processor.
	SubProcessors []SubProcessor `yaml:"subProcessors" json:"subProcessors"`
	// For a processor: how soon it tells the controller of a breach (Art. 33(2)).
	NotifiesBreachWithin Duration `yaml:"notifiesBreachWithin" json:"notifiesBreachWithin"`
	// For a processor: when its security was last reviewed by the controller (Art. 28(1), 32).
	SecurityReviewed Date `yaml:"securityReviewed" json:"securityReviewed"`
	// For a controller receiving data: its own Art. 6(1) basis for the disclosure.
	LegalBasis LegalBasis `yaml:"legalBasis" json:"legalBasis"`
	// For a controller receiving special-category data: the Art. 9(2) condition for the disclosure.
	SpecialCategoryCondition Condition `yaml:"specialCategoryCondition" json:"specialCategoryCondition"`
	// The law the condition rests on, where it needs one.
	ConditionLaw string `yaml:"conditionLaw" json:"conditionLaw"`
}

// Contract describes the contract with a recipient.
type Contract struct {
	// Whether it is signed.
	Signed bool `yaml:"signed" json:"signed"`
	// When.
	Date Date `yaml:"date" json:"date"`
	// Where it is kept.
	Reference string `yaml:"reference" json:"reference"`
}

// SubProcessor is a processor engaged by a processor.
type SubProcessor struct {
	// Legal name.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// What it does.
	Service string `yaml:"service" json:"service"`
	// Country where it processes the data.
	Country Country `yaml:"country" json:"country"`
	// Whether the controller authorised it in writing (Art. 28(2)).
	Authorised bool `yaml:"authorised" json:"authorised"`
}
