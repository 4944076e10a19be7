package policy

// DataCategory is a category of personal data.
type DataCategory struct {
	// Identifier other entries use to refer to this category.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=dataCategories"`
	// Name as the controller calls it.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// What the data is about, from a controlled vocabulary.
	About Topic `yaml:"about" json:"about" jsonschema:"required"`
	// Legal class: ordinary, a special category (Art. 9(1)) or criminal data (Art. 10).
	Class DataClass `yaml:"class" json:"class" jsonschema:"required"`
	// Whose data it is. Default: [applicant].
	Subjects []Subject `yaml:"subjects" json:"subjects"`
	// Where the data comes from. Default: [data-subject].
	Sources []DataSource `yaml:"sources" json:"sources"`
	// Characteristics this category can stand in for (a proxy), e.g. postcode for ethnic-origin.
	ProxyFor []Topic `yaml:"proxyFor" json:"proxyFor"`
	// The categories this one is computed from, for a score, a segment or an
	// inference: what they are about, or stand in for, is what it stands in for.
	DerivedFrom []ID `yaml:"derivedFrom" json:"derivedFrom" art22:"ref=dataCategories"`
	// Whether the person may leave it out and still be covered.
	Optional bool `yaml:"optional" json:"optional"`
	// For optional data: whether it is collected unless the person opts out (pre-filled, pre-ticked).
	CollectedByDefault bool `yaml:"collectedByDefault" json:"collectedByDefault"`
	// Why this category is necessary for the purposes that use it (Art. 5(1)(c)), with evidence.
	Necessity string `yaml:"necessity" json:"necessity" art22:"block"`
	// How long the category is kept.
	Retention Retention `yaml:"retention" json:"retention"`
}

// Retention says how long data is kept and whether it can be erased.
type Retention struct {
	// How long it is kept for customers, e.g. "10 years".
	Period Duration `yaml:"period" json:"period"`
	// How long it is kept for applicants who were declined or did not take cover.
	DeclinedApplicants Duration `yaml:"declinedApplicants" json:"declinedApplicants"`
	// How long it is kept after a person stops being a customer or patient.
	AfterRelationshipEnds Duration `yaml:"afterRelationshipEnds" json:"afterRelationshipEnds"`
	// Whether the systems holding it can erase it.
	Deletion Deletion `yaml:"deletion" json:"deletion"`
	// Why each period is as long as it is.
	Reasons RetentionReasons `yaml:"reasons" json:"reasons"`
}

// RetentionReasons gives the reason for each retention period.
type RetentionReasons struct {
	// The reason for period.
	Period RetentionReason `yaml:"period" json:"period"`
	// The reason for declinedApplicants.
	DeclinedApplicants RetentionReason `yaml:"declinedApplicants" json:"declinedApplicants"`
	// The reason for afterRelationshipEnds.
	AfterRelationshipEnds RetentionReason `yaml:"afterRelationshipEnds" json:"afterRelationshipEnds"`
}

// RetentionReason is why data is kept for a period (Art. 5(1)(e), 13(2)(a)).
type RetentionReason struct {
	// What requires or justifies the period.
	Basis RetentionBasis `yaml:"basis" json:"basis"`
	// The law, limitation period or need in words, e.g. "Act 30/2004 art. 52: claims lapse 4 years after the end of the year they arose".
	Reference string `yaml:"reference" json:"reference"`
}
