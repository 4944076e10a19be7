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
	Sources []Source `yaml:"sources" json:"sources"`
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

// Disclosure is a text a person is shown.
type Disclosure struct {
	// Identifier other entries use to refer to this text.
	ID ID `yaml:"id" json:"id" jsonschema:"required" art22:"id=disclosures"`
	// Name of the text.
	Name string `yaml:"name" json:"name" jsonschema:"required"`
	// Kind of text.
	Kind DisclosureKind `yaml:"kind" json:"kind" jsonschema:"required"`
	// When the person sees it.
	Stage Stage `yaml:"stage" json:"stage" jsonschema:"required"`
	// For texts given after collection from others: how soon after (Art. 14(3)(a): within one month).
	Within Duration `yaml:"within" json:"within"`
	// Languages the text is given in (ISO 639-1).
	Languages []string `yaml:"languages" json:"languages"`
	// The decisions the text is shown for. Default: all decisions.
	Decisions []ID `yaml:"decisions" json:"decisions" art22:"ref=decisions"`
	// The text itself (one language is enough; quotes below must stand in it).
	Text string `yaml:"text" json:"text" jsonschema:"required" art22:"block"`
	// What the text says, each claim with the sentence of the text that makes it true.
	Covers []Coverage `yaml:"covers" json:"covers"`
}

// Coverage is one thing a disclosure says, with the words that say it.
type Coverage struct {
	// What the text says.
	Topic CoverageTopic `yaml:"topic" json:"topic" jsonschema:"required"`
	// The factor, for factor-applied and factor-extent.
	Factor ID `yaml:"factor" json:"factor" art22:"ref=factors"`
	// The purpose, for purpose.
	Purpose ID `yaml:"purpose" json:"purpose" art22:"ref=purposes"`
	// The recipient, for recipient.
	Recipient ID `yaml:"recipient" json:"recipient" art22:"ref=recipients"`
	// The data category, for category and source.
	Category ID `yaml:"category" json:"category" art22:"ref=dataCategories"`
	// The words of the text that say it; the checker verifies they stand in the text.
	Quote string `yaml:"quote" json:"quote" jsonschema:"required" art22:"block"`
	// Derived: whether the quote is evidence: a passage of the text, whole words in order (case, white space and typographic quotes ignored), of at least 3 words or 15 characters by default.
	Evidenced bool `yaml:"-" json:"evidenced"`
}

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

// Exclusion declares that the declaration does not describe an obligation
// area, or the facts some rules need, and why. Give an area, or rule ids.
type Exclusion struct {
	// The area: the rule package's name, e.g. security or impact-assessments.
	Area Area `yaml:"area" json:"area"`
	// Rule ids whose facts the declaration does not give, when not a whole area.
	Rules []string `yaml:"rules" json:"rules"`
	// Why the declaration does not describe it.
	Reason string `yaml:"reason" json:"reason" jsonschema:"required" art22:"block"`
	// With rules: who owns the missing facts (required with rules: setting
	// named rules aside is accepting their findings, like a waiver).
	Owner string `yaml:"owner" json:"owner"`
	// With rules: who approved setting them aside, someone other than the owner (required with rules).
	Approver string `yaml:"approver" json:"approver"`
	// With rules: the last day they are set aside (required with rules); after it their findings count again.
	Expires Date `yaml:"expires" json:"expires"`
}

// Waiver accepts a finding for a time.
type Waiver struct {
	// The rule id.
	Rule string `yaml:"rule" json:"rule" jsonschema:"required"`
	// The JSON Pointer of the place the waiver covers; it covers findings at that place and below.
	Path string `yaml:"path" json:"path" jsonschema:"required" art22:"pointer"`
	// Why the finding is accepted.
	Reason string `yaml:"reason" json:"reason" jsonschema:"required" art22:"block"`
	// Who owns the remediation.
	Owner string `yaml:"owner" json:"owner" jsonschema:"required"`
	// Who approved the waiver.
	Approver string `yaml:"approver" json:"approver" jsonschema:"required"`
	// The ticket tracking it.
	Ticket string `yaml:"ticket" json:"ticket"`
	// The last day the waiver applies.
	Expires Date `yaml:"expires" json:"expires" jsonschema:"required"`
}
