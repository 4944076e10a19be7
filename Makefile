# Tasks for working on art22. .ci/run calls these targets; each is a plain command
# you can also run by hand. Go and git are all they need (Chromium for the browser
# test of the HTML report, when present).

GO          ?= go
VERSION     ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
SHA256      := $(shell command -v sha256sum >/dev/null 2>&1 && echo sha256sum || echo shasum -a 256)
PLATFORMS   := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
DIST        := dist

.PHONY: fmt fmt-check lint opa test-short test race update ci release snapshot image clean

# Format Go and Rego in place.
fmt:
	gofmt -w $$(git ls-files '*.go')
	$(GO) tool opa fmt -w rules/ examples/rule-pack/

# Fail when Go or Rego is not formatted.
fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(GO) tool opa fmt --fail -l rules/ examples/rule-pack/

# Static checks: go vet, staticcheck (pinned in go.mod), opa check --strict against the input schema.
lint:
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(GO) tool opa check --strict --schema docs/input.schema.json rules/
	$(GO) tool opa check --strict -b --schema docs/input.schema.json rules/ examples/rule-pack/

# Stock OPA reads the rules and the example pack as two bundles side by side: inspect,
# build and test them as OPA users would.
opa:
	$(GO) tool opa inspect rules/ >/dev/null
	$(GO) tool opa inspect examples/rule-pack/ >/dev/null
	@d=$$(mktemp -d) && $(GO) tool opa build -b rules/ examples/rule-pack/ -o $$d/art22.tar.gz && $(GO) tool opa inspect -a $$d/art22.tar.gz >/dev/null && rm -rf $$d
	$(GO) tool opa test -b rules/ examples/rule-pack/

# The inner loop: every Go and Rego test, the generated files compared, slow integration runs skipped.
test-short:
	$(GO) test -short ./...

# The README's test command: everything.
test:
	$(GO) test ./...

# The short tests under the race detector (CI runs it beside test).
race:
	$(GO) test -race -short ./...

# Regenerate schemas, the rule catalog, the Rego fixture and golden files; review the diff.
update:
	$(GO) test ./... -update
	$(GO) tool opa fmt -w rules/

# What CI runs (see .ci/run for the rest: stock OPA, fuzzing, benchmarks, examples).
ci: fmt-check lint opa test race

# Static binaries (CGO_ENABLED=0) for every platform, with SHA-256 checksums, in dist/.
release:
	$(call build-dist,$(PLATFORMS),$(VERSION))

# What release does, for this machine's platform only, the version marked -snapshot: a
# quick check of the release build (TestReleaseSnapshot runs it).
snapshot:
	$(call build-dist,$(shell $(GO) env GOOS)/$(shell $(GO) env GOARCH),$(VERSION)-snapshot)

# build-dist builds art22 for the platforms $(1) as version $(2) into $(DIST), and
# writes SHA256SUMS (sha256sum -c SHA256SUMS checks them).
define build-dist
	rm -rf $(DIST)
	@mkdir -p $(DIST)
	@for p in $(1); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		out=$(DIST)/art22_$(2)_$${os}_$${arch}$$ext; \
		echo "building $$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath \
			-ldflags '-s -w -X github.com/art22/checker/internal/version.Override=$(2)' -o $$out ./cmd/art22 || exit 1; \
	done
	cd $(DIST) && $(SHA256) art22_* > SHA256SUMS
endef

# A minimal container image, the static binary alone (Dockerfile; needs a Docker engine).
image:
	docker build --build-arg VERSION=$(VERSION) -t art22:$(VERSION) .

clean:
	rm -rf $(DIST)
