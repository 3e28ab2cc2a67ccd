package study

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func saved(t *testing.T, p *Progress, path string) {
	t.Helper()
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	_, qs := testDeck(20)
	p, _ := New(Options{Retention: 0.85, Fuzz: true})
	for i, q := range qs {
		record(t, p, q, i%3 != 0, day0.Add(timeMinutes(i)))
		if i%2 == 0 {
			p.Record(q, Answer{Correct: true, Feel: Feel(i % 3), At: day(2 + i%5)})
		}
	}
	path := filepath.Join(t.TempDir(), "sub", "progress.json")
	saved(t, p, path)
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Options() != p.Options() {
		t.Errorf("options %+v, want %+v", back.Options(), p.Options())
	}
	if !slices.EqualFunc(back.History(), p.History(), func(a, b Review) bool {
		return a.ID == b.ID && a.Ref == b.Ref && a.At.Equal(b.At) && a.Rating == b.Rating && a.Correct == b.Correct
	}) {
		t.Errorf("history differs after a round trip")
	}
	want, got := p.Cards(), back.Cards()
	if len(got) != len(want) {
		t.Fatalf("%d cards, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].FSRS != want[i].FSRS || got[i].Reviews != want[i].Reviews || !slices.Equal(got[i].Topic.Tasks, want[i].Topic.Tasks) {
			t.Errorf("card %s\n%+v\nwant\n%+v", want[i].Ref, got[i], want[i])
		}
	}
	// Saving again what was loaded writes the same bytes.
	first, _ := os.ReadFile(path)
	saved(t, back, path)
	second, _ := os.ReadFile(path)
	if !bytes.Equal(first, second) {
		t.Errorf("a second save changed the file")
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestOpenMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.json")
	if _, err := Load(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v", err)
	}
	p, err := Open(path, Options{MaxDays: 30})
	if err != nil || p.Options().MaxDays != 30 {
		t.Fatalf("Open of a missing file: %v, %+v", err, p)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open created the file")
	}
}

// Every file that cannot be read gives an error naming the file and the
// problem, and neither Load nor Save changes it.
func TestBadFilesAreRefusedAndKept(t *testing.T) {
	good := func() []byte {
		p := newProgress(t)
		_, qs := testDeck(3)
		for _, q := range qs {
			record(t, p, q, true, day0)
		}
		var b bytes.Buffer
		p.Encode(&b)
		return b.Bytes()
	}()
	cases := map[string]struct {
		data []byte
		want error
		says string
	}{
		"truncated":      {good[:len(good)/2], ErrCorrupt, "unexpected end"},
		"empty":          {nil, ErrCorrupt, "unexpected end"},
		"not json":       {[]byte("<html>"), ErrCorrupt, "invalid character"},
		"other format":   {[]byte(`{"format":"anki","version":1}`), ErrCorrupt, "format"},
		"no version":     {[]byte(`{"format":"awsnotes-study-progress"}`), ErrCorrupt, "version 0"},
		"future version": {[]byte(`{"format":"awsnotes-study-progress","version":2,"cards":{}}`), ErrVersion, "version 2"},
		"unknown field":  {bytes.Replace(good, []byte(`"reviews"`), []byte(`"extra": 1, "reviews"`), 1), ErrCorrupt, "extra"},
		"bad rating":     {bytes.Replace(good, []byte(`"rating":3`), []byte(`"rating":9`), 1), ErrCorrupt, "rating 9"},
		"repeated id": {bytes.Replace(good, []byte(`"reviews": [`),
			[]byte(`"reviews": [{"id":"x","ref":"a","at":"2026-01-01T00:00:00Z","rating":1},{"id":"x","ref":"a","at":"2026-01-01T00:00:00Z","rating":1},`), 1), ErrCorrupt, "repeats id"},
		"trailing data": {append(slices.Clone(good), []byte("{}")...), ErrCorrupt, "after"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "progress.json")
			os.WriteFile(path, c.data, 0o600)
			_, err := Load(path)
			var fe *FileError
			if !errors.Is(err, c.want) || !errors.As(err, &fe) || fe.Path != path {
				t.Fatalf("Load: %v, want %v naming the file", err, c.want)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q does not name the file and %q", err, c.says)
			}
			p := newProgress(t)
			record(t, p, question(9, 1, "ec2"), true, day0)
			if err := p.Save(path); !errors.Is(err, c.want) {
				t.Errorf("Save over it: %v, want %v", err, c.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, c.data) {
				t.Errorf("the file was changed")
			}
		})
	}
}

func TestUnreadableFile(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("permissions do not stop this user from reading")
	}
	path := filepath.Join(t.TempDir(), "progress.json")
	os.WriteFile(path, []byte("{}"), 0o000)
	_, err := Load(path)
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), path) {
		t.Errorf("Load: %v", err)
	}
}

// A directory where the file should be is unreadable as a file even for
// root: Load and Save name it and leave it.
func TestFileIsADirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.json")
	os.Mkdir(path, 0o755)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("Load: %v", err)
	}
	p := newProgress(t)
	if err := p.Save(path); err == nil {
		t.Errorf("Save over a directory succeeded")
	}
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		t.Errorf("the directory was replaced")
	}
}

