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
func (d *Declaration) Input(ev Evaluation) map[string]any {
	n, _ := d.normalized(context.Background(), ev)
	return toValue(reflect.ValueOf(input{Declaration: n, Evaluation: ev})).(map[string]any)
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
			c.Subjects = []Subject{"applicant"}
		}
		if len(c.Sources) == 0 {
			c.Sources = []DataSource{"data-subject"}
		}
	}
	n.Decisions = slices.Clone(d.Decisions)
	all := make([]ID, len(n.Decisions))
	for i := range n.Decisions {
		dec := &n.Decisions[i]
		all[i] = dec.ID
		if len(dec.Subjects) == 0 {
			dec.Subjects = []Subject{"applicant"}
		}
		if dec.AISystem.Classification == "" {
			dec.AISystem.Classification = "not-assessed"
		}
	}
	n.Consents = slices.Clone(d.Consents)
	for i := range n.Consents {
		c := &n.Consents[i]
		if c.ConditionOf.What == "" {
			c.ConditionOf.What = "nothing"
		}
		if len(c.GivenBy) == 0 {
			c.GivenBy = []Subject{"applicant"}
		}
		if c.OnBehalfAuthority == "" {
			c.OnBehalfAuthority = "none"
		}
	}
	n.Disclosures = slices.Clone(d.Disclosures)
	for i := range n.Disclosures {
		ds := &n.Disclosures[i]
		if len(ds.Decisions) == 0 {
			ds.Decisions = all
		}
		ds.Covers = slices.Clone(ds.Covers)
		if len(ds.Covers) == 0 {
			continue
		}
		qi, err := newQuoteIndexContext(ctx, ds.Text, len(ds.Covers))
		if err != nil {
			return Declaration{}, err
		}
		for j := range ds.Covers {
			if j&255 == 0 && ctx.Err() != nil {
				return Declaration{}, context.Cause(ctx)
			}
			ds.Covers[j].Evidenced, _, _ = qi.evidence(ds.Covers[j].Quote, rule)
		}
	}
	if n.Rights.ExplanationOnRequest.Content == "" {
		n.Rights.ExplanationOnRequest.Content = "none"
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

// toValue converts a declaration value to plain JSON-able Go values, keyed by
// the json tags.
func toValue(v reflect.Value) any {
	switch v.Type() {
	case durationType:
		d := v.Interface().(Duration)
		return map[string]any{"text": d.Text, "hours": d.Hours, "indefinite": d.Indefinite, "declared": d.Declared()}
	case moneyType:
		m := v.Interface().(Money)
		return map[string]any{"currency": m.Currency, "amount": m.Amount, "declared": m.Currency != ""}
	}
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		out := make(map[string]any, t.NumField())
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Anonymous {
				for k, x := range toValue(v.Field(i)).(map[string]any) {
					out[k] = x
				}
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			out[name] = toValue(v.Field(i))
		}
		return out
	case reflect.Slice:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = toValue(v.Index(i))
		}
		return out
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Float64:
		return v.Float()
	}
	panic("policy: cannot convert " + v.Type().String())
}
