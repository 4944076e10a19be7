package policy

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Evaluation is the context a declaration is judged in. It reaches the rules
// as input.evaluation, so that rules never read the clock: a run is
// reproducible from its input.
type Evaluation struct {
	// The date the declaration is judged as of (YYYY-MM-DD). Obligations that
	// apply from a later date are reported as upcoming.
	AsOf Date `json:"asOf"`
	// Quotes is what a quote must be to count as evidence (zero: DefaultQuoteRule).
	// The rules see only the result, each claim's evidenced.
	Quotes QuoteRule `json:"-"`
}

// input is the shape of the Rego input: the normalised declaration and the
// evaluation context. Its JSON Schema types the rules.
type input struct {
	Declaration
	Evaluation Evaluation `json:"evaluation"`
}

// Input returns the normalised Rego input for the declaration: a plain
// JSON-able document in which every field is present, defaults made explicit
// (a list left out is [], a flag left out is false, an optional choice left
// out is ""), durations as {text, hours, indefinite, declared}, amounts as
// {currency, amount, declared}, and derived facts added (for each disclosure
// claim, whether its quote stands in the text). Defaults that are not the
// zero value are documented on the fields: subjects default to [applicant],
// sources to [data-subject], a disclosure's decisions to every decision.
//
// It is the input the checker evaluates rules on, as plain Go values
// (numbers are float64): both are built by one walk of the declaration.
func (d *Declaration) Input(ev Evaluation) map[string]any {
	v, _ := d.inputValue(context.Background(), ev)
	return plainValue(v).(map[string]any)
}

// normalized returns a copy of the declaration with defaults applied and
// derived facts computed. The receiver is not changed.
func (d *Declaration) normalized(ctx context.Context, ev Evaluation) (Declaration, error) {
	rule := ev.quoteRule()
	n := *d
	n.src = nil
	n.DataCategories = slices.Clone(d.DataCategories)
	for i := range n.DataCategories {
		c := &n.DataCategories[i]
		if len(c.Subjects) == 0 {
			c.Subjects = []Subject{SubjectApplicant}
		}
		if len(c.Sources) == 0 {
			c.Sources = []DataSource{SourceDataSubject}
		}
	}
	n.Decisions = slices.Clone(d.Decisions)
	all := make([]ID, len(n.Decisions))
	for i := range n.Decisions {
		dec := &n.Decisions[i]
		all[i] = dec.ID
		if len(dec.Subjects) == 0 {
			dec.Subjects = []Subject{SubjectApplicant}
		}
		if dec.AISystem.Classification == "" {
			dec.AISystem.Classification = AINotAssessed
		}
	}
	n.Consents = slices.Clone(d.Consents)
	for i := range n.Consents {
		c := &n.Consents[i]
		if c.ConditionOf.What == "" {
			c.ConditionOf.What = ConditionOfNothing
		}
		if len(c.GivenBy) == 0 {
			c.GivenBy = []Subject{SubjectApplicant}
		}
		if c.OnBehalfAuthority == "" {
			c.OnBehalfAuthority = AuthorityNone
		}
	}
	n.Disclosures = slices.Clone(d.Disclosures)
	for i := range n.Disclosures {
		ds := &n.Disclosures[i]
		if len(ds.Decisions) == 0 {
			ds.Decisions = all
		}
		// The text judged: written in the declaration, or read from its file.
		ds.Text = ds.textFor()
		ds.Origin = ds.Judged()
		if ds.Placeholders == "" {
			ds.Placeholders = PlaceholdersNone
		}
		ds.Covers = slices.Clone(ds.Covers)
		if len(ds.Covers) == 0 {
			continue
		}
		qi, err := newQuoteIndexContext(ctx, canonicalPlaceholders(ds.Text, ds.Placeholders), len(ds.Covers))
		if err != nil {
			return Declaration{}, err
		}
		for j := range ds.Covers {
			if j&255 == 0 && ctx.Err() != nil {
				return Declaration{}, context.Cause(ctx)
			}
			ds.Covers[j].Evidenced, _, _ = qi.evidence(canonicalPlaceholders(ds.Covers[j].Quote, ds.Placeholders), rule)
		}
	}
	if n.Rights.ExplanationOnRequest.Content == "" {
		n.Rights.ExplanationOnRequest.Content = ExplanationNone
	}
	return n, nil
}

// foldText prepares text for the quote check: Unicode NFC, lower case,
// typographic quotes and dashes made plain, every run of white space made
// one space.
func foldText(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		switch r {
		case '‘', '’', '‚', '‛', '′':
			r = '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			r = '"'
		case '‐', '‑', '‒', '–', '—', '―', '−':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var (
	durationType = reflect.TypeFor[Duration]()
	moneyType    = reflect.TypeFor[Money]()
)
