package checker

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/art22/checker/internal/engine"
	"github.com/open-policy-agent/opa/v1/ast"
)

// Severity says how serious a finding is.
type Severity string

const (
	// Violation: the declaration as written breaches a provision.
	Violation Severity = "violation"
	// Risk: a breach is likely unless something outside the declaration holds.
	Risk Severity = "risk"
	// Advice: good practice from guidance.
	Advice Severity = "advice"
)

// Rank orders severities: violation 3, risk 2, advice 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Violation:
		return 3
	case Risk:
		return 2
	case Advice:
		return 1
	}
	return 0
}

// Article is a structured citation of a provision.
type Article struct {
	// Instrument is the act cited: "GDPR", "AI Act", "Directive 2004/113/EC"...
	Instrument string `json:"instrument"`
	// Kind is what is cited in it: "Art.", "Recital", "Annex" or "§".
	Kind string `json:"kind"`
	// Number is the article, recital or annex number ("5", "71", "III", "L1141-1").
	Number string `json:"number"`
	// Paragraph is the paragraph, if one is cited ("1").
	Paragraph string `json:"paragraph,omitempty"`
	// Point is the point, if one is cited ("a").
	Point string `json:"point,omitempty"`
	// Country is, for national law, the country whose law it is (ISO 3166-1
	// alpha-2); "" for EU law and other law cited wherever products are
	// sold. A finding cites a country's law only if the declaration's
	// products are sold there (see Finding.Articles).
	Country string `json:"country,omitempty"`
}

// String formats the citation: "GDPR Art. 5(1)(a)".
func (a Article) String() string {
	s := a.Instrument + " " + a.Kind + " " + a.Number
	if a.Paragraph != "" {
		s += "(" + a.Paragraph + ")"
	}
	if a.Point != "" {
		s += "(" + a.Point + ")"
	}
	return s
}

var citationRE = regexp.MustCompile(`^(.+?) (Art\.|Recital|Annex|§) ([0-9]+[a-z]?|[IVX]+|[A-Z]?[0-9]+(?:-[0-9]+)*)(?:\(([0-9]+[a-z]?)\))?(?:\(([a-z]+|[ivx]+)\))?$`)

// ParseArticle parses a citation written "INSTRUMENT Art. N(P)(x)",
// "INSTRUMENT Recital N", "INSTRUMENT Annex III(5)(c)" or "INSTRUMENT § N(P)".
func ParseArticle(s string) (Article, error) {
	m := citationRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Article{}, fmt.Errorf("citation %q is not of the form \"GDPR Art. 5(1)(a)\", \"GDPR Recital 71\" or \"AI Act Annex III(5)(c)\"", s)
	}
	return Article{Instrument: m[1], Kind: m[2], Number: m[3], Paragraph: m[4], Point: m[5]}, nil
}

// Source is a decision, judgment, guideline or legislation a rule rests on.
type Source struct {
	// Kind is decision, judgment, guideline, opinion, legislation or report.
	Kind string `json:"kind"`
	// Title cites the source in full: authority or court, number, parties, date.
	Title string `json:"title"`
	// URL points at the source where a stable address exists.
	URL string `json:"url,omitempty"`
}

var sourceKinds = []string{"decision", "judgment", "guideline", "opinion", "legislation", "report"}

// Rule is a rule of the catalog, as its METADATA annotation describes it.
type Rule struct {
	// ID is stable and never reused, e.g. ART5-1A-FACTOR-NOT-DISCLOSED.
	ID string `json:"id"`
	// Title says in one line what is wrong when the rule fires.
	Title string `json:"title"`
	// Description says what the rule checks and what it does not.
	Description string `json:"description"`
	// Severity of its findings.
	Severity Severity `json:"severity"`
	// Articles are the provisions it checks.
	Articles []Article `json:"articles"`
	// Remediation says how to fix a finding.
	Remediation string `json:"remediation"`
	// Sources are the decisions, judgments and guidelines behind it.
	Sources []Source `json:"sources"`
	// AppliesFrom is the date the obligation applies from (YYYY-MM-DD); before
	// it, findings are reported as upcoming.
	AppliesFrom string `json:"appliesFrom,omitempty"`
	// Countries limits the rule to products sold in these countries (ISO codes).
	Countries []string `json:"countries,omitempty"`
	// HumanReview says what about this obligation the checker cannot see and
	// a person must check.
	HumanReview string `json:"humanReview,omitempty"`
	// Example is a compliant YAML fragment of a declaration: applied with
	// MergeFragment to a declaration on which the rule fires
	// (Counterexample applied to the reference), it makes the rule quiet.
	Example string `json:"example,omitempty"`
	// Counterexample is a YAML fragment that, applied with MergeFragment to
	// the reference declaration (examples/reference), makes the rule fire.
	Counterexample string `json:"counterexample,omitempty"`
	// Area is the obligation area: the last segment of its package, with
	// '-' for '_' (data.art22.rules.impact_assessments: impact-assessments).
	// A declaration can declare an area out of scope.
	Area string `json:"area"`
	// Pack is where the rule comes from: "art22" for the built-in rules, or
	// the directory of the rule pack.
	Pack string `json:"pack"`
	// Package is the Rego package that defines it.
	Package string `json:"package"`
	// Path is the rule's Rego path (data.art22.rules.fairness.factor_not_disclosed).
	Path string `json:"path"`
	// File and Line locate its definition.
	File string `json:"file"`
	Line int    `json:"line"`
}

