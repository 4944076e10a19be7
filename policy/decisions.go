package policy

// Decision is a decision taken with automated processing.
type Decision struct {
	// Identifier other entries use to refer to this decision.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=decisions"`
	// What is decided.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// The product the decision is for.
	Product ID `yaml:"product" json:"product" jsonschema:"required" art22:"ref=products"`
	// The purpose the decision serves.
	Purpose ID `yaml:"purpose" json:"purpose" jsonschema:"required" art22:"ref=purposes"`
	// Degree of automation.
	Automation Automation `yaml:"automation" json:"automation" jsonschema:"required"`
	// What the decision can lead to, and who decides each outcome.
	Outcomes []Outcome `yaml:"outcomes" json:"outcomes" jsonschema:"required,minItems=1"`
	// Whose situation is decided on (e.g. applicant, spouse, child). Default: [applicant].
	Subjects []Subject `yaml:"subjects" json:"subjects"`
	// The Art. 22(2) exception relied on for a solely automated decision.
	Exception Exception `yaml:"exception" json:"exception"`
	// The law that authorises the decision, for the law exception (Art. 22(2)(b)).
	ExceptionLaw string `yaml:"exceptionLaw" json:"exceptionLaw"`
	// The consent relied on, for the explicit-consent exception (Art. 22(2)(c)).
	Consent ID `yaml:"consent" json:"consent" art22:"ref=consents"`
	// The data categories the decision uses.
	Inputs []ID `yaml:"inputs" json:"inputs" jsonschema:"required,minItems=1" art22:"ref=dataCategories"`
	// The rating factors: how data changes the outcome.
	Factors []Factor `yaml:"factors" json:"factors"`
	// For decision-support: the human who decides.
	HumanReview HumanReview `yaml:"humanReview" json:"humanReview"`
	// The Art. 22(3) safeguards and the explanation of the decision.
	Safeguards Safeguards `yaml:"safeguards" json:"safeguards"`
	// A way to be decided on without the automated process.
	AlternativeChannel AlternativeChannel `yaml:"alternativeChannel" json:"alternativeChannel"`
	// The model behind the decision.
	Model Model `yaml:"model" json:"model"`
	// Status and duties under the AI Act.
	AISystem AISystem `yaml:"aiSystem" json:"aiSystem"`
}

// Outcome is one thing a decision can lead to and who decides it.
type Outcome struct {
	// The outcome.
	Type OutcomeType `yaml:"type" json:"type" jsonschema:"required"`
	// Who reaches it: the engine or a human.
	DecidedBy Actor `yaml:"decidedBy" json:"decidedBy" jsonschema:"required"`
}

// Factor is a rating factor: a data category that changes the outcome.
type Factor struct {
	// Identifier, unique in the whole declaration (disclosures refer to it).
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=factors"`
	// The data category the factor reads.
	Category ID `yaml:"category" json:"category" jsonschema:"required" art22:"ref=dataCategories"`
	// What the factor does to the outcome.
	Effect FactorEffect `yaml:"effect" json:"effect" jsonschema:"required"`
	// Who applies it: the engine automatically, or a human who reviews it.
	AppliedBy Actor `yaml:"appliedBy" json:"appliedBy" jsonschema:"required"`
	// How much it changes the outcome, e.g. "+50% of the base premium".
	Extent string `yaml:"extent" json:"extent" art22:"block"`
	// A threshold at which the effect applies, e.g. "age over 65".
	Cutoff string `yaml:"cutoff" json:"cutoff"`
	// Whether the outcome follows this factor in practice, whatever else is known (e.g. a bureau score).
	Decisive bool `yaml:"decisive" json:"decisive"`
	// The objective justification for using the factor, where it is or stands
	// in for a protected characteristic, or applies an age cut-off: evidence,
	// not a sentence.
	Justification Justification `yaml:"justification" json:"justification"`
}

// Justification is the evidence that a rating factor is objectively
// justified. A statement alone justifies nothing.
type Justification struct {
	// The justification in words.
	Statement string `yaml:"statement" json:"statement" art22:"block"`
	// The actuarial or statistical evidence that the factor itself, not a
	// protected characteristic it may stand in for, drives the risk: the study
	// or data, with its reference and date.
	Evidence string `yaml:"evidence" json:"evidence" art22:"block"`
	// The test of the factor for disparate effects on protected groups.
	BiasTest BiasTest `yaml:"biasTest" json:"biasTest"`
}

// BiasTest is a test for disparate effects across protected groups.
type BiasTest struct {
	// When it was carried out.
	Date Date `yaml:"date" json:"date"`
	// What it found.
	Result BiasTestResult `yaml:"result" json:"result"`
	// The protected characteristics it compared outcomes across, e.g. [ethnic-origin, nationality].
	Groups []Topic `yaml:"groups" json:"groups"`
	// Where the test and its method are documented.
	Reference string `yaml:"reference" json:"reference"`
}

