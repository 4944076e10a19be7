// Package checker checks an insurer's declared automated underwriting
// against the GDPR, the AI Act and insurance law.
//
// A declaration (YAML, apiVersion art22/v1) states how automated
// underwriting processes personal data; package policy loads it strictly.
// A Checker evaluates it with Rego rules compiled once, and returns a Report
// of findings: rule id, severity, articles, message, the facts that made the
// rule fire, remediation, sources, and the place in the YAML to change.
//
//	c, err := checker.New()
//	reports, err := c.CheckFile(ctx, "examples/tm/declaration.yaml")
//
// FindFiles and CheckFiles check many files in order on several workers,
// as the art22 command does; package report writes the reports.
//
// A Checker is immutable and safe for concurrent use.
package checker

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/art22/checker/internal/engine"
	"github.com/art22/checker/internal/input"
	"github.com/art22/checker/policy"
)

// Checker evaluates declarations against the rules it was built with.
type Checker struct {
	eng     *engine.Engine
	rules   []Rule           // sorted by id
	byPath  map[string]*Rule // Rego path -> rule
	asOf    time.Time
	timeout time.Duration // 0: none
	// maxWaiverDays is how far after the as-of date a waiver may expire.
	maxWaiverDays int
	quotes        policy.QuoteRule
	memory        *memoryGuard // nil: no limit
	// skipped are the ids of the rules not evaluated (WithOnly, WithSkip), sorted.
	skipped []string
}

type config struct {
	asOf          time.Time
	packs         []packSource
	timeout       time.Duration
	maxWaiverDays int
	quotes        policy.QuoteRule
	memoryLimit   int64
	only, skip    []string
}

// WithQuoteRule sets what a disclosure claim's quote must be to count as
// evidence: whole words of the text, and at least minWords words or
// minChars characters (default policy.DefaultQuoteRule: 3 words or 15
// characters). A quote too short does not count, and the report notes it.
func WithQuoteRule(minWords, minChars int) Option {
	return func(c *config) { c.quotes = policy.QuoteRule{MinWords: minWords, MinChars: minChars} }
}

// DefaultMaxWaiverDays is how far after the as-of date a waiver may
// expire, unless WithMaxWaiverDays says otherwise: one year.
const DefaultMaxWaiverDays = 365

// WithMaxWaiverDays sets how many days after the as-of date a waiver may
// expire at the latest (default DefaultMaxWaiverDays). A waiver that
// expires later is refused: Check returns policy.Errors at its expiry date,
// and nothing is judged. An accepted finding must come back for review.
func WithMaxWaiverDays(days int) Option {
	return func(c *config) { c.maxWaiverDays = days }
}

// Option configures a Checker.
type Option func(*config)

// WithAsOf sets the date declarations are judged as of by default.
// Obligations that apply from a later date (such as the AI Act's high-risk
// duties) are reported as upcoming. The default is the current date (UTC)
// when New is called. The date is input to the rules, not compiled into
// them: AsOf sets another for one check.
func WithAsOf(t time.Time) Option {
	return func(c *config) { c.asOf = t }
}

// WithTimeout gives each stage a time budget: each Check (building the
// input and checking quotes, evaluating the rules, locating and sorting the
// findings, applying waivers), and in CheckFile loading the file. A stage
// that runs longer is stopped and returns a *BudgetError (which matches
// context.DeadlineExceeded with errors.Is), never a partial report. Zero,
// the default, sets no budget; the context's deadline, if any, still holds.
func WithTimeout(d time.Duration) Option {
	return func(c *config) { c.timeout = max(d, 0) }
}

// BudgetError is the error of a stage that ran past the budget set with
// WithTimeout: loading a file (CheckFile) or checking a declaration.
type BudgetError struct {
	// Budget is the time budget that was exceeded.
	Budget time.Duration
	// Stage is what ran past it: "checking" (the default) or "loading".
	Stage string
}

func (e *BudgetError) Error() string {
	stage := e.Stage
	if stage == "" {
		stage = "checking"
	}
	return fmt.Sprintf("%s took longer than its time budget of %s", stage, e.Budget)
}

// Unwrap makes a BudgetError match context.DeadlineExceeded.
func (e *BudgetError) Unwrap() error { return context.DeadlineExceeded }