// Two programs open one file, each records its own answers, and they save
// in turn: the file ends up with both, and so does each program.
func TestTwoProgramsSavingInTurn(t *testing.T) {
	_, qs := testDeck(4)
	path := filepath.Join(t.TempDir(), "progress.json")
	first := newProgress(t)
	record(t, first, qs[0], true, day0)
	saved(t, first, path)

	a, _ := Load(path)
	b, _ := Load(path)
	record(t, a, qs[1], false, day(1))
	record(t, b, qs[2], true, day(1))
	record(t, b, qs[1], true, day(1).Add(timeMinutes(5)))
	saved(t, a, path)
	saved(t, b, path)
	record(t, a, qs[3], true, day(2))
	saved(t, a, path)

	final, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(final.History()); n != 5 {
		t.Fatalf("file holds %d answers, want 5", n)
	}
	if n := len(final.HistoryOf(qs[1].Ref)); n != 2 {
		t.Errorf("%s answered %d times in the file, want 2 (one from each program)", qs[1].Ref, n)
	}
	if len(a.History()) != 5 {
		t.Errorf("program a holds %d answers after its last save, want all 5", len(a.History()))
	}
	// The card is replayed from both programs' answers in time order.
	ref := newProgress(t)
	for _, r := range final.History() {
		if r.Ref == qs[1].Ref {
			record(t, ref, qs[1], r.Correct, r.At)
		}
	}
	want, _ := ref.Card(qs[1].Ref)
	got, _ := final.Card(qs[1].Ref)
	if got.FSRS != want.FSRS {
		t.Errorf("merged card %+v, want %+v", got.FSRS, want.FSRS)
	}
}

// Processes saving one file at the same moment, many times each, lose no
// answer: the lock serialises the read-merge-write of each save.
func TestProcessesSavingAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	path := filepath.Join(t.TempDir(), "progress.json")
	const procs, each = 4, 15
	var cmds []*exec.Cmd
	for i := range procs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmd.Env = append(os.Environ(), "STUDY_HELPER=save", "STUDY_PATH="+path, fmt.Sprintf("STUDY_N=%d", i))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	p, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.History()); n != procs*each {
		t.Errorf("%d answers in the file, want %d", n, procs*each)
	}
}

// TestHelperProcess is a child of the tests above: it is not a test.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv("STUDY_PATH")
	switch os.Getenv("STUDY_HELPER") {
	case "save":
		var n int
		fmt.Sscan(os.Getenv("STUDY_N"), &n)
		p, err := Open(path, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		for i := range 15 {
			p.Record(question(n*100+i, 1, "ec2"), Answer{Correct: i%2 == 0, At: day(i)})
			if err := p.Save(path); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
		}
		os.Exit(0)
	case "crash":
		step := os.Getenv("STUDY_STEP")
		crashAt = func(s string) {
			if s == step {
				os.Exit(3) // no deferred cleanup runs: as a crash
			}
		}
		p, err := Load(path)
		if err != nil {
			os.Exit(2)
		}
		p.Record(question(50, 2, "s3"), Answer{Correct: true, At: day(5)})
		p.Save(path)
		os.Exit(0)
	}
}

// A save killed after each of its steps leaves a file that loads and holds
// the old state or the new one, and the next save works.
func TestSaveInterruptedAtEveryStep(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	for _, step := range writeSteps {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "progress.json")
			old := newProgress(t)
			record(t, old, question(1, 1, "ec2"), true, day0)
			saved(t, old, path)
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
			cmd.Env = append(os.Environ(), "STUDY_HELPER=crash", "STUDY_PATH="+path, "STUDY_STEP="+step)
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 3 {
				t.Fatalf("child did not crash at %s: %v", step, err)
			}
			p, err := Load(path)
			if err != nil {
				t.Fatalf("after a crash at %s: %v", step, err)
			}
			n := len(p.History())
			wantNew := slices.Index(writeSteps, step) >= slices.Index(writeSteps, "renamed")
			if wantNew && n != 2 || !wantNew && n != 1 {
				t.Errorf("after a crash at %s the file holds %d answers", step, n)
			}
			// The next save, with the leftovers in the folder, works.
			record(t, p, question(2, 1, "ec2"), false, day(6))
			saved(t, p, path)
			if q, err := Load(path); err != nil || len(q.History()) != n+1 {
				t.Errorf("save after the crash: %v", err)
			}
		})
	}
}

// The same steps in process: an error at a step (a full disk, a failed
// sync) leaves the old file and no temporary file.
func TestSaveFailureCleansUp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress.json")
	p := newProgress(t)
	record(t, p, question(1, 1, "ec2"), true, day0)
	saved(t, p, path)
	before, _ := os.ReadFile(path)
	// A folder that cannot be written: CreateTemp fails.
	if runtime.GOOS != "windows" && os.Geteuid() != 0 {
		os.Chmod(dir, 0o500)
		record(t, p, question(2, 1, "ec2"), true, day0)
		if err := p.Save(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("save into a read-only folder: %v", err)
		}
		os.Chmod(dir, 0o700)
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("failed save changed the file")
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// The history's lines are written by hand for speed: they must be what
// encoding/json writes, for refs that need escaping too.
func TestReviewLinesAsJSON(t *testing.T) {
	p := newProgress(t)
	for i, ref := range []string{"exam-case/ec2/0", `odd "ref" \ with 한글`, "tab\there"} {
		q := question(i, 1, "ec2")
		q.Ref = ref
		record(t, p, q, i%2 == 0, day0.Add(time.Duration(i)*time.Nanosecond*123456789))
	}
	var b bytes.Buffer
	p.Encode(&b)
	for _, r := range p.History() {
		want, _ := json.Marshal(r)
		if !bytes.Contains(b.Bytes(), want) {
			t.Errorf("file lacks %s:\n%s", want, b.String())
		}
	}
	back, err := Decode(&b)
	if err != nil || len(back.History()) != 3 {
		t.Fatalf("decode: %v", err)
	}
}