// HumanReview describes the human who decides with the system's support.
type HumanReview struct {
	// The internal role that reviews.
	Role ID `yaml:"role" json:"role" art22:"ref=roles"`
	// Whether the reviewer has the authority to change the outcome.
	CanChangeOutcome bool `yaml:"canChangeOutcome" json:"canChangeOutcome"`
	// Whether the reviewer sees all the relevant data, not only the score.
	SeesAllRelevantData bool `yaml:"seesAllRelevantData" json:"seesAllRelevantData"`
	// Whether the reviewer is competent and trained to assess the case.
	Competent bool `yaml:"competent" json:"competent"`
}

// Safeguards are the Art. 22(3) safeguards of a decision.
type Safeguards struct {
	// The right to obtain human intervention.
	HumanIntervention Safeguard `yaml:"humanIntervention" json:"humanIntervention"`
	// The right to express one's point of view.
	ExpressView Safeguard `yaml:"expressView" json:"expressView"`
	// The right to contest the decision.
	Contest Safeguard `yaml:"contest" json:"contest"`
	// The main reasons for the decision reached, given to the person.
	Explanation Explanation `yaml:"explanation" json:"explanation"`
}

// Safeguard is a route a person can take about a decision.
type Safeguard struct {
	// Whether the route exists.
	Available bool `yaml:"available" json:"available"`
	// How the person takes it.
	Channels []Channel `yaml:"channels" json:"channels"`
	// The internal role that handles it.
	HandledBy ID `yaml:"handledBy" json:"handledBy" art22:"ref=roles"`
	// Whether whoever handles it can change the outcome.
	CanChangeOutcome bool `yaml:"canChangeOutcome" json:"canChangeOutcome"`
	// How quickly it is handled.
	RespondsWithin Duration `yaml:"respondsWithin" json:"respondsWithin"`
}

// Explanation is how a person learns why a decision was reached.
type Explanation struct {
	// Whether the person is given the main reasons for the decision reached.
	Available bool `yaml:"available" json:"available"`
	// The text that carries the reasons (a decision notice or explanation).
	Disclosure ID `yaml:"disclosure" json:"disclosure" art22:"ref=disclosures"`
}

// AlternativeChannel is a way to be decided on by people instead of the automated process.
type AlternativeChannel struct {
	// Whether such a way exists.
	Available bool `yaml:"available" json:"available"`
	// How the person takes it.
	Channels []Channel `yaml:"channels" json:"channels"`
	// The same cover on the same terms as through the automated process.
	SameTerms bool `yaml:"sameTerms" json:"sameTerms"`
}

// Model describes the model behind a decision and its governance.
type Model struct {
	// Kind of model.
	Type ModelType `yaml:"type" json:"type"`
	// The vendor, if the model is bought.
	Vendor ID `yaml:"vendor" json:"vendor" art22:"ref=recipients"`
	// When the model was last validated.
	LastValidated Date `yaml:"lastValidated" json:"lastValidated"`
	// How often it is validated.
	ValidationInterval Duration `yaml:"validationInterval" json:"validationInterval"`
	// Whether errors in production are monitored.
	ErrorMonitoring bool `yaml:"errorMonitoring" json:"errorMonitoring"`
	// When it was last tested for discriminatory effects.
	LastBiasTest Date `yaml:"lastBiasTest" json:"lastBiasTest"`
	// How often it is tested for discriminatory effects.
	BiasTestInterval Duration `yaml:"biasTestInterval" json:"biasTestInterval"`
	// The protected characteristics the last bias test compared outcomes across.
	BiasTestGroups []Topic `yaml:"biasTestGroups" json:"biasTestGroups"`
	// What the last bias test found.
	BiasTestResult BiasTestResult `yaml:"biasTestResult" json:"biasTestResult"`
	// Where the model is documented: its purpose, data, design, performance and limits.
	Documentation string `yaml:"documentation" json:"documentation"`
}

// AISystem is a decision's status and duties under the AI Act.
type AISystem struct {
	// The controller's classification of the system.
	Classification AIClassification `yaml:"classification" json:"classification"`
	// Whether the controller relies on the Art. 6(3) derogation from the high-risk class.
	Article6_3Derogation bool `yaml:"article6_3Derogation" json:"article6_3Derogation"`
	// Human oversight by people with the competence, training and authority needed (Art. 26(2)).
	OversightRole ID `yaml:"oversightRole" json:"oversightRole" art22:"ref=roles"`
	// Whether the overseers have competence, training and authority.
	OversightCompetent bool `yaml:"oversightCompetent" json:"oversightCompetent"`
	// Whether input data under the deployer's control is relevant and representative (Art. 26(4)).
	InputDataChecked bool `yaml:"inputDataChecked" json:"inputDataChecked"`
	// Whether operation is monitored (Art. 26(5)).
	Monitored bool `yaml:"monitored" json:"monitored"`
	// How long automatically generated logs are kept (Art. 26(6): at least six months).
	LogRetention Duration `yaml:"logRetention" json:"logRetention"`
	// The text that informs affected persons that the system is used (Art. 26(11)).
	PersonsInformedBy ID `yaml:"personsInformedBy" json:"personsInformedBy" art22:"ref=disclosures"`
	// The text that explains the system's role and the main elements of the decision on request (Art. 86).
	ExplanationBy ID `yaml:"explanationBy" json:"explanationBy" art22:"ref=disclosures"`
	// When the system was first put into use.
	FirstUse Date `yaml:"firstUse" json:"firstUse"`
}
