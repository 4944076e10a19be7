package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/art22/checker"
)

// Destination is one report a Sink writes: a format and where.
type Destination struct {
	// Format is the format's name (see Names).
	Format string
	// Path is the file to write; "" for the Sink's writer (standard output).
	Path string
	// Options are the formatter's options.
	Options Options
}

// CheckDestinations checks, before anything is judged, that every report
// file can be written: its directory exists and takes a new file, and the
// file, if it exists, is a regular file. Two destinations may not write the
// same file. A destination that is a symlink is written through: its Path
// is set to the file it points to, so that the report replaces that file
// and the link stays. Errors name the destination as FORMAT=PATH.
func CheckDestinations(dests []Destination) error {
	seen := map[string]string{}
	for i := range dests {
		d := &dests[i]
		if d.Path == "" {
			continue
		}
		name := d.Format + "=" + d.Path
		if st, err := os.Lstat(d.Path); err == nil {
			if st.Mode()&os.ModeSymlink != 0 {
				target, err := filepath.EvalSymlinks(d.Path)
				if err != nil {
					return fmt.Errorf("%s: a symlink to nothing that exists (%v)", name, errors.Unwrap(err))
				}
				d.Path = target
				if st, err = os.Stat(target); err != nil {
					return fmt.Errorf("%s: %v", name, err)
				}
			}
			if !st.Mode().IsRegular() {
				return fmt.Errorf("%s: exists and is not a regular file; give a file to write (or NAME alone for standard output)", name)
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: %v", name, errors.Unwrap(err))
		}
		dir := filepath.Dir(d.Path)
		st, err := os.Stat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%s: no such directory %s", name, dir)
		case err != nil:
			return fmt.Errorf("%s: %v", name, errors.Unwrap(err))
		case !st.IsDir():
			return fmt.Errorf("%s: %s is not a directory", name, dir)
		}
		probe, err := os.CreateTemp(dir, spoolPattern)
		if err != nil {
			return fmt.Errorf("%s: cannot write in %s: %v", name, dir, errors.Unwrap(err))
		}
		probe.Close()
		os.Remove(probe.Name())
		abs, _ := filepath.Abs(d.Path)
		if other, dup := seen[abs]; dup {
			return fmt.Errorf("%s: the %s report is written there too", name, other)
		}
		seen[abs] = d.Format
	}
	return nil
}

// spoolPattern names the temporary files reports are written to.
const spoolPattern = ".art22-report-*"

// Sink writes the reports of a run in several formats at once, all or
// nothing. When every format can stream (Streamer), each report added is
// written as it comes and dropped, so a batch of any size runs in bounded
// memory; otherwise the reports are held in the Run and the formats
// written by Publish.
//
// Every report is written to a spool first, a temporary file beside its
// destination (or in the system's temporary directory for the writer), and
// published only by Publish, once every report was written in full: the
// files renamed into place, then the writer's report copied to it. A run
// that fails part way, or is interrupted, calls Close without Publish: it
// leaves no report anywhere, and no spool.
type Sink struct {
	run     *Run
	dests   []Destination
	w       io.Writer
	streams []stream // nil unless streaming
	tally   Tally
	spools  []*spool // every spool created, removed by Close unless published
}

type stream struct {
	s  Streamer
	sp *spool
}

// spool is a report being written, to be published at dest.
type spool struct {
	dest Destination
	f    *os.File
	w    *bufio.Writer
	done bool // published: Close leaves it
}

// NewSink returns a Sink that writes run (Version, AsOf, Rules, FailOn;
// BaselineHidden may be set until Publish) in each format of dests, those
// with no Path to w. Check the destinations first with CheckDestinations.
func NewSink(run *Run, w io.Writer, dests ...Destination) (*Sink, error) {
	k := &Sink{run: run, dests: dests, w: w}
	var streams []stream
	for _, dest := range dests {
		f, err := New(dest.Format, dest.Options)
		if err != nil {
			return nil, err
		}
		if s, ok := f.(Streamer); ok {
			streams = append(streams, stream{s: s})
		}
	}
	if len(streams) < len(dests) {
		return k, nil // hold the reports
	}
	for i := range streams {
		sp, err := k.newSpool(dests[i])
		if err != nil {
			k.Close()
			return nil, err
		}
		streams[i].sp = sp
	}
	k.streams = streams
	return k, nil
}

