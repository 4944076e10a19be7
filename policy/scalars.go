package policy

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
)

// A scalar is a type written as one YAML scalar and checked as it is decoded.
type scalar interface {
	setScalar(value string) error
}

// Duration is a period written the way people say it: "72 hours", "30 days",
// "6 months", "10 years", or "indefinite". Months count as 30.4375 days and
// years as 365.25 days when durations are compared.
type Duration struct {
	Text       string
	Hours      float64
	Indefinite bool
}

var durationRE = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?) *(hour|hours|day|days|week|weeks|month|months|year|years)$`)

var hoursPer = map[string]float64{
	"hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30.4375, "year": 24 * 365.25,
}

func (d *Duration) setScalar(v string) error {
	s := strings.TrimSpace(v)
	if s == "indefinite" {
		*d = Duration{Text: s, Indefinite: true}
		return nil
	}
	m := durationRE.FindStringSubmatch(s)
	if m == nil {
		return invalidf("%q is not a duration: write a number and a unit (hours, days, weeks, months, years), e.g. \"72 hours\" or \"6 months\", or \"indefinite\"", v)
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil || math.IsInf(n, 0) || n > 1e6 {
		return invalidf("%q is not a usable duration", v)
	}
	*d = Duration{Text: s, Hours: n * hoursPer[strings.TrimSuffix(m[2], "s")]}
	return nil
}

// ParseDuration reads a duration written as in a declaration ("72 hours",
// "6 months", "indefinite"), for a declaration built in Go.
func ParseDuration(s string) (Duration, error) {
	var d Duration
	if p, code := controlProblem(s, false); p != "" {
		return Duration{}, &codedError{code, p}
	}
	err := d.setScalar(s)
	return d, err
}

// Declared reports whether the duration was written in the declaration.
func (d Duration) Declared() bool { return d.Text != "" }

// Date is a calendar date written YYYY-MM-DD, in the years 1900 to 2200.
type Date string

var dateType = reflect.TypeFor[Date]()

// The range of years of a date: wide enough for any record, narrow enough
// that date arithmetic in the rules (nanoseconds since 1970 in an int64,
// which ends in 2262) cannot overflow.
const (
	MinYear = 1900
	MaxYear = 2200
)

func (d *Date) setScalar(v string) error {
	t, err := ParseDate(v)
	if err != nil {
		return err
	}
	*d = Date(t.Format(time.DateOnly))
	return nil
}

// ParseDate parses a date written YYYY-MM-DD and checks that its year is
// from MinYear to MaxYear.
func ParseDate(v string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, invalidf("%q is not a date: write it as YYYY-MM-DD", v)
	}
	if err := CheckYear(t); err != nil {
		return time.Time{}, fmt.Errorf("%q: %w", v, err)
	}
	return t, nil
}

// CheckYear reports a time whose year is outside MinYear to MaxYear.
func CheckYear(t time.Time) error {
	if y := t.Year(); y < MinYear || y > MaxYear {
		return &codedError{CodeDateRange, fmt.Sprintf("year %d is outside the years art22 judges (%d to %d)", y, MinYear, MaxYear)}
	}
	return nil
}

// Money is an amount with its currency, written "EUR 300000" (ISO 4217 code,
// then the amount; spaces, commas and apostrophes inside the amount are
// ignored).
type Money struct {
	Currency string
	Amount   float64
}

var moneyRE = regexp.MustCompile(`^([A-Z]{3}) +([0-9][0-9 ,']*(?:\.[0-9]+)?)$`)

func (m *Money) setScalar(v string) error {
	g := moneyRE.FindStringSubmatch(strings.TrimSpace(v))
	if g == nil {
		return invalidf("%q is not an amount: write the currency code then the amount, e.g. \"EUR 300000\"", v)
	}
	n, err := strconv.ParseFloat(strings.NewReplacer(" ", "", ",", "", "'", "").Replace(g[2]), 64)
	if err != nil || math.IsInf(n, 0) {
		return invalidf("%q is not an amount", v)
	}
	*m = Money{Currency: g[1], Amount: n}
	return nil
}

// ParseMoney reads an amount written as in a declaration ("EUR 300000"),
// for a declaration built in Go.
func ParseMoney(s string) (Money, error) {
	var m Money
	if p, code := controlProblem(s, false); p != "" {
		return Money{}, &codedError{code, p}
	}
	err := m.setScalar(s)
	return m, err
}

// text is the amount as a declaration writes it.
func (m Money) text() string {
	return m.Currency + " " + strconv.FormatFloat(m.Amount, 'f', -1, 64)
}

// Country is an ISO 3166-1 alpha-2 country code, such as IS, DE or GB.
type Country string

func (c *Country) setScalar(v string) error {
	if _, ok := slices.BinarySearch(countryCodes, v); !ok {
		msg := fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 country code (e.g. IS, DE, FR, GB)", v)
		if v == "UK" {
			msg += "; the United Kingdom is GB"
		} else if s := Suggest(strings.ToUpper(v), countryCodes); s != "" {
			msg += "; did you mean " + s + "?"
		}
		return invalidf("%s", msg)
	}
	*c = Country(v)
	return nil
}

// ID names an entry so that other entries can refer to it: letters, digits,
// '-', '_' and '.', starting with a letter or digit.
type ID string

// validID reports whether v is an id: ^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$
// (the JSON Schema's pattern), without a regular expression: ids are many.
func validID(v string) bool {
	if len(v) == 0 || len(v) > 128 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case i > 0 && (c == '_' || c == '.' || c == '-'):
		default:
			return false
		}
	}
	return true
}

func (i *ID) setScalar(v string) error {
	if !validID(v) {
		return invalidf("%q is not a valid id: use letters, digits, '-', '_' or '.', starting with a letter or digit, at most 128 characters", v)
	}
	*i = ID(v)
	return nil
}

// countryCodes is the sorted list of ISO 3166-1 alpha-2 codes.
var countryCodes = strings.Fields(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW`)

// Suggest returns the candidate closest to s, if it is close enough to be a
// likely typo (at most 2 edits, 1 for 3 characters or fewer, or s is the
// start of the nearest): the did-you-mean of every art22 error that names a
// key or a value not allowed.
func Suggest(s string, candidates []string) string {
	if len(s) > 64 {
		return "" // no typo is that long; and distance is quadratic
	}
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := levenshtein.ComputeDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	limit := 2
	if len(s) <= 3 {
		limit = 1
	}
	if bestD <= limit || (len(s) > 4 && strings.HasPrefix(best, s)) {
		return best
	}
	return ""
}

// codedError is the error of a value, with the Code of the Error it makes.
type codedError struct {
	code Code
	msg  string
}

func (e *codedError) Error() string { return e.msg }

// invalidf is the error of a value not written as its field needs.
func invalidf(format string, args ...any) error {
	return &codedError{CodeInvalid, fmt.Sprintf(format, args...)}
}

// codeOf is the Code of an error of a value: CodeInvalid unless it says otherwise.
func codeOf(err error) Code {
	var ce *codedError
	if errors.As(err, &ce) {
		return ce.code
	}
	return CodeInvalid
}
