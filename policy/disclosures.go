package policy

import (
	"crypto/sha256"
	"encoding/hex"
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
	// Give text, or textFile for the text as published.
	Text string `yaml:"text" json:"text" art22:"block"`
	// The file that holds the text as it is published (a privacy notice, a
	// certificate or decision-letter template), relative to the declaration's
	// file: plain text (.txt), Markdown (.md), HTML (.html, visible text only)
	// or DOCX (.docx, the body's text). Quotes are checked against the file, so
	// CI notices the day a sentence a claim relies on is edited out of it.
	TextFile string `yaml:"textFile" json:"textFile"`
	// The part of textFile shown at this stage: an HTML element id, or a
	// Markdown or DOCX heading (its section runs to the next heading of the
	// same or a higher level).
	Section string `yaml:"section" json:"section"`
	// The placeholder syntax of a template, so that a placeholder is kept as
	// one word whatever its spacing or filters: mustache ({{ name }}), dollar
	// (${name}), guillemets («Name») or brackets ([Name]). Default: none.
	Placeholders PlaceholderSyntax `yaml:"placeholders" json:"placeholders"`
	// What the text says, each claim with the sentence of the text that makes it true.
	Covers []Claim `yaml:"covers" json:"covers"`
	// Derived: where the text judged comes from, and its SHA-256, so that an
	// auditor sees which version of the text was judged.
	Origin TextOrigin `yaml:"-" json:"origin"`

	fileText string // the text read from TextFile (ReadTextFiles)
}

// Judged returns the origin of the text the disclosure is judged on: Origin
// for a text read from its file, and for a text written in the declaration
// the SHA-256 of that text.
func (ds *Disclosure) Judged() TextOrigin {
	if ds.TextFile != "" {
		return ds.Origin
	}
	sum := sha256.Sum256([]byte(ds.Text))
	return TextOrigin{SHA256: hex.EncodeToString(sum[:])}
}

// TextOrigin says which text a disclosure was judged on.
type TextOrigin struct {
	// The file the text was read from, as the declaration names it ("" for
	// text written in the declaration).
	File string `json:"file"`
	// The section of the file.
	Section string `json:"section"`
	// The SHA-256 of the file's bytes (of the text, for text written in the
	// declaration), in hex.
	SHA256 string `json:"sha256"`
}

// check: a disclosure gives its text one way; a section scopes a file.
func (ds *Disclosure) check() []issue {
	var out []issue
	switch {
	case ds.Text == "" && ds.TextFile == "":
		out = append(out, issue{"text", "give the text (text) or the file that holds it (textFile)", CodeRequired})
	case ds.Text != "" && ds.TextFile != "":
		out = append(out, issue{"textFile", "give text or textFile, not both", CodeConflict})
	}
	if ds.Section != "" && ds.TextFile == "" {
		out = append(out, issue{"section", "section scopes a textFile; text written in the declaration has none", CodeConflict})
	}
	return out
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
