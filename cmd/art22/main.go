// Command art22 checks an insurer's automated underwriting declaration
// against the GDPR. See art22 --help.
package main

import (
	"os"

	"github.com/art22/checker/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
