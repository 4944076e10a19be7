package policy

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Validate checks a declaration as loading checks one, and returns the same
// Errors: an apiVersion other than APIVersion, a required field left out (a
// zero value) or blank, a list with too few entries, a value outside its
// list, an id, a date, a country, a duration or an amount not as loading
// would read it, a control character, a duplicate id, a reference to an id
// that does not exist, and fields that depend on each other. A declaration
// loaded from a file and not changed since is valid.
//
// An error of a declaration built in Go has no position: its Pointer says
// where (/products/0/line), and so does Error(). A loaded declaration's
// errors are located in its file, as loading locates them.
//
// A zero value is a field left out, as in a file, except a waiver's path:
// there "" is a JSON Pointer, to the whole declaration. A Duration or a
// Money must be what ParseDuration or ParseMoney makes of its text. At
// most MaxErrors errors are listed; the last one then counts the others.
func (d *Declaration) Validate() error {
	if d == nil {
		return Errors{{Code: CodeRequired, Message: "no declaration (nil)"}}
	}
	va := &validator{decl: d}
	switch d.APIVersion {
	case APIVersion:
		va.structFields(reflect.ValueOf(d).Elem())
		va.dangling(func(r pendingRef, describe func() string) {
			va.add(r.pointer, r.field, CodeDanglingRef, describe())
		})
		for i, ds := range d.Disclosures {
			if ds.TextFile != "" && ds.Origin.File == "" {
				va.add(JoinPointer("disclosures", fmt.Sprint(i), "textFile"), fmt.Sprintf("disclosures[%d].textFile", i), CodeFile,
					"the file has not been read: loading a declaration from its file reads it; for a declaration built in Go, call ReadTextFiles")
			}
		}
	default:
		va.push("apiVersion", 0)
		if d.APIVersion == "" {
			va.errorf(CodeAPIVersion, declarationFormat.noVersion, APIVersion)
		} else {
			va.errorf(CodeAPIVersion, declarationFormat.unsupported, d.APIVersion, APIVersion)
		}
	}
	if len(va.errs) == 0 {
		return nil
	}
	return va.errs.capped(d.File(), MaxErrors, va.more)
}

// validator walks a declaration's Go value with the checks the decoder
// makes of its YAML, in the same words.
type validator struct {
	idRegistry
	decl *Declaration
	errs Errors
	more int // errors past MaxErrors, counted
	// at is where the walk is: the fields and indices from the top, written
	// out only when an error or a reference needs it.
	at []step
}

// step is a field ("effect") or the index-th item of a list (name "").
type step struct {
	name  string
	index int
}

func (va *validator) push(name string, index int) { va.at = append(va.at, step{name, index}) }
func (va *validator) pop()                        { va.at = va.at[:len(va.at)-1] }

// field names the place as the decoder names fields: decisions[0].effect.
func (va *validator) field() string {
	var b strings.Builder
	for _, s := range va.at {
		switch {
		case s.name == "":
			fmt.Fprintf(&b, "[%d]", s.index)
		case b.Len() > 0:
			b.WriteByte('.')
			fallthrough
		default:
			b.WriteString(s.name)
		}
	}
	return b.String()
}

// pointer names the place as a JSON Pointer: /decisions/0/effect.
func (va *validator) pointer() string {
	var b strings.Builder
	for _, s := range va.at {
		b.WriteByte('/')
		if s.name == "" {
			b.WriteString(strconv.Itoa(s.index))
		} else {
			b.WriteString(s.name)
		}
	}
	return b.String()
}

func (va *validator) count() int { return len(va.errs) + va.more }

// errorf reports a problem at the place the walk is.
func (va *validator) errorf(code Code, format string, args ...any) {
	if len(va.errs) >= MaxErrors {
		va.more++
		return
	}
	va.add(va.pointer(), va.field(), code, fmt.Sprintf(format, args...))
}

func (va *validator) add(ptr, field string, code Code, msg string) {
	if len(va.errs) >= MaxErrors {
		va.more++
		return
	}
	pos, _ := va.decl.Locate(ptr)
	va.errs = append(va.errs, &Error{Position: pos, Code: code, Field: field, Pointer: ptr, Message: msg})
}

// structFields checks the fields of a struct, then the checks of fields
// that depend on each other.
func (va *validator) structFields(v reflect.Value) {
	si := infoFor(v.Type())
	var failed [][]int // fields whose value is refused: loading leaves them zero
	for i := range si.fields {
		fi := &si.fields[i]
		if len(va.at) == 0 && fi.name == "apiVersion" {
			continue // checked first
		}
		fv := v.FieldByIndex(fi.index)
		va.push(fi.name, 0)
		if fv.IsZero() && !fi.pointer {
			// Left out: a pointer, though, is a value even when "".
			if fi.required {
				va.errorf(CodeRequired, "%s", missingMessage(fi.name))
			}
			va.pop()
			continue
		}
		before := va.count()
		va.value(fv, fi)
		switch {
		case va.count() > before:
			if fv.Kind() != reflect.Slice {
				failed = append(failed, fi.index)
			}
		case fi.minItems > 0 && fv.Kind() == reflect.Slice && fv.Len() < fi.minItems:
			va.errorf(CodeMinItems, "%s", minItemsMessage(fi.minItems))
		case fi.required && !fi.pointer && fv.Kind() == reflect.String && strings.TrimSpace(fv.String()) == "":
			va.errorf(CodeBlank, "%s", blankMessage)
		}
		va.pop()
	}
	// The checks of fields that depend on each other see what loading
	// would have decoded: a refused value is left out.
	if len(failed) > 0 {
		cp := reflect.New(v.Type()).Elem()
		cp.Set(v)
		for _, index := range failed {
			f := cp.FieldByIndex(index)
			f.Set(reflect.Zero(f.Type()))
		}
		v = cp
	}
	va.check(v)
	for _, index := range si.inline {
		va.check(v.FieldByIndex(index))
	}
}