// New compiles the rules, once, and prepares the query that evaluates them.
// A rule that fails to compile or type-check, or whose metadata is
// incomplete, is an error.
func New(opts ...Option) (*Checker, error) {
	cfg := config{asOf: time.Now().UTC(), maxWaiverDays: DefaultMaxWaiverDays, quotes: policy.DefaultQuoteRule}
	for _, o := range opts {
		o(&cfg)
	}
	if err := policy.CheckYear(cfg.asOf); err != nil {
		return nil, fmt.Errorf("checker: as-of date %s: %w", cfg.asOf.Format(time.DateOnly), err)
	}
	if cfg.quotes.MinWords < 1 || cfg.quotes.MinChars < 1 {
		return nil, fmt.Errorf("checker: WithQuoteRule(%d, %d): want at least 1 word and 1 character", cfg.quotes.MinWords, cfg.quotes.MinChars)
	}
	if cfg.maxWaiverDays < 0 {
		return nil, fmt.Errorf("checker: WithMaxWaiverDays(%d): want 0 or more", cfg.maxWaiverDays)
	}
	asm, err := assemble(cfg.packs, false)
	if err != nil {
		return nil, compileError("", err)
	}
	found, metaErrs, err := asm.checkRules()
	if err != nil {
		return nil, compileError("", err)
	}
	eng, err := engine.Compile(context.Background(), asm.modules, engine.Options{InputSchema: policy.InputSchema()})
	if err != nil {
		var ce *engine.CompileError
		if errors.As(err, &ce) && len(metaErrs) > 0 {
			ce.Errors = append(metaErrs, ce.Errors...)
		}
		return nil, compileError("compiling rules: ", err)
	}
	if len(metaErrs) > 0 {
		return nil, compileError("rule metadata: ", &engine.CompileError{Errors: metaErrs})
	}
	c := &Checker{eng: eng, byPath: map[string]*Rule{}, asOf: cfg.asOf, timeout: cfg.timeout, maxWaiverDays: cfg.maxWaiverDays, quotes: cfg.quotes}
	if cfg.memoryLimit > 0 {
		c.memory = newMemoryGuard(cfg.memoryLimit)
	}
	c.rules = found
	slices.SortFunc(c.rules, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })
	for i := range c.rules {
		c.byPath[c.rules[i].Path] = &c.rules[i]
	}
	if err := (selection{only: cfg.only, skip: cfg.skip}).apply(c); err != nil {
		return nil, err
	}
	return c, nil
}

// Query returns the Rego query that evaluates every rule at once (every
// rule selected, with WithOnly or WithSkip): an object from each rule's
// Rego path to the set of findings it produced, bound to hits. Stock OPA gives the same answer on the normalised input
// (art22 normalize): opa eval -d rules/ -i input.json QUERY.
func (c *Checker) Query() string { return c.eng.Query() }

// Rules returns the rules of the catalog, sorted by id, including those
// WithOnly and WithSkip leave out (Selected says which are evaluated).
func (c *Checker) Rules() []Rule { return slices.Clone(c.rules) }

// Rule returns the rule with the given id.
func (c *Checker) Rule(id string) (Rule, bool) {
	i, ok := slices.BinarySearchFunc(c.rules, id, func(r Rule, id string) int { return cmp.Compare(r.ID, id) })
	if !ok {
		return Rule{}, false
	}
	return c.rules[i], true
}

// AsOf returns the date declarations are judged as of, YYYY-MM-DD.
func (c *Checker) AsOf() string { return c.asOf.Format(time.DateOnly) }

// Status says whether a finding counts.
type Status string

const (
	// Open findings count towards the exit code.
	Open Status = "open"
	// Upcoming findings concern an obligation that does not apply yet at the as-of date.
	Upcoming Status = "upcoming"
	// OutOfScope findings are in an area the declaration declares it does
	// not describe (outOfScope); they are reported with the reason.
	OutOfScope Status = "out-of-scope"
	// Waived findings are covered by a waiver that has not expired; they are
	// reported with the waiver and do not count.
	Waived Status = "waived"
)

