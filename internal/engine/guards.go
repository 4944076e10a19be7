package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Guarded builtins. OPA's builtins run to completion once called: a call
// neither stops at the time budget nor bounds what it allocates, and some
// produce far more than they are given (sprintf("%[1]v%[1]v...", [x]),
// concat of an array that holds one long string a million times,
// json.marshal of a value that shares its parts, numbers.range(1, 1e15)...),
// so one call can take the process down with Go's fatal out-of-memory. The
// time.* builtins read TZ and the host's zone files. Every call of a guarded
// builtin is compiled to art22's implementation (the name below prefixed
// with guardPrefix), which checks the call's arguments first and refuses a
// call whose result would pass the bounds, or evaluates it in UTC, then
// runs OPA's own implementation. Source files keep the stock names: stock
// OPA evaluates the same rules.

// MaxBuiltinBytes is the most one call of a builtin may produce, in bytes
// of text (sprintf, concat, replace, json.marshal...).
const MaxBuiltinBytes = 32 << 20

// MaxBuiltinElements is the most elements one call of a builtin may
// produce (numbers.range, array.flatten).
const MaxBuiltinElements = 1 << 20

// MaxPatternBytes is the longest regular expression or glob pattern a
// builtin compiles.
const MaxPatternBytes = 16 << 10

// MaxProductDigits bounds the digits of the numbers product multiplies,
// added up (about the digits of the product).
const MaxProductDigits = 100_000

// MaxIntBits is the largest integer, in bits, bits.lsh may produce.
const MaxIntBits = 1 << 20

// guardPrefix prefixes the names of art22's implementations of guarded
// builtins, as compiled (sprintf becomes art22.sandbox.sprintf).
const guardPrefix = "art22.sandbox."

// guard is art22's implementation of one builtin: check refuses a call
// before it runs; impl, when set, replaces OPA's implementation.
type guard struct {
	why   string
	check func(args []*ast.Term) error
	// bounded, when set, refuses a result larger than MaxBuiltinBytes
	// written out: the builtin may put one argument in its result several
	// times (array.concat(x, x)), and values that share their parts so
	// make the evaluator's own work (comparing, unifying) exponential.
	bounded bool
	impl    topdown.BuiltinFunc
}

const (
	whyOutput  = "one call can produce far more than it is given; art22 bounds the result to MaxBuiltinBytes"
	whyShared  = "the work and result follow the value written out, which can be exponentially larger than the value held (shared parts); art22 bounds it to MaxBuiltinBytes"
	whyCount   = "the result's size follows a number argument; art22 bounds it"
	whyResult  = "can hold one value many times (array.concat(x, x)): values that share their parts make the evaluator's own work exponential; art22 bounds the result, written out, to MaxBuiltinBytes"
	whyPattern = "compiles its pattern, into a cache OPA keeps for the process's life (100 patterns); a pattern of megabytes compiles to hundreds: art22 bounds patterns to MaxPatternBytes"
	whyZone    = "\"Local\" follows TZ and named zones read the host's zone files; art22 evaluates \"Local\" as UTC and refuses named zones"
)

