package checker

import (
	"fmt"
	"time"

	"github.com/art22/checker/policy"
)

// CheckOption sets how one Check, Validate, CheckFile, CheckFiles or
// LoadWaiverFile call runs, without a new Checker: the rules stay compiled
// once. Options that concern files are ignored where there is none: Limits
// by Check and Validate; Jobs, FailClosed, ValidateOnly and Progress by
// all but CheckFiles.
type CheckOption func(*checkConfig)

type checkConfig struct {
	asOf         time.Time // zero: the Checker's
	waivers      []*policy.WaiverFile
	limits       policy.Limits
	jobs         int
	failClosed   bool
	validateOnly bool
	progress     func(done, total int)
}

// AsOf judges as of this date, instead of the Checker's (WithAsOf, which
// is only the default). The date is part of the input the rules evaluate,
// not of their compilation, so one Checker judges any date: obligations
// that apply from a later date are upcoming, and waivers are refused past
// the waiver horizon from this date.
func AsOf(t time.Time) CheckOption {
	return func(c *checkConfig) { c.asOf = t }
}

// Waivers adds to each declaration the waivers of these waivers files
// that apply to its file (policy.WaiverFile.For), as the art22 command's
// --waivers does. LoadWaiverFile loads a waivers file and validates its
// waivers; Validate and Check also refuse a waiver past the horizon, at
// its position in the waivers file.
func Waivers(files ...*policy.WaiverFile) CheckOption {
	return func(c *checkConfig) { c.waivers = append(c.waivers, files...) }
}

// Limits sets the loading limits of CheckFile and CheckFiles (default
// policy.DefaultLimits).
func Limits(l policy.Limits) CheckOption {
	return func(c *checkConfig) { c.limits = l }
}

// Jobs sets how many files CheckFiles loads and checks at a time (default
// 1). The reports come in the order of the files whatever the number.
func Jobs(n int) CheckOption {
	return func(c *checkConfig) { c.jobs = n }
}

// FailClosed makes CheckFiles yield no report after a file with an error
// in the input (policy.Errors): once a worker finds one, the files are
// only loaded and validated, so that every error is found and nothing
// more is judged (files before it still in flight included). A program
// that writes nothing unless every file is valid (the art22 command)
// discards the reports it was given before the error, and saves judging
// the files after it.
func FailClosed() CheckOption {
	return func(c *checkConfig) { c.failClosed = true }
}

// ValidateOnly makes CheckFiles load and validate every file and judge
// none: it yields only errors. It is the validation pass of a run that
// must not judge anything, such as one whose waivers files are invalid.
func ValidateOnly() CheckOption {
	return func(c *checkConfig) { c.validateOnly = true }
}

// Progress has CheckFiles call f once each file is done, in the order of
// the files, with how many are done and how many there are.
func Progress(f func(done, total int)) CheckOption {
	return func(c *checkConfig) { c.progress = f }
}

// checkConfig returns the options applied to the Checker's defaults.
func (c *Checker) checkConfig(opts []CheckOption) (checkConfig, error) {
	cfg := checkConfig{asOf: c.asOf, limits: policy.DefaultLimits, jobs: 1}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.asOf.IsZero() {
		cfg.asOf = c.asOf
	}
	if err := policy.CheckYear(cfg.asOf); err != nil {
		return cfg, fmt.Errorf("checker: as-of date %s: %w", cfg.asOf.Format(time.DateOnly), err)
	}
	if cfg.jobs < 1 {
		return cfg, fmt.Errorf("checker: Jobs(%d): want 1 or more", cfg.jobs)
	}
	return cfg, nil
}

// withWaivers returns d with the waivers of the waivers files that apply
// to it.
func (cfg *checkConfig) withWaivers(d *policy.Declaration) *policy.Declaration {
	for _, wf := range cfg.waivers {
		d = d.WithWaivers(wf.For(d.File()))
	}
	return d
}