// AppliedWaiver is the waiver that covers a waived finding.
type AppliedWaiver struct {
	// Index is the waiver's index in the declaration's waivers (external
	// waivers come after the declaration's own).
	Index    int    `json:"index"`
	Reason   string `json:"reason"`
	Owner    string `json:"owner"`
	Approver string `json:"approver"`
	Ticket   string `json:"ticket,omitempty"`
	Expires  string `json:"expires"`
	// Location is where the waiver is written.
	Location policy.Position `json:"location"`
}

// AppliedScope is the outOfScope entry that sets a finding aside: an area,
// or rules named by id (with an owner, an approver and an expiry date).
type AppliedScope struct {
	// Index is the entry's index in the declaration's outOfScope.
	Index    int      `json:"index"`
	Area     string   `json:"area,omitempty"`
	Rules    []string `json:"rules,omitempty"`
	Reason   string   `json:"reason"`
	Owner    string   `json:"owner,omitempty"`
	Approver string   `json:"approver,omitempty"`
	Expires  string   `json:"expires,omitempty"`
	// Location is where the entry is written.
	Location policy.Position `json:"location"`
}

// Note is something about a declaration that is neither a finding nor an
// error: an outOfScope entry that has expired, a quote too short to count
// as evidence.
type Note struct {
	Location policy.Position `json:"location"`
	Message  string          `json:"message"`
}

// StaleWaiver is a waiver that matches no finding: the finding it was for
// is gone (fixed, or moved), and the waiver should be removed.
type StaleWaiver struct {
	Index    int             `json:"index"`
	Rule     string          `json:"rule"`
	Path     string          `json:"path"`
	Expires  string          `json:"expires"`
	Location policy.Position `json:"location"`
}

// Finding is one thing a rule found wrong in a declaration.
type Finding struct {
	// RuleID is the rule's id.
	RuleID string `json:"rule"`
	// Title is the rule's title.
	Title string `json:"title"`
	// Severity is the rule's severity.
	Severity Severity `json:"severity"`
	// Status is open, or upcoming when the obligation applies later than the as-of date.
	Status Status `json:"status"`
	// Articles are the provisions concerned: the rule's articles of EU law,
	// and of its national-law articles those of the countries where the
	// declaration's products are sold (products[].countries). A rule that
	// applies by country keeps all its articles when none of its national
	// law is of those countries, and ArticlesNote says so.
	Articles []Article `json:"articles"`
	// ArticlesNote says, when a rule that applies by country cites national
	// law of no country where the products are sold, that every article is
	// listed.
	ArticlesNote string `json:"articlesNote,omitempty"`
	// Message says what is wrong here.
	Message string `json:"message"`
	// Because lists the facts of the declaration that made the rule fire.
	Because []string `json:"because"`
	// Remediation says how to fix it.
	Remediation string `json:"remediation"`
	// Sources are the decisions and guidance behind the rule.
	Sources []Source `json:"sources"`
	// Path is the JSON Pointer of the place in the declaration to change.
	Path string `json:"path"`
	// Location is that place in the file.
	Location policy.Position `json:"location"`
	// Nearest is true when the place is not written in the file (a field
	// left out) and Location is where it belongs.
	Nearest bool `json:"nearest,omitempty"`
	// AppliesFrom is the date the obligation applies from, for dated rules.
	AppliesFrom string `json:"appliesFrom,omitempty"`
	// Area is the rule's obligation area.
	Area string `json:"area"`
	// Pack is the rule pack the rule comes from (its directory, as given to
	// WithRulePack), or "" for art22's own rules.
	Pack string `json:"pack,omitempty"`
	// ScopeReason is the declaration's reason for leaving the area out, for
	// findings with status out-of-scope.
	ScopeReason string `json:"scopeReason,omitempty"`
	// Scope is the outOfScope entry that sets the finding aside, for status
	// out-of-scope.
	Scope *AppliedScope `json:"scope,omitempty"`
	// Waiver is the waiver that covers the finding, for status waived.
	Waiver *AppliedWaiver `json:"waiver,omitempty"`
	// Fingerprint identifies the finding across runs, whatever its line:
	// a hash of the rule id, file, document, path and message. Baselines
	// compare fingerprints.
	Fingerprint string `json:"fingerprint"`
}