var guards = map[string]guard{
	"sprintf":                          {why: whyOutput + " (widths, [n] indexes)", check: checkSprintf},
	"concat":                           {why: whyOutput + " (the separator between many copies)", check: checkConcat},
	"replace":                          {why: whyOutput + " (an empty pattern matches between every character)", check: checkReplace},
	"strings.replace_n":                {why: whyOutput, impl: replaceN},
	"regex.replace":                    {why: whyOutput + " (an empty match, $ expansions); " + whyPattern, check: checkPattern(1), impl: regexReplace},
	"regex.is_valid":                   {why: whyPattern, check: checkPattern(0)},
	"regex.match":                      {why: whyPattern, check: checkPattern(0)},
	"re_match":                         {why: whyPattern, check: checkPattern(0)},
	"regex.split":                      {why: whyPattern, check: checkPattern(0)},
	"regex.find_n":                     {why: whyPattern, check: checkPattern(0)},
	"regex.find_all_string_submatch_n": {why: whyPattern, check: checkPattern(0)},
	"regex.template_match":             {why: whyPattern, check: checkPattern(0)},
	"regex.globs_match":                {why: whyPattern, check: checkPattern(0, 1)},
	"glob.match":                       {why: whyPattern, check: checkPattern(0)},
	"json.marshal":                     {why: whyShared, check: checkSize(1)},
	"json.marshal_with_options":        {why: whyShared + " (with its prefix and indentation)", check: checkMarshalWithOptions},
	"yaml.marshal":                     {why: whyShared, check: checkYAMLMarshal},
	"internal.template_string":         {why: whyShared, check: checkSize(1)},
	"object.union":                     {why: whyShared, check: checkSize(2), bounded: true},
	"object.union_n":                   {why: whyShared, check: checkSize(1), bounded: true},
	"array.concat":                     {why: whyResult, bounded: true},
	"product":                          {why: "multiplies its numbers one by one in one call, in time that grows with the square of the digits (the product of a million numbers ran for minutes); art22 bounds their digits to MaxProductDigits", check: checkProduct},
	"json.patch":                       {why: whyResult + " (copy operations double it)", bounded: true},
	"numbers.range":                    {why: whyCount + " to MaxBuiltinElements", check: checkRange},
	"numbers.range_step":               {why: whyCount + " to MaxBuiltinElements", check: checkRange},
	"array.flatten":                    {why: "flattens an array that holds one large array many times; art22 bounds the result to 4 × MaxBuiltinElements", check: checkFlatten},
	"bits.lsh":                         {why: whyCount + " to MaxIntBits", check: checkShift},
	"units.parse":                      {why: "computes an exponent exactly, digit by digit; art22 refuses exponents of more than three digits", check: checkUnits},
	"units.parse_bytes":                {why: "computes an exponent exactly, digit by digit; art22 refuses exponents of more than three digits", check: checkUnits},
	"time.clock":                       {why: whyZone, check: checkZones(0)},
	"time.date":                        {why: whyZone, check: checkZones(0)},
	"time.weekday":                     {why: whyZone, check: checkZones(0)},
	"time.format":                      {why: whyZone, check: checkZones(0)},
	"time.add_date":                    {why: whyZone, check: checkZones(0)},
	"time.diff":                        {why: whyZone, check: checkZones(0, 1)},
	"time.parse_ns":                    {why: "reads a zone abbreviation (\"MST\") in the process's local zone; art22 reads it in UTC", impl: parseNanosUTC},
}

