package policy

import (
	"fmt"
)

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
	Covers []Claim `yaml:"covers" json:"covers"`
}

// Claim is one thing a disclosure says, with the words that say it.
type Claim struct {
	// What the text says.
	Topic ClaimTopic `yaml:"topic" json:"topic" jsonschema:"required"`
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

// check: a claim that concerns one thing (a factor, a purpose, a recipient,
// a category) names it, and names nothing else.
func (c *Claim) check() []issue {
	var want string // the field the topic needs
	switch c.Topic {
	case ClaimFactorApplied, ClaimFactorExtent:
		want = "factor"
	case ClaimPurpose:
		want = "purpose"
	case ClaimRecipient:
		want = "recipient"
	case ClaimCategory, ClaimSource:
		want = "category"
	}
	var out []issue
	for _, f := range [...]struct {
		name string
		set  bool
	}{{"factor", c.Factor != ""}, {"purpose", c.Purpose != ""}, {"recipient", c.Recipient != ""}, {"category", c.Category != ""}} {
		switch {
		case f.name == want && !f.set:
			out = append(out, issue{"topic", fmt.Sprintf("topic %s must name the %s it concerns (add %s: ID)", c.Topic, f.name, f.name), CodeRequired})
		case f.name != want && f.set:
			out = append(out, issue{f.name, fmt.Sprintf("%s does not apply to topic %s", f.name, c.Topic), CodeConflict})
		}
	}
	return out
}