// Report is the result of checking one declaration.
type Report struct {
	// File is the file the declaration was loaded from.
	File string `json:"file"`
	// Document is the index, from 0, of the declaration in its file.
	Document int `json:"document"`
	// Controller is the controller's name.
	Controller string `json:"controller"`
	// AsOf is the date the declaration was judged as of.
	AsOf string `json:"asOf"`
	// Findings, sorted by position, then rule id, then path.
	Findings []Finding `json:"findings"`
	// StaleWaivers are waivers in force that matched no finding.
	StaleWaivers []StaleWaiver `json:"staleWaivers"`
	// Notes, sorted by position.
	Notes []Note `json:"notes"`
	// Skipped are the ids of the rules that were not evaluated (WithOnly,
	// WithSkip), sorted: a rule skipped is listed, never silently absent.
	Skipped []string `json:"skipped"`
	// Texts are the texts the disclosures were judged on, in the
	// declaration's order: where each came from and its SHA-256, so that an
	// auditor sees which version of a published notice or template was judged.
	Texts []Text `json:"texts"`
}

// Text is the text one disclosure was judged on.
type Text struct {
	// Disclosure is the disclosure's id.
	Disclosure string `json:"disclosure"`
	// File is the file the text was read from, as the declaration names it
	// (textFile), or "" for text written in the declaration.
	File string `json:"file,omitempty"`
	// Section is the part of the file read.
	Section string `json:"section,omitempty"`
	// SHA256 is the hash of the file's bytes, or of the text written in the
	// declaration, in hex.
	SHA256 string `json:"sha256"`
}

// Count returns how many open findings have at least the given severity.
func (r *Report) Count(min Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Status == Open && f.Severity.Rank() >= min.Rank() {
			n++
		}
	}
	return n
}

// Check evaluates every rule on a declaration. An error means nothing was
// judged: a declaration that is not valid (policy.Errors, from
// Declaration.Validate and Validate: one built in Go is checked as loading
// checks a file), a rule that fails to evaluate, a malformed finding, a
// cancelled context, the time budget or the memory limit never yields a
// partial report.
//
// Options set the as-of date of this check (AsOf) and add the waivers of
// waivers files (Waivers).
func (c *Checker) Check(ctx context.Context, d *policy.Declaration, opts ...CheckOption) (*Report, error) {
	if d == nil {
		return nil, errors.New("checker: nil declaration")
	}
	cfg, err := c.checkConfig(opts)
	if err != nil {
		return nil, err
	}
	return c.check(ctx, cfg.withWaivers(d), &cfg)
}

