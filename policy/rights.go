package policy

// Rights describes how data-subject requests are handled.
type Rights struct {
	// The longest time to answer a request (Art. 12(3): one month, extendable by two with reasons).
	ResponseTime Duration `yaml:"responseTime" json:"responseTime"`
	// Channels for requests.
	Channels []Channel `yaml:"channels" json:"channels"`
	// Rectification (Art. 16).
	Rectification Rectification `yaml:"rectification" json:"rectification"`
	// Erasure (Art. 17).
	ErasureSupported bool `yaml:"erasureSupported" json:"erasureSupported"`
	// What a person gets when they ask how an automated decision about them was reached (Art. 15(1)(h)).
	ExplanationOnRequest ExplanationOnRequest `yaml:"explanationOnRequest" json:"explanationOnRequest"`
}

// Rectification describes how inaccurate data is corrected.
type Rectification struct {
	// Whether a person can have their data corrected.
	Available bool `yaml:"available" json:"available"`
	// Whether that includes data obtained from others (doctors, bureaus, registers).
	IncludesThirdPartyData bool `yaml:"includesThirdPartyData" json:"includesThirdPartyData"`
}

// ExplanationOnRequest is what a person gets on an Art. 15(1)(h) request.
type ExplanationOnRequest struct {
	// actual-logic: the procedure and principles actually applied to their data; generic: a general description.
	Content ExplanationContent `yaml:"content" json:"content"`
	// The text given.
	Disclosure ID `yaml:"disclosure" json:"disclosure" art22:"ref=disclosures"`
	// What happens when the explanation would reveal trade secrets.
	TradeSecrets TradeSecretPolicy `yaml:"tradeSecrets" json:"tradeSecrets"`
}

// Assessment is a DPIA (GDPR Art. 35) or a FRIA (AI Act Art. 27).
type Assessment struct {
	// Identifier.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=assessments"`
	// Kind of assessment.
	Type AssessmentType `yaml:"type" json:"type" jsonschema:"required"`
	// When it was completed.
	Date Date `yaml:"date" json:"date" jsonschema:"required"`
	// When it was last reviewed.
	LastReviewed Date `yaml:"lastReviewed" json:"lastReviewed"`
	// The decisions it covers.
	Decisions []ID `yaml:"decisions" json:"decisions" art22:"ref=decisions"`
	// The purposes it covers.
	Purposes []ID `yaml:"purposes" json:"purposes" art22:"ref=purposes"`
	// Whether it records the degree of human involvement in each decision it covers.
	RecordsHumanInvolvement bool `yaml:"recordsHumanInvolvement" json:"recordsHumanInvolvement"`
	// The risk that remains after the measures planned.
	ResidualRisk RiskLevel `yaml:"residualRisk" json:"residualRisk"`
	// Prior consultation of the supervisory authority (Art. 36).
	PriorConsultation Dated `yaml:"priorConsultation" json:"priorConsultation"`
	// For a FRIA: whether the market surveillance authority was notified (AI Act Art. 27(3)).
	AuthorityNotified bool `yaml:"authorityNotified" json:"authorityNotified"`
}
