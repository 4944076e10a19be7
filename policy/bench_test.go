package policy

import (
	"os"
	"testing"
)

func BenchmarkLoadReference(b *testing.B) {
	data, err := os.ReadFile("../examples/reference/declaration.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("reference.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