// check is Check with its options applied.
func (c *Checker) check(ctx context.Context, d *policy.Declaration, cfg *checkConfig) (*Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if err := c.validate(d, cfg.asOf); err != nil {
		return nil, err
	}
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, c.timeout, &BudgetError{Budget: c.timeout})
		defer cancel()
	}
	if c.memory != nil {
		var stop func()
		ctx, stop = c.memory.watch(ctx)
		defer stop()
	}
	asOf := cfg.asOf.Format(time.DateOnly)
	ev := policy.Evaluation{AsOf: policy.Date(asOf), Quotes: c.quotes}
	in, err := input.Value(ctx, d, ev)
	if err != nil {
		return nil, err
	}
	hits, err := c.eng.Eval(ctx, in)
	if err != nil {
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		return nil, c.evalError(err, d)
	}
	rep := &Report{File: d.File(), Document: d.Document(), Controller: d.Controller.Name, AsOf: asOf, Findings: []Finding{}, StaleWaivers: []StaleWaiver{}, Notes: []Note{}, Skipped: c.Skipped(), Texts: texts(d)}
	for _, sq := range d.ShortQuotes(ev) {
		loc, _ := d.Locate(policy.JoinPointer("disclosures", strconv.Itoa(sq.Disclosure), "covers", strconv.Itoa(sq.Cover), "quote"))
		ds := d.Disclosures[sq.Disclosure]
		msg := fmt.Sprintf("the quote %q of disclosure `%s` (claim %s) is too short to count as evidence: %s and %s, where a quote needs at least %s or %s; the claim counts as unevidenced",
			sq.Quote, ds.ID, ds.Covers[sq.Cover].Topic, plural(sq.Words, "word"), plural(sq.Chars, "character"), plural(c.quotes.MinWords, "word"), plural(c.quotes.MinChars, "character"))
		if sq.Words == 0 {
			msg = fmt.Sprintf("the quote %q of disclosure `%s` (claim %s) holds no word, so it cannot count as evidence; the claim counts as unevidenced", sq.Quote, ds.ID, ds.Covers[sq.Cover].Topic)
		}
		rep.Notes = append(rep.Notes, Note{Location: loc, Message: msg})
	}
	scopes := make([]*AppliedScope, len(d.OutOfScope))
	for i, ex := range d.OutOfScope {
		loc, _ := d.Locate(policy.JoinPointer("outOfScope", strconv.Itoa(i)))
		if ex.Expires != "" && string(ex.Expires) < asOf {
			rep.Notes = append(rep.Notes, Note{Location: loc, Message: fmt.Sprintf("outOfScope[%d] set %s aside until %s; it has expired and their findings count again", i, strings.Join(ex.Rules, ", "), ex.Expires)})
			continue // expired: sets nothing aside
		}
		scopes[i] = &AppliedScope{Index: i, Area: string(ex.Area), Rules: ex.Rules, Reason: ex.Reason, Owner: ex.Owner, Approver: ex.Approver, Expires: string(ex.Expires), Location: loc}
	}
	countries := salesCountries(d)
	for i, h := range hits {
		if i&63 == 0 && ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		r := c.byPath[h.Rule]
		f, err := toFinding(r, h.Value)
		if err != nil {
			return nil, findingError(r, d, err)
		}
		f.Articles, f.ArticlesNote = articlesFor(r, countries)
		loc, exact := d.Locate(f.Path)
		f.Location, f.Nearest = loc, !exact && d.File() != ""
		if r.AppliesFrom != "" && asOf < r.AppliesFrom {
			f.Status = Upcoming
		}
		for i, ex := range d.OutOfScope {
			if scopes[i] != nil && ((ex.Area != "" && string(ex.Area) == r.Area) || slices.Contains(ex.Rules, r.ID)) {
				f.Status, f.ScopeReason, f.Scope = OutOfScope, ex.Reason, scopes[i]
			}
		}
		f.Fingerprint = fingerprint(f, d)
		rep.Findings = append(rep.Findings, f)
	}
	if err := applyWaivers(ctx, rep, d, asOf, c.skipped); err != nil {
		return nil, err
	}
	sortFindings(rep.Findings)
	slices.SortStableFunc(rep.Notes, func(a, b Note) int {
		return cmp.Or(cmp.Compare(a.Location.File, b.Location.File), cmp.Compare(a.Location.Line, b.Location.Line), cmp.Compare(a.Location.Column, b.Location.Column))
	})
	return rep, nil
}

// applyWaivers marks the open and upcoming findings that a waiver in force
// covers (same rule, path equal to or below the waiver's), and lists the
// waivers in force that cover nothing. Expired waivers waive nothing; rule
// WAIVER-EXPIRED reports them. A waiver of a skipped rule is not stale:
// its rule was not evaluated.
func applyWaivers(ctx context.Context, rep *Report, d *policy.Declaration, asOf string, skipped []string) error {
	// Waivers by rule, so that each finding looks only at its rule's.
	byRule := map[string][]int{}
	for j, w := range d.Waivers {
		byRule[w.Rule] = append(byRule[w.Rule], j)
	}
	used := make([]bool, len(d.Waivers))
	for i := range rep.Findings {
		if i&63 == 0 && ctx.Err() != nil {
			return context.Cause(ctx)
		}
		f := &rep.Findings[i]
		if f.Status != Open && f.Status != Upcoming {
			continue
		}
		for _, j := range byRule[f.RuleID] {
			w := d.Waivers[j]
			if string(w.Expires) < asOf || !covers(w.Path, f.Path) {
				continue
			}
			loc, _ := d.Locate(policy.JoinPointer("waivers", strconv.Itoa(j)))
			f.Status = Waived
			f.Waiver = &AppliedWaiver{Index: j, Reason: w.Reason, Owner: w.Owner, Approver: w.Approver, Ticket: w.Ticket, Expires: string(w.Expires), Location: loc}
			used[j] = true
			break
		}
	}
	for j, w := range d.Waivers {
		if used[j] || string(w.Expires) < asOf {
			continue
		}
		if _, skip := slices.BinarySearch(skipped, w.Rule); skip {
			continue
		}
		loc, _ := d.Locate(policy.JoinPointer("waivers", strconv.Itoa(j)))
		rep.StaleWaivers = append(rep.StaleWaivers, StaleWaiver{Index: j, Rule: w.Rule, Path: w.Path, Expires: string(w.Expires), Location: loc})
	}
	return nil
}

