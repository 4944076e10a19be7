# A minimal image of art22: the static binary alone, on an empty base.
#
#   make image                      # or: docker build --build-arg VERSION=v0.4.1 -t art22:v0.4.1 .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" art22:v0.4.1 \
#     check --fail-on violation --format sarif=art22.sarif underwriting/
#
# The image has no shell: it runs art22 and nothing else. A CI job whose script needs a
# shell (GitLab CI) installs art22 with go install instead (docs/ci.md).

FROM golang:1.26 AS build
ARG VERSION=devel
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath \
      -ldflags "-s -w -X github.com/art22/checker/internal/version.Override=${VERSION}" \
      -o /out/art22 ./cmd/art22 \
 && mkdir -p /out/tmp && chmod 1777 /out/tmp

FROM scratch
COPY --from=build /out/art22 /art22
# Reports to standard output are spooled in the temporary directory first.
COPY --from=build /out/tmp /tmp
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/art22"]
