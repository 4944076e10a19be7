package policy

import (
	"context"
	"os"
	"testing"

	"github.com/art22/checker/internal/synth"
	"github.com/open-policy-agent/opa/v1/ast"
)

func BenchmarkLoadReference(b *testing.B) {
	data, err := os.ReadFile("../examples/reference/declaration.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("../examples/reference/declaration.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInput compares the two ways of building the Rego input of the
// reference declaration: straight to an OPA value (inputValue, what the
// checker passes with EvalParsedInput), and as a Go map converted by OPA
// (what rego.EvalInput does on every call).
func BenchmarkInput(b *testing.B) {
	data, err := os.ReadFile("../examples/reference/declaration.yaml")
	if err != nil {
		b.Fatal(err)
	}
	decls, err := Load("../examples/reference/declaration.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	ev := Evaluation{AsOf: "2026-11-24"}
	b.Run("ast.Value", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decls[0].inputValue(context.Background(), ev); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("map+InterfaceToValue", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ast.InterfaceToValue(decls[0].Input(ev)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkValidate is what Check spends validating a loaded declaration
// again (the reference declaration, and a 20 KB synthetic one).
func BenchmarkValidate(b *testing.B) {
	files := map[string]string{"reference": "../examples/reference/declaration.yaml", "synth-20KB": "synth.yaml"}
	for name, data := range map[string][]byte{"reference": mustRead(b, files["reference"]), "synth-20KB": synth.Declaration(20<<10, 1)} {
		decls, err := Load(files[name], data) // the reference reads its texts beside it
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := decls[0].Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func mustRead(b *testing.B, file string) []byte {
	data, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