var ruleIDRE = regexp.MustCompile(`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$`)

// ruleCustom is a rule's METADATA custom section, decoded strictly: a
// field it does not have is refused. A nil field was not given.
type ruleCustom struct {
	ID          *string        `json:"id"`
	Severity    *string        `json:"severity"`
	Articles    *[]articleMeta `json:"articles"`
	Remediation *string        `json:"remediation"`
	Sources     *[]sourceMeta  `json:"sources"`
	AppliesFrom *string        `json:"appliesFrom"`
	Countries   *[]string      `json:"countries"`
	HumanReview *string        `json:"humanReview"`
	Example     *string        `json:"example"`
	// Counterexample is a fragment that makes the rule fire.
	Counterexample *string `json:"counterexample"`
}

// articleMeta is one entry of custom.articles: a citation, or a national
// law's citation with its country ({cite: "GenDG § 18(1)", country: DE}).
type articleMeta struct {
	Cite    string
	Country string
	mapping bool
}

// UnmarshalJSON reads a citation or a {cite, country} mapping, strictly.
func (a *articleMeta) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &a.Cite); err == nil {
		return nil
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("an article is a citation or a mapping with cite and country")
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if k != "cite" && k != "country" {
			return fmt.Errorf("article has unknown field %q; allowed: cite, country", k)
		}
	}
	cite, _ := m["cite"].(string)
	country, _ := m["country"].(string)
	*a = articleMeta{Cite: cite, Country: country, mapping: true}
	return nil
}

// sourceMeta is one source of custom.sources, decoded strictly.
type sourceMeta struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// customFields lists ruleCustom's fields by key, in order, with what each must be.
var customFields = func() []struct{ key, want string } {
	want := map[string]string{"articles": "a non-empty list of citations", "sources": "a non-empty list of sources", "countries": "a non-empty list of country codes"}
	var out []struct{ key, want string }
	t := reflect.TypeFor[ruleCustom]()
	for i := range t.NumField() {
		k := t.Field(i).Tag.Get("json")
		out = append(out, struct{ key, want string }{k, cmp.Or(want[k], "non-empty text")})
	}
	return out
}()

// decodeCustom decodes a custom section into a ruleCustom, each field on its
// own so that every problem is reported: a key ruleCustom does not have, a
// value of the wrong type, a source with a field it does not have.
func decodeCustom(c map[string]any, fail func(string, ...any)) ruleCustom {
	var out ruleCustom
	v := reflect.ValueOf(&out).Elem()
	var keys []string
	for _, f := range customFields {
		keys = append(keys, f.key)
	}
	for _, k := range slices.Sorted(maps.Keys(c)) {
		i := slices.Index(keys, k)
		if i < 0 {
			fail("unknown custom field %q; allowed: %s", k, strings.Join(keys, ", "))
			continue
		}
		raw, err := json.Marshal(c[k])
		if err == nil {
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			err = dec.Decode(v.Field(i).Addr().Interface())
		}
		if err != nil {
			if k == "articles" && !strings.HasPrefix(err.Error(), "json: ") {
				fail("%v", err)
			} else if k == "sources" {
				fail("custom sources: each source is a mapping with kind, title and optionally url (%v)", strings.TrimPrefix(err.Error(), "json: "))
			} else {
				fail("METADATA custom %s must be %s", k, customFields[i].want)
			}
			v.Field(i).SetZero()
		}
	}
	return out
}

