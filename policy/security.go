package policy

// Security describes security of processing and breach response.
type Security struct {
	// The written security policy.
	Policy SecurityPolicy `yaml:"policy" json:"policy"`
	// The security risk assessment.
	RiskAssessment Dated `yaml:"riskAssessment" json:"riskAssessment"`
	// Access control by role (need to know).
	RoleBasedAccess bool `yaml:"roleBasedAccess" json:"roleBasedAccess"`
	// Encryption.
	Encryption Encryption `yaml:"encryption" json:"encryption"`
	// The business continuity and restore plan (Art. 32(1)(b)-(c)).
	ContinuityPlan Dated `yaml:"continuityPlan" json:"continuityPlan"`
	// Backups and restore tests.
	Backups Backups `yaml:"backups" json:"backups"`
	// What happens when there is a breach.
	BreachResponse BreachResponse `yaml:"breachResponse" json:"breachResponse"`
	// How letters, e-mails and authorisations reach the right person.
	Correspondence Correspondence `yaml:"correspondence" json:"correspondence"`
}

// Correspondence says how letters, e-mails and medical authorisations
// reach the right recipient, the commonest cause of insurers' breaches.
type Correspondence struct {
	// Whether the recipient's address (postal or e-mail) is verified against the person's record before sending.
	AddressVerified bool `yaml:"addressVerified" json:"addressVerified"`
	// Whether a send containing special-category data (medical reports, authorisations) is checked before it goes: the recipient, the attachments, a second person or a system check.
	CheckedBeforeSending bool `yaml:"checkedBeforeSending" json:"checkedBeforeSending"`
	// Whether a report that correspondence reached the wrong person enters the breach procedure (assessment, record, notification).
	MisdirectionIsBreach bool `yaml:"misdirectionIsBreach" json:"misdirectionIsBreach"`
}

// SecurityPolicy describes the written security policy.
type SecurityPolicy struct {
	// Whether it is written down.
	Documented bool `yaml:"documented" json:"documented"`
	// Whether its scope is defined (what systems, data and people it covers).
	ScopeDefined bool `yaml:"scopeDefined" json:"scopeDefined"`
}

// Dated is something that exists or not, with its last date.
type Dated struct {
	// Whether it exists.
	Exists bool `yaml:"exists" json:"exists"`
	// When it was made or last tested.
	Date Date `yaml:"date" json:"date"`
}

// Encryption describes encryption.
type Encryption struct {
	// At rest.
	AtRest bool `yaml:"atRest" json:"atRest"`
	// In transit.
	InTransit bool `yaml:"inTransit" json:"inTransit"`
}

// Backups describes backups.
type Backups struct {
	// Whether backups are taken.
	Taken bool `yaml:"taken" json:"taken"`
	// Whether restoring them is tested.
	RestoreTested bool `yaml:"restoreTested" json:"restoreTested"`
}

// BreachResponse is the personal-data breach procedure.
type BreachResponse struct {
	// Whether a written procedure exists.
	Procedure bool `yaml:"procedure" json:"procedure"`
	// How soon the supervisory authority is notified (Art. 33(1): within 72 hours).
	NotifyAuthorityWithin Duration `yaml:"notifyAuthorityWithin" json:"notifyAuthorityWithin"`
	// Whether every breach is recorded, notified or not (Art. 33(5)).
	RecordsAllBreaches bool `yaml:"recordsAllBreaches" json:"recordsAllBreaches"`
	// When and how data subjects are told (Art. 34).
	DataSubjects BreachSubjects `yaml:"dataSubjects" json:"dataSubjects"`
}

// BreachSubjects says when and how data subjects are told of a breach.
type BreachSubjects struct {
	// The kinds of data or consequences that make a breach high risk, so that people are told.
	HighRiskCriteria []BreachRisk `yaml:"highRiskCriteria" json:"highRiskCriteria"`
	// How they are told.
	Channels []Channel `yaml:"channels" json:"channels"`
}