// covers reports whether a waiver's path covers a finding's path: the same
// place or a place inside it ("" covers every place).
func covers(waiver, finding string) bool {
	return waiver == "" || finding == waiver || strings.HasPrefix(finding, waiver+"/")
}

func fingerprint(f Finding, d *policy.Declaration) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%s\x00%s", f.RuleID, filepath.ToSlash(filepath.Clean(d.File())), d.Document(), f.Path, f.Message)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Validate makes the checks of a loaded declaration that depend on the
// checker: its rules and its as-of date. Out-of-scope rule ids must name a
// rule (a typo there would otherwise count findings the author meant to set
// aside), and no waiver may expire more than the waiver horizon
// (WithMaxWaiverDays) after the as-of date. It returns policy.Errors with
// positions; Check calls it first and judges nothing if it fails.
//
// Options set the as-of date (AsOf) and add the waivers of waivers files
// (Waivers), as for Check.
func (c *Checker) Validate(d *policy.Declaration, opts ...CheckOption) error {
	if d == nil {
		return errors.New("checker: nil declaration")
	}
	cfg, err := c.checkConfig(opts)
	if err != nil {
		return err
	}
	return c.validate(cfg.withWaivers(d), cfg.asOf)
}

// validate is Validate as of a date.
func (c *Checker) validate(d *policy.Declaration, asOf time.Time) error {
	var errs policy.Errors
	own := d.OwnWaivers()
	for i, w := range d.Waivers {
		pos, _ := d.Locate(policy.JoinPointer("waivers", strconv.Itoa(i), "expires"))
		field := fmt.Sprintf("waivers[%d].expires", i)
		if i >= own {
			field = "expires" // in a waivers file, located at the waiver
		}
		if e := c.checkExpiry(asOf, "the waiver of "+w.Rule, w.Expires, pos, field); e != nil {
			errs = append(errs, e)
		}
	}
	for i, ex := range d.OutOfScope {
		if ex.Expires == "" {
			continue
		}
		pos, _ := d.Locate(policy.JoinPointer("outOfScope", strconv.Itoa(i), "expires"))
		if e := c.checkExpiry(asOf, "setting "+strings.Join(ex.Rules, ", ")+" aside", ex.Expires, pos, fmt.Sprintf("outOfScope[%d].expires", i)); e != nil {
			errs = append(errs, e)
		}
	}
	for i, ex := range d.OutOfScope {
		for j, id := range ex.Rules {
			if _, ok := c.Rule(id); ok {
				continue
			}
			ptr := policy.JoinPointer("outOfScope", strconv.Itoa(i), "rules", strconv.Itoa(j))
			pos, _ := d.Locate(ptr)
			errs = append(errs, &policy.Error{Position: pos, Code: policy.CodeDanglingRef, Field: fmt.Sprintf("outOfScope[%d].rules[%d]", i, j), Message: fmt.Sprintf("no rule %q (art22 rules lists them)", id)})
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// undefinedMark is what a Rego template string renders for an undefined
// value. A finding that holds it would say something the rule did not mean
// to, so it fails the check: a rule that fires must say why.
const undefinedMark = "<undefined>"

// ValidateWaivers checks waivers kept apart from declarations (a waivers
// file), at their positions, as Validate checks a declaration's own. An
// AsOf option sets the as-of date the horizon counts from.
func (c *Checker) ValidateWaivers(ws []policy.Waiver, positions []policy.Position, opts ...CheckOption) error {
	cfg, err := c.checkConfig(opts)
	if err != nil {
		return err
	}
	var errs policy.Errors
	for i, w := range ws {
		var pos policy.Position
		if i < len(positions) {
			pos = positions[i]
		}
		if e := c.checkExpiry(cfg.asOf, "the waiver of "+w.Rule, w.Expires, pos, "expires"); e != nil {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// checkExpiry refuses a waiver, or rules set aside, whose expiry date is
// past the horizon.
func (c *Checker) checkExpiry(asOf time.Time, what string, expires policy.Date, pos policy.Position, field string) *policy.Error {
	limit := asOf.AddDate(0, 0, c.maxWaiverDays).Format(time.DateOnly)
	if string(expires) <= limit {
		return nil
	}
	return &policy.Error{Position: pos, Code: policy.CodeLimit, Field: field, Limit: "MaxWaiverDays",
		Message: fmt.Sprintf("%s expires %s, more than %d days after the as-of date %s (%s at the latest): an accepted finding is reviewed again within that time", what, expires, c.maxWaiverDays, asOf.Format(time.DateOnly), limit)}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func toFinding(r *Rule, v map[string]any) (Finding, error) {
	for k := range v {
		if k != "message" && k != "path" && k != "because" {
			return Finding{}, fmt.Errorf("unknown key %q (a finding has message, path and because)", k)
		}
	}
	msg, ok := v["message"].(string)
	if !ok || strings.TrimSpace(msg) == "" {
		return Finding{}, errors.New("message must be non-empty text")
	}
	if strings.Contains(msg, undefinedMark) {
		return Finding{}, fmt.Errorf("message %q holds %s: a value it names is undefined", msg, undefinedMark)
	}
	path, err := toPointer(v["path"])
	if err != nil {
		return Finding{}, err
	}
	rawBecause, ok := v["because"].([]any)
	if !ok || len(rawBecause) == 0 {
		return Finding{}, errors.New("because must be a non-empty array of text: the facts that made the rule fire")
	}
	because := make([]string, len(rawBecause))
	for i, b := range rawBecause {
		s, ok := b.(string)
		if !ok || s == "" {
			return Finding{}, fmt.Errorf("because[%d] must be non-empty text", i)
		}
		if strings.Contains(s, undefinedMark) {
			return Finding{}, fmt.Errorf("because[%d] %q holds %s: a value it names is undefined", i, s, undefinedMark)
		}
		because[i] = s
	}
	return Finding{
		RuleID: r.ID, Title: r.Title, Severity: r.Severity, Status: Open,
		Articles: r.Articles, Message: msg, Because: because,
		Remediation: r.Remediation, Sources: r.Sources, Path: path,
		AppliesFrom: r.AppliesFrom, Area: r.Area, Pack: packName(r.Pack),
	}, nil
}

// toPointer turns a finding's path, an array of keys and indices or a JSON
// Pointer string, into a JSON Pointer.
func toPointer(v any) (string, error) {
	switch p := v.(type) {
	case string:
		if p != "" && !strings.HasPrefix(p, "/") {
			return "", fmt.Errorf("path %q is not a JSON Pointer", p)
		}
		return p, nil
	case []any:
		toks := make([]string, len(p))
		for i, t := range p {
			switch t := t.(type) {
			case string:
				toks[i] = t
			case json.Number:
				if _, err := t.Int64(); err != nil {
					return "", fmt.Errorf("path[%d] %s is not an index", i, t)
				}
				toks[i] = t.String()
			default:
				return "", fmt.Errorf("path[%d] must be a key or an index, got %T", i, t)
			}
		}
		return policy.JoinPointer(toks...), nil
	}
	return "", fmt.Errorf("path must be an array of keys and indices, got %T", v)
}

func sortFindings(fs []Finding) {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Location.File, b.Location.File),
			cmp.Compare(a.Location.Line, b.Location.Line),
			cmp.Compare(a.Location.Column, b.Location.Column),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// texts lists the texts a declaration's disclosures are judged on.
func texts(d *policy.Declaration) []Text {
	out := make([]Text, 0, len(d.Disclosures))
	for _, ds := range d.Disclosures {
		o := ds.Judged()
		out = append(out, Text{Disclosure: string(ds.ID), File: o.File, Section: o.Section, SHA256: o.SHA256})
	}
	return out
}

func packName(pack string) string {
	if pack == "art22" {
		return ""
	}
	return pack
}