func (k *Sink) newSpool(dest Destination) (*spool, error) {
	dir := "" // the system's temporary directory, for the writer
	if dest.Path != "" {
		dir = filepath.Dir(dest.Path) // so that the rename stays on one file system
	}
	f, err := os.CreateTemp(dir, spoolPattern)
	if err != nil {
		return nil, fmt.Errorf("writing the %s report: %w", dest.Format, err)
	}
	sp := &spool{dest: dest, f: f, w: bufio.NewWriter(f)}
	k.spools = append(k.spools, sp)
	return sp, nil
}

// Add writes one report to every spool, or holds it.
func (k *Sink) Add(rep *checker.Report) error {
	if k.streams == nil {
		k.run.Reports = append(k.run.Reports, rep)
		return nil
	}
	k.tally.Add(rep)
	for _, st := range k.streams {
		if err := st.s.WriteReport(st.sp.w, rep); err != nil {
			return fmt.Errorf("writing the %s report: %w", st.sp.dest.Format, err)
		}
	}
	return nil
}

// Publish writes every report in full to its spool (the summaries of
// streamed formats, or every held format), then publishes them all: the
// files first, renamed into place (mode 0644), then the writer's.
func (k *Sink) Publish() error {
	var spools []*spool
	if k.streams != nil {
		for _, st := range k.streams {
			if err := st.s.WriteSummary(st.sp.w, k.run, k.tally.Summary(k.run.BaselineHidden)); err != nil {
				return fmt.Errorf("writing the %s report: %w", st.sp.dest.Format, err)
			}
			spools = append(spools, st.sp)
		}
	} else {
		for _, dest := range k.dests {
			formatter, err := New(dest.Format, dest.Options)
			if err != nil {
				return err
			}
			sp, err := k.newSpool(dest)
			if err != nil {
				return err
			}
			if err := formatter.Format(sp.w, k.run); err != nil {
				return fmt.Errorf("writing the %s report: %w", dest.Format, err)
			}
			spools = append(spools, sp)
		}
	}
	for _, sp := range spools {
		if err := sp.w.Flush(); err != nil {
			return fmt.Errorf("writing the %s report: %w", sp.dest.Format, err)
		}
		if sp.dest.Path != "" {
			if err := sp.f.Chmod(0o644); err != nil {
				return fmt.Errorf("writing the %s report: %w", sp.dest.Format, err)
			}
			if err := sp.f.Close(); err != nil {
				return fmt.Errorf("writing the %s report: %w", sp.dest.Format, err)
			}
		}
	}
	// Every report is written: publish the files, then the writer's.
	for _, sp := range spools {
		if sp.dest.Path == "" {
			continue
		}
		if err := os.Rename(sp.f.Name(), sp.dest.Path); err != nil {
			return fmt.Errorf("writing the %s report: %w", sp.dest.Format, err)
		}
		sp.done = true
	}
	for _, sp := range spools {
		if sp.dest.Path != "" {
			continue
		}
		if _, err := sp.f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.Copy(k.w, sp.f); err != nil {
			return fmt.Errorf("writing the %s report: %w", sp.dest.Format, err)
		}
	}
	return nil
}

// Close removes every spool that was not published (and the writer's
// spool, once copied). Call it, deferred, whether Publish ran or not.
func (k *Sink) Close() error {
	for _, sp := range k.spools {
		sp.f.Close()
		if !sp.done {
			os.Remove(sp.f.Name())
		}
	}
	k.spools, k.streams = nil, nil
	return nil
}

// ParseDestination reads a destination written NAME (the Sink's writer)
// or NAME=FILE, as the art22 command's --format takes it.
func ParseDestination(spec string) (Destination, error) {
	name, path, _ := strings.Cut(spec, "=")
	if !slices.Contains(Names(), name) {
		return Destination{}, fmt.Errorf("%q: unknown format; formats: %s", name, strings.Join(Names(), ", "))
	}
	return Destination{Format: name, Path: path}, nil
}