// check reports the problems a struct's check method finds.
func (va *validator) check(v reflect.Value) {
	c, ok := v.Addr().Interface().(checker)
	if !ok {
		return
	}
	for _, is := range c.check() {
		va.push(is.field, 0)
		va.errorf(is.code, "%s", is.message)
		va.pop()
	}
}

// value checks one value: a scalar as loading would read its text, a text
// for control characters and its list of allowed values, a list item by
// item, a struct field by field. fi is the field the value is (an item of);
// a valid id is recorded in its space.
func (va *validator) value(v reflect.Value, fi *fieldInfo) {
	switch t := v.Type(); t {
	case durationType:
		va.duration(v.Addr().Interface().(*Duration))
		return
	case moneyType:
		va.money(v.Addr().Interface().(*Money))
		return
	case dateType, countryType, idType:
		if va.scalarText(t, v.String()) {
			va.record(fi, v.String())
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		va.structFields(v)
	case reflect.Slice:
		for i := range v.Len() {
			va.push("", i)
			va.value(v.Index(i), fi)
			va.pop()
		}
	case reflect.String:
		s := v.String()
		if msg, code := controlProblem(s, fi.block); msg != "" {
			va.errorf(code, "%s", msg)
			return
		}
		if ev := enumValuesOf(v.Type()); ev != nil && !ev.set[s] {
			va.errorf(CodeEnum, "%s", enumMessage(s, ev.list))
		}
	case reflect.Bool:
	default:
		panic("policy: no validation for " + v.Type().String())
	}
}

var (
	countryType = reflect.TypeFor[Country]()
	idType      = reflect.TypeFor[ID]()
)

// scalarText reads the text of a date, a country or an id as the decoder
// does, and reports whether it is valid.
func (va *validator) scalarText(t reflect.Type, text string) bool {
	if msg, code := controlProblem(text, false); msg != "" {
		va.errorf(code, "%s", msg)
		return false
	}
	var err error
	switch t {
	case dateType:
		var x Date
		err = x.setScalar(text)
	case countryType:
		var x Country
		err = x.setScalar(text)
	case idType:
		var x ID
		err = x.setScalar(text)
	}
	if err != nil {
		va.errorf(codeOf(err), "%s", err.Error())
		return false
	}
	return true
}

func (va *validator) duration(d *Duration) {
	if d.Text == "" {
		va.errorf(CodeInvalid, "a duration without its text (%v hours, indefinite %v): build it with policy.ParseDuration", d.Hours, d.Indefinite)
		return
	}
	parsed, err := ParseDuration(d.Text)
	switch {
	case err != nil:
		va.errorf(codeOf(err), "%s", err.Error())
	case parsed != *d:
		va.errorf(CodeInvalid, "duration %q is %v hours (indefinite %v), not the %v hours (indefinite %v) given: build it with policy.ParseDuration", d.Text, parsed.Hours, parsed.Indefinite, d.Hours, d.Indefinite)
	}
}

func (va *validator) money(m *Money) {
	if m.Currency == "" {
		va.errorf(CodeInvalid, "an amount of %v without its currency: give the ISO 4217 code, e.g. EUR", m.Amount)
		return
	}
	parsed, err := ParseMoney(m.text())
	switch {
	case err != nil:
		va.errorf(codeOf(err), "%s", err.Error())
	case parsed != *m:
		va.errorf(CodeInvalid, "amount %q is not %v %v: build it with policy.ParseMoney", m.text(), m.Currency, m.Amount)
	}
}

// record notes an id the field defines or refers to. A reference to an id
// already defined is resolved at once; the others are checked once the
// whole declaration is read.
func (va *validator) record(fi *fieldInfo, id string) {
	switch {
	case fi == nil || id == "":
	case fi.refSpace != "":
		if _, ok := va.ids[fi.refSpace][id]; !ok {
			va.refer(pendingRef{space: fi.refSpace, id: id, field: va.field(), pointer: va.pointer()})
		}
	case fi.idSpace != "":
		if first, dup := va.define(fi.idSpace, id, idSite{pointer: va.pointer()}); dup {
			// Where first: its line, for a declaration loaded from a file.
			if pos, exact := va.decl.Locate(first.pointer); exact && pos.Line > 0 {
				first = idSite{line: pos.Line}
			}
			va.errorf(CodeDuplicateID, "%s", duplicateIDMessage(id, fi.idSpace, first))
		}
	}
}