// ruleFromAnnotations reads a rule's metadata, reporting every problem at
// the annotation's position.
func ruleFromAnnotations(r engine.Rule) (Rule, ast.Errors) {
	var errs ast.Errors
	loc := r.Location
	a := r.Annotations
	fail := func(format string, args ...any) {
		errs = append(errs, ast.NewError(ast.CompileErr, loc, "rule %s: "+format, append([]any{r.Path}, args...)...))
	}
	out := Rule{Path: r.Path}
	if r.Location != nil {
		out.File, out.Line = r.Location.File, r.Location.Row
	}
	ref, _ := ast.ParseRef(r.Path)
	if len(ref) > 1 {
		out.Package = ref[:len(ref)-1].String()
		if s, ok := ref[len(ref)-2].Value.(ast.String); ok {
			out.Area = strings.ReplaceAll(string(s), "_", "-")
		}
	}
	if a == nil {
		fail("has no METADATA annotation; every rule needs title, description and custom id, severity, articles, remediation and sources")
		return out, errs
	}
	if a.Location != nil {
		loc = a.Location
	}
	out.Title, out.Description = strings.TrimSpace(a.Title), strings.TrimSpace(a.Description)
	if out.Title == "" {
		fail("METADATA has no title")
	}
	if out.Description == "" {
		fail("METADATA has no description")
	}
	c := decodeCustom(a.Custom, fail)
	str := func(key string, v *string, required bool) string {
		if v == nil {
			if required {
				fail("METADATA custom has no %s", key)
			}
			return ""
		}
		if strings.TrimSpace(*v) == "" {
			fail("METADATA custom %s must be non-empty text", key)
		}
		return strings.TrimSpace(*v)
	}
	list := func(key string, n int, given, required bool) bool {
		if !given {
			if required {
				fail("METADATA custom has no %s", key)
			}
			return false
		}
		if n == 0 {
			fail("METADATA custom %s must be a non-empty list", key)
			return false
		}
		return true
	}
	out.ID = str("id", c.ID, true)
	if out.ID != "" && !ruleIDRE.MatchString(out.ID) {
		fail("id %q must be upper case words joined by '-', e.g. ART5-1A-FACTOR-NOT-DISCLOSED", out.ID)
	}
	sev := Severity(str("severity", c.Severity, true))
	if sev != "" && sev.Rank() == 0 {
		fail("severity %q must be violation, risk or advice", sev)
	}
	out.Severity = sev
	if c.Articles == nil {
		list("articles", 0, false, true)
	} else if list("articles", len(*c.Articles), true, true) {
		for _, a := range *c.Articles {
			if a.mapping && !isCountryCode(a.Country) {
				fail("article %q: country %q must be an ISO 3166-1 alpha-2 code (a national law's country)", a.Cite, a.Country)
				continue
			}
			art, err := ParseArticle(a.Cite)
			if err != nil {
				fail("%v", err)
				continue
			}
			art.Country = a.Country
			out.Articles = append(out.Articles, art)
		}
	}
	out.Remediation = str("remediation", c.Remediation, true)
	if c.Sources == nil {
		list("sources", 0, false, true)
	} else if list("sources", len(*c.Sources), true, true) {
		for _, src := range *c.Sources {
			if !slices.Contains(sourceKinds, src.Kind) {
				fail("source kind %q must be one of %s", src.Kind, strings.Join(sourceKinds, ", "))
			}
			if strings.TrimSpace(src.Title) == "" {
				fail("source has no title")
			}
			if src.URL != "" && !strings.HasPrefix(src.URL, "https://") && !strings.HasPrefix(src.URL, "http://") {
				fail("source url %q must be an http(s) address", src.URL)
			}
			out.Sources = append(out.Sources, Source{Kind: src.Kind, Title: strings.TrimSpace(src.Title), URL: src.URL})
		}
	}
	if d := str("appliesFrom", c.AppliesFrom, false); d != "" {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			fail("appliesFrom %q must be a date YYYY-MM-DD", d)
		}
		out.AppliesFrom = d
	}
	if c.Countries != nil && list("countries", len(*c.Countries), true, false) {
		for _, s := range *c.Countries {
			if !isCountryCode(s) {
				fail("country %q must be an ISO 3166-1 alpha-2 code", s)
				continue
			}
			out.Countries = append(out.Countries, s)
		}
	}
	out.HumanReview = str("humanReview", c.HumanReview, false)
	out.Example = str("example", c.Example, false)
	out.Counterexample = str("counterexample", c.Counterexample, false)
	return out, errs
}

// isCountryCode reports whether s looks like an ISO 3166-1 alpha-2 code:
// two upper-case letters.
func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
