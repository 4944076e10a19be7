package policy

import (
	"context"
	"reflect"
	"strings"
	"sync"

	"github.com/art22/checker/internal/input/hook"
	"github.com/open-policy-agent/opa/v1/ast"
)

// The normalised input is built by one walk of the declaration, straight
// into an OPA value: no intermediate maps, no second walk to convert them.
// The checker evaluates rules on that value (through internal/input, so
// that OPA's types stay out of this package's API); Input converts it to
// plain Go values.

func init() {
	hook.Build = func(ctx context.Context, d, ev any) (ast.Value, error) {
		return d.(*Declaration).inputValue(ctx, ev.(Evaluation))
	}
}

// inputValue returns the normalised input as an OPA value, stopped when
// ctx is done: it then returns context.Cause(ctx). Checking quotes
// against long texts is the costly part.
func (d *Declaration) inputValue(ctx context.Context, ev Evaluation) (ast.Value, error) {
	n, err := d.normalized(ctx, ev)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	return astValue(reflect.ValueOf(input{Declaration: n, Evaluation: ev})), nil
}

// astField is a struct field as it appears in the input: its key term,
// built once per type.
type astField struct {
	index     int
	key       *ast.Term
	anonymous bool
}

var astPlans sync.Map // reflect.Type -> []astField

func astPlan(t reflect.Type) []astField {
	if p, ok := astPlans.Load(t); ok {
		return p.([]astField)
	}
	var plan []astField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous {
			plan = append(plan, astField{index: i, anonymous: true})
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		plan = append(plan, astField{index: i, key: ast.StringTerm(name)})
	}
	p, _ := astPlans.LoadOrStore(t, plan)
	return p.([]astField)
}

var (
	keyText       = ast.StringTerm("text")
	keyHours      = ast.StringTerm("hours")
	keyIndefinite = ast.StringTerm("indefinite")
	keyDeclared   = ast.StringTerm("declared")
	keyCurrency   = ast.StringTerm("currency")
	keyAmount     = ast.StringTerm("amount")
	emptyString   = ast.StringTerm("")
)

func stringTerm(s string) *ast.Term {
	if s == "" {
		return emptyString
	}
	return ast.StringTerm(s)
}

// astValue converts a declaration value to an OPA value, keyed by the json
// tags: durations become {text, hours, indefinite, declared} and amounts
// {currency, amount, declared}.
func astValue(v reflect.Value) ast.Value {
	switch v.Type() {
	case durationType:
		d := v.Interface().(Duration)
		return ast.NewObject(
			[2]*ast.Term{keyText, stringTerm(d.Text)},
			[2]*ast.Term{keyHours, ast.FloatNumberTerm(d.Hours)},
			[2]*ast.Term{keyIndefinite, ast.InternedTerm(d.Indefinite)},
			[2]*ast.Term{keyDeclared, ast.InternedTerm(d.Declared())},
		)
	case moneyType:
		m := v.Interface().(Money)
		return ast.NewObject(
			[2]*ast.Term{keyCurrency, stringTerm(m.Currency)},
			[2]*ast.Term{keyAmount, ast.FloatNumberTerm(m.Amount)},
			[2]*ast.Term{keyDeclared, ast.InternedTerm(m.Currency != "")},
		)
	}
	switch v.Kind() {
	case reflect.Struct:
		obj := ast.NewObjectWithCapacity(v.NumField())
		addFields(obj, v)
		return obj
	case reflect.Slice:
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			terms[i] = ast.NewTerm(astValue(v.Index(i)))
		}
		return ast.NewArray(terms...)
	case reflect.String:
		return stringTerm(v.String()).Value
	case reflect.Bool:
		return ast.InternedTerm(v.Bool()).Value
	case reflect.Float64:
		return ast.FloatNumberTerm(v.Float()).Value
	}
	panic("policy: cannot convert " + v.Type().String())
}

func addFields(obj ast.Object, v reflect.Value) {
	for _, f := range astPlan(v.Type()) {
		if f.anonymous {
			addFields(obj, v.Field(f.index))
			continue
		}
		obj.Insert(f.key, ast.NewTerm(astValue(v.Field(f.index))))
	}
}

// plainValue converts an input value to plain Go values, as encoding/json
// decodes them: map[string]any, []any, string, bool and float64.
func plainValue(v ast.Value) any {
	switch v := v.(type) {
	case ast.String:
		return string(v)
	case ast.Boolean:
		return bool(v)
	case ast.Number:
		f, _ := v.Float64() // the walk makes numbers of float64 values, exactly
		return f
	case *ast.Array:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = plainValue(v.Elem(i).Value)
		}
		return out
	case ast.Object:
		out := make(map[string]any, v.Len())
		v.Foreach(func(k, x *ast.Term) {
			out[string(k.Value.(ast.String))] = plainValue(x.Value)
		})
		return out
	}
	panic("policy: no plain value for " + ast.ValueName(v))
}