// Guarded lists the builtins art22 compiles to its own implementations.
func Guarded() []string {
	names := make([]string, 0, len(guards))
	for n := range guards {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// guardedFunc returns art22's implementation of a guarded builtin, in the
// form topdown calls.
func guardedFunc(name string, g guard) topdown.BuiltinFunc {
	stock := topdown.GetBuiltin(name)
	arity := ast.BuiltinMap[name].Decl.Arity()
	return func(bctx topdown.BuiltinContext, args []*ast.Term, iter func(*ast.Term) error) error {
		// A custom builtin is also handed its output term: drop it. A check
		// may rewrite an argument, in this copy.
		args = slices.Clone(args[:min(len(args), arity)])
		if g.check != nil {
			if err := g.check(args); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		f := stock
		if g.impl != nil {
			f = g.impl
		}
		out := iter
		if g.bounded {
			out = func(t *ast.Term) error {
				if n := valueSize(t.Value, MaxBuiltinBytes, nil); n > MaxBuiltinBytes {
					return fmt.Errorf("its result, written out, is more than the %s one builtin call may produce in art22's sandbox", humanBytes(MaxBuiltinBytes))
				}
				return iter(t)
			}
		}
		err := f(bctx, args, out)
		var te *topdown.Error
		var halt topdown.Halt
		switch {
		case err == nil:
			return nil
		case errors.As(err, &te):
			// Raised again through the custom builtin, which adds the code
			// and location itself.
			if te.Code == topdown.CancelErr {
				return topdown.Halt{Err: te}
			}
			return errors.New(te.Message)
		case errors.As(err, &halt):
			return err
		}
		return fmt.Errorf("%s: %w", name, err)
	}
}

// compilerCapabilities are Capabilities with art22's implementations of
// the guarded builtins, which compiled rules call.
func compilerCapabilities() *ast.Capabilities {
	c := Capabilities()
	decls := guardDecls()
	for _, name := range Guarded() {
		c.Builtins = append(c.Builtins, decls[guardPrefix+name])
	}
	return c
}

// guardDecls declares art22's implementations to the compiler, with the
// stock builtins' types.
func guardDecls() map[string]*ast.Builtin {
	decls := make(map[string]*ast.Builtin, len(guards))
	for name := range guards {
		stock := ast.BuiltinMap[name]
		decls[guardPrefix+name] = &ast.Builtin{Name: guardPrefix + name, Decl: stock.Decl}
	}
	return decls
}

// guardFunctions are the rego options that provide art22's implementations.
func guardFunctions() []func(*rego.Rego) {
	opts := make([]func(*rego.Rego), 0, len(guards))
	for _, name := range Guarded() {
		f := guardedFunc(name, guards[name])
		decl := &rego.Function{Name: guardPrefix + name, Decl: ast.BuiltinMap[name].Decl}
		opts = append(opts, rego.FunctionDyn(decl, func(bctx topdown.BuiltinContext, args []*ast.Term) (*ast.Term, error) {
			var out *ast.Term
			err := f(bctx, args, func(t *ast.Term) error { out = t; return nil })
			return out, err
		}))
	}
	return opts
}

// guardRefs maps the stock names to the refs of art22's implementations.
var guardRefs = func() map[string]ast.Ref {
	m := make(map[string]ast.Ref, len(guards))
	for name := range guards {
		m[name] = ast.MustParseRef(guardPrefix + name)
	}
	return m
}()

// guardHeads are the first words of the guarded builtins' names, to skip
// most refs quickly.
var guardHeads = func() map[ast.Var]bool {
	m := map[ast.Var]bool{}
	for name := range guards {
		head, _, _ := strings.Cut(name, ".")
		m[ast.Var(head)] = true
	}
	return m
}()

// rewriteGuarded is a compiler stage, run after type checking: every
// reference to a guarded builtin (a call, a with target or value) becomes a
// reference to art22's implementation.
func rewriteGuarded(c *ast.Compiler) *ast.Error {
	for _, m := range c.Modules {
		ast.WalkTerms(m, func(t *ast.Term) bool {
			ref, ok := t.Value.(ast.Ref)
			if !ok || len(ref) == 0 {
				return false
			}
			head, ok := ref[0].Value.(ast.Var)
			if !ok || !guardHeads[head] {
				return false
			}
			if g, ok := guardRefs[ref.String()]; ok {
				t.Value = g.Copy()
				return true
			}
			return false
		})
	}
	return nil
}

// cleanGuardMessage makes the message of an error raised through art22's
// implementation of a builtin read as the builtin's own:
// "art22.sandbox.sprintf: sprintf: ..." becomes "sprintf: ...".
func cleanGuardMessage(msg string) string {
	for {
		i := strings.Index(msg, guardPrefix)
		if i < 0 {
			return msg
		}
		rest := msg[i+len(guardPrefix):]
		name, tail, ok := strings.Cut(rest, ": ")
		if ok && strings.HasPrefix(tail, name+": ") {
			rest = tail
		}
		msg = msg[:i] + rest
	}
}

var errTooLarge = errors.New("too large")

// tooLarge is the error of a call whose result would pass a bound.
func tooLarge(what string, n, max int64) error {
	return fmt.Errorf("%s would be %s, more than the %s one builtin call may produce in art22's sandbox", what, humanBytes(n), humanBytes(max))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// valueSize is the size of v written out (as JSON, about), counting a part
// that v holds several times (shared) each time. It stops counting past
// limit and then returns a number greater than limit. perNode, when set,
// adds a cost for each value at its depth (indentation).
func valueSize(v ast.Value, limit int64, perNode func(depth int) int64) int64 {
	var total int64
	var walk func(v ast.Value, depth int) bool
	walk = func(v ast.Value, depth int) bool {
		if perNode != nil {
			total += perNode(depth)
		}
		switch x := v.(type) {
		case ast.String:
			total += int64(len(x)) + 2
		case ast.Number:
			total += int64(len(x))
		case ast.Boolean:
			total += 5
		case ast.Null:
			total += 4
		case *ast.Array:
			total += 2
			for i := 0; i < x.Len() && total <= limit; i++ {
				total++
				if !walk(x.Elem(i).Value, depth+1) {
					return false
				}
			}
		case ast.Set:
			total += 2
			err := x.Iter(func(t *ast.Term) error {
				total++
				if total > limit || !walk(t.Value, depth+1) {
					return errTooLarge
				}
				return nil
			})
			if err != nil {
				return false
			}
		case ast.Object:
			total += 2
			err := x.Iter(func(k, val *ast.Term) error {
				total += 2
				if total > limit || !walk(k.Value, depth+1) || !walk(val.Value, depth+1) {
					return errTooLarge
				}
				return nil
			})
			if err != nil {
				return false
			}
		default:
			total += int64(len(v.String()))
		}
		return total <= limit
	}
	walk(v, 0)
	return total
}

// checkSize refuses a call whose first n arguments are, written out, more
// than MaxBuiltinBytes: the builtin's result is about that size (marshal,
// template strings), or its work is (object.union of values that share
// their parts).
func checkSize(n int) func([]*ast.Term) error {
	return func(args []*ast.Term) error {
		var total int64
		for _, a := range args[:n] {
			total += valueSize(a.Value, MaxBuiltinBytes-total, nil)
			if total > MaxBuiltinBytes {
				return fmt.Errorf("its arguments, written out, are more than the %s one builtin call may produce in art22's sandbox", humanBytes(MaxBuiltinBytes))
			}
		}
		return nil
	}
}

func checkMarshalWithOptions(args []*ast.Term) error {
	// Pretty output puts each value on its own line, after the prefix and
	// the indentation (a tab by default) of its depth.
	prefix, indent := int64(0), int64(1)
	if opts, ok := args[1].Value.(ast.Object); ok {
		if t := opts.Get(ast.InternedTerm("prefix")); t != nil {
			if s, ok := t.Value.(ast.String); ok {
				prefix = int64(len(s))
			}
		}
		if t := opts.Get(ast.InternedTerm("indent")); t != nil {
			if s, ok := t.Value.(ast.String); ok {
				indent = max(int64(len(s)), 1)
			}
		}
	}
	perNode := func(depth int) int64 { return 1 + prefix + int64(depth+1)*indent }
	if n := valueSize(args[0].Value, MaxBuiltinBytes, perNode); n > MaxBuiltinBytes {
		return fmt.Errorf("its result, with its prefix and indentation, is more than the %s one builtin call may produce in art22's sandbox", humanBytes(MaxBuiltinBytes))
	}
	return nil
}

func checkYAMLMarshal(args []*ast.Term) error {
	perNode := func(depth int) int64 { return 4 + 2*int64(depth) }
	if n := valueSize(args[0].Value, MaxBuiltinBytes, perNode); n > MaxBuiltinBytes {
		return fmt.Errorf("its result, with indentation, is more than the %s one builtin call may produce in art22's sandbox", humanBytes(MaxBuiltinBytes))
	}
	return nil
}

// checkSprintf estimates, from above, the length of sprintf's result: the
// format, each verb's width or precision, and each argument as often as
// the format may use it (Go's fmt bounds widths to 1e6).
func checkSprintf(args []*ast.Term) error {
	format, ok := args[0].Value.(ast.String)
	if !ok {
		return nil
	}
	arr, ok := args[1].Value.(*ast.Array)
	if !ok {
		return nil
	}
	verbs, widths, indexed, expands := scanFormat(string(format))
	var sum, largest int64
	for i := 0; i < arr.Len(); i++ {
		v := arr.Elem(i).Value
		n := valueSize(v, MaxBuiltinBytes, nil)
		switch _, isString := v.(ast.String); {
		case expands:
			n *= 10 // %q, %x and %U write a character as up to ten
		case !isString:
			n *= 6 // a composite is written in Rego, its strings quoted: "\u0000"
		}
		sum += n
		largest = max(largest, n)
		if sum > 10*MaxBuiltinBytes {
			break
		}
	}
	est := int64(len(format)) + widths + 32*verbs
	if indexed {
		// Explicit argument indexes ([n]) may use one argument many times.
		est += verbs * largest
	} else {
		est += sum
	}
	if est > MaxBuiltinBytes {
		return fmt.Errorf("its result could be as large as %s, more than the %s one builtin call may produce in art22's sandbox", humanBytes(est), humanBytes(MaxBuiltinBytes))
	}
	return nil
}

// scanFormat counts a Go format's verbs, adds up their widths and
// precisions (1e6, fmt's largest, for *), and says whether it indexes its
// arguments explicitly and whether a verb may write a character as several
// (%q, %x, %X, %U).
func scanFormat(f string) (verbs, widths int64, indexed, expands bool) {
	const fmtMaxWidth = 1e6
	num := func(i int) (int, int64) {
		var n int64
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			n = min(n*10+int64(f[i]-'0'), fmtMaxWidth)
			i++
		}
		return i, n
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		if i < len(f) && f[i] == '%' {
			continue
		}
		verbs++
		var w, p int64
		for i < len(f) {
			switch {
			case f[i] == '[':
				indexed = true
				for i < len(f) && f[i] != ']' {
					i++
				}
				i++
			case f[i] == '*':
				w = max(w, fmtMaxWidth)
				i++
			case f[i] >= '0' && f[i] <= '9':
				var n int64
				i, n = num(i)
				w = max(w, n)
			case f[i] == '.':
				i++
				var n int64
				i, n = num(i)
				p = max(p, n)
			default:
				goto verb
			}
		}
	verb:
		widths += w + p
		if i < len(f) && strings.IndexByte("qxXU", f[i]) >= 0 {
			expands = true
		}
	}
	return verbs, widths, indexed, expands
}

func checkConcat(args []*ast.Term) error {
	delim, ok := args[0].Value.(ast.String)
	if !ok {
		return nil
	}
	var total, n int64
	add := func(t *ast.Term) error {
		if s, ok := t.Value.(ast.String); ok {
			total += int64(len(s))
		}
		n++
		if total+n*int64(len(delim)) > MaxBuiltinBytes {
			return errTooLarge
		}
		return nil
	}
	var err error
	switch c := args[1].Value.(type) {
	case *ast.Array:
		err = c.Iter(add)
	case ast.Set:
		err = c.Iter(add)
	}
	if err != nil {
		return tooLarge("its result", total+n*int64(len(delim)), MaxBuiltinBytes)
	}
	return nil
}

func checkReplace(args []*ast.Term) error {
	s, ok1 := args[0].Value.(ast.String)
	old, ok2 := args[1].Value.(ast.String)
	repl, ok3 := args[2].Value.(ast.String)
	if !ok1 || !ok2 || !ok3 || len(repl) <= len(old) {
		return nil
	}
	var n int64
	if old == "" {
		n = int64(len(s)) + 1
	} else {
		n = int64(strings.Count(string(s), string(old)))
	}
	if size := int64(len(s)) + n*int64(len(repl)-len(old)); size > MaxBuiltinBytes {
		return tooLarge("its result", size, MaxBuiltinBytes)
	}
	return nil
}

// limitBuffer is a buffer that refuses to grow past MaxBuiltinBytes.
type limitBuffer struct {
	bytes.Buffer
	cancel topdown.Cancel
}

var errCancelled = &topdown.Error{Code: topdown.CancelErr, Message: "evaluation cancelled"}

func (b *limitBuffer) Write(p []byte) (int, error) {
	if b.cancel != nil && b.cancel.Cancelled() {
		return 0, errCancelled
	}
	if int64(b.Len())+int64(len(p)) > MaxBuiltinBytes {
		return 0, tooLarge("its result", int64(b.Len())+int64(len(p)), MaxBuiltinBytes)
	}
	return b.Buffer.Write(p)
}

func (b *limitBuffer) WriteString(s string) (int, error) {
	return b.Write([]byte(s))
}

// replaceN is OPA's strings.replace_n, writing into a bounded buffer.
func replaceN(bctx topdown.BuiltinContext, args []*ast.Term, iter func(*ast.Term) error) error {
	patterns, ok := args[0].Value.(ast.Object)
	if !ok {
		return topdown.GetBuiltin("strings.replace_n")(bctx, args, iter)
	}
	s, ok := args[1].Value.(ast.String)
	if !ok {
		return topdown.GetBuiltin("strings.replace_n")(bctx, args, iter)
	}
	keys := patterns.Keys()
	slices.SortFunc(keys, ast.TermValueCompare)
	pairs := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		kv, ok1 := k.Value.(ast.String)
		vv, ok2 := patterns.Get(k).Value.(ast.String)
		if !ok1 || !ok2 {
			return topdown.GetBuiltin("strings.replace_n")(bctx, args, iter)
		}
		pairs = append(pairs, string(kv), string(vv))
	}
	buf := &limitBuffer{cancel: bctx.Cancel}
	if _, err := strings.NewReplacer(pairs...).WriteString(buf, string(s)); err != nil {
		return err
	}
	return iter(ast.StringTerm(buf.String()))
}

// regexReplace is OPA's regex.replace, writing into a bounded buffer.
func regexReplace(bctx topdown.BuiltinContext, args []*ast.Term, iter func(*ast.Term) error) error {
	base, ok1 := args[0].Value.(ast.String)
	pattern, ok2 := args[1].Value.(ast.String)
	value, ok3 := args[2].Value.(ast.String)
	if !ok1 || !ok2 || !ok3 {
		return topdown.GetBuiltin("regex.replace")(bctx, args, iter)
	}
	// Without "$", each match is replaced by value: a cheap bound. Within
	// it, OPA's implementation (and its cache of compiled patterns) runs.
	if !strings.Contains(string(value), "$") {
		if size := int64(len(base)) + (int64(len(base))+1)*int64(len(value)); size <= MaxBuiltinBytes {
			return topdown.GetBuiltin("regex.replace")(bctx, args, iter)
		}
	}
	re, err := regexp.Compile(string(pattern))
	if err != nil {
		return err
	}
	src, repl := []byte(base), []byte(value)
	buf := &limitBuffer{cancel: bctx.Cancel}
	last := 0
	var exp []byte
	for _, m := range re.FindAllSubmatchIndex(src, -1) {
		if _, err := buf.Write(src[last:m[0]]); err != nil {
			return err
		}
		exp = re.Expand(exp[:0], repl, src, m)
		if _, err := buf.Write(exp); err != nil {
			return err
		}
		last = m[1]
	}
	if _, err := buf.Write(src[last:]); err != nil {
		return err
	}
	if buf.String() == string(base) {
		return iter(args[0])
	}
	return iter(ast.StringTerm(buf.String()))
}

// float reads a number argument as a float64 (±Inf when it is too large).
func float(t *ast.Term) (float64, bool) {
	n, ok := t.Value.(ast.Number)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return f, true
}

func checkRange(args []*ast.Term) error {
	a, ok1 := float(args[0])
	b, ok2 := float(args[1])
	if !ok1 || !ok2 {
		return nil
	}
	step := 1.0
	if len(args) > 2 {
		s, ok := float(args[2])
		if !ok || s <= 0 {
			return nil
		}
		step = s
	}
	if n := math.Abs(b-a)/step + 1; n > MaxBuiltinElements || math.IsNaN(n) {
		return fmt.Errorf("the range would hold %.4g numbers, more than the %d one builtin call may produce in art22's sandbox", n, MaxBuiltinElements)
	}
	return nil
}

func checkFlatten(args []*ast.Term) error {
	arr, ok := args[0].Value.(*ast.Array)
	if !ok {
		return nil
	}
	var n int64
	for i := 0; i < arr.Len(); i++ {
		if nested, ok := arr.Elem(i).Value.(*ast.Array); ok {
			n += int64(nested.Len())
		} else {
			n++
		}
	}
	if n > 4*MaxBuiltinElements {
		return fmt.Errorf("the result would hold %d elements, more than the %d one builtin call may produce in art22's sandbox", n, 4*MaxBuiltinElements)
	}
	return nil
}

func checkShift(args []*ast.Term) error {
	x, ok1 := args[0].Value.(ast.Number)
	s, ok2 := float(args[1])
	if !ok1 || !ok2 {
		return nil
	}
	// A decimal digit is less than four bits.
	if bits := float64(4*len(x)) + s; bits > MaxIntBits {
		return fmt.Errorf("the result would have about %.4g bits, more than the %d one builtin call may produce in art22's sandbox", bits, MaxIntBits)
	}
	return nil
}

// checkUnits refuses numbers written with an exponent of more than three
// digits: units.parse computes them exactly, digit by digit.
func checkUnits(args []*ast.Term) error {
	s, ok := args[0].Value.(ast.String)
	if !ok {
		return nil
	}
	if i := strings.IndexAny(string(s), "eE"); i >= 0 {
		digits := strings.TrimLeft(strings.TrimLeft(string(s[i+1:]), "+-"), "0")
		n := 0
		for n < len(digits) && digits[n] >= '0' && digits[n] <= '9' {
			n++
		}
		if n > 3 {
			return errors.New("the number's exponent has more than three digits, more than art22's sandbox computes")
		}
	}
	return nil
}

// checkProduct refuses a product whose numbers have more than
// MaxProductDigits digits in all.
func checkProduct(args []*ast.Term) error {
	var digits int64
	add := func(t *ast.Term) error {
		if n, ok := t.Value.(ast.Number); ok {
			digits += int64(len(n))
		}
		if digits > MaxProductDigits {
			return errTooLarge
		}
		return nil
	}
	var err error
	switch c := args[0].Value.(type) {
	case *ast.Array:
		err = c.Iter(add)
	case ast.Set:
		err = c.Iter(add)
	}
	if err != nil {
		return fmt.Errorf("its numbers have more than %d digits in all, more than art22's sandbox multiplies in one call", MaxProductDigits)
	}
	return nil
}

// checkPattern refuses patterns longer than MaxPatternBytes.
func checkPattern(argIdx ...int) func([]*ast.Term) error {
	return func(args []*ast.Term) error {
		for _, i := range argIdx {
			if s, ok := args[i].Value.(ast.String); ok && len(s) > MaxPatternBytes {
				return fmt.Errorf("a pattern of %s is more than the %s art22's sandbox compiles", humanBytes(int64(len(s))), humanBytes(MaxPatternBytes))
			}
		}
		return nil
	}
}

// checkZones pins time zones to UTC: "" and "UTC" are UTC, "Local" (which
// is TZ) is evaluated as UTC, and a named zone, read from the host's zone
// files, is refused, so that no result depends on the host.
func checkZones(argIdx ...int) func([]*ast.Term) error {
	return func(args []*ast.Term) error {
		for _, i := range argIdx {
			arr, ok := args[i].Value.(*ast.Array)
			if !ok || arr.Len() < 2 {
				continue
			}
			zone, ok := arr.Elem(1).Value.(ast.String)
			if !ok {
				continue
			}
			switch zone {
			case "", "UTC":
			case "Local":
				cpy := arr.Copy()
				cpy.Set(1, ast.StringTerm("UTC"))
				args[i] = ast.NewTerm(cpy)
			default:
				return fmt.Errorf("time zone %q is not allowed: named zones are read from the host's zone files and depend on them; rules evaluate times in UTC (\"Local\" is UTC too)", string(zone))
			}
		}
		return nil
	}
}

// parseNanosUTC is OPA's time.parse_ns, with a zone abbreviation in the
// value ("MST") read in UTC instead of the process's local zone.
func parseNanosUTC(bctx topdown.BuiltinContext, args []*ast.Term, iter func(*ast.Term) error) error {
	layout, ok1 := args[0].Value.(ast.String)
	value, ok2 := args[1].Value.(ast.String)
	if !ok1 || !ok2 {
		return topdown.GetBuiltin("time.parse_ns")(bctx, args, iter)
	}
	l := string(layout)
	if std, ok := namedLayouts[l]; ok {
		l = std
	}
	t, err := time.ParseInLocation(l, string(value), time.UTC)
	if err != nil {
		return err
	}
	// As OPA: a time outside int64 nanoseconds is an error.
	if t.Before(minNanosTime) || t.After(maxNanosTime) {
		return errors.New("time outside of valid range")
	}
	return iter(ast.NumberTerm(json.Number(strconv.FormatInt(t.UnixNano(), 10))))
}

var minNanosTime, maxNanosTime = time.Unix(0, math.MinInt64), time.Unix(0, math.MaxInt64)

// namedLayouts are the layout names time.parse_ns accepts besides layouts.
var namedLayouts = map[string]string{
	"ANSIC":       time.ANSIC,
	"UnixDate":    time.UnixDate,
	"RubyDate":    time.RubyDate,
	"RFC822":      time.RFC822,
	"RFC822Z":     time.RFC822Z,
	"RFC850":      time.RFC850,
	"RFC1123":     time.RFC1123,
	"RFC1123Z":    time.RFC1123Z,
	"RFC3339":     time.RFC3339,
	"RFC3339Nano": time.RFC3339Nano,
}
