package examples_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExamplesBuildWhenCopied copies each example's folder (without its
// tests and testdata) into a fresh module outside the repository, as a user copying
// it into their own project would, with a go.mod whose replace line points
// at this checkout, and builds it. An example that imports an internal
// package, or a dependency the library's go.mod does not carry, fails
// here. Skipped with -short; it needs the module proxy for dependencies not
// yet in the module cache.
func TestExamplesBuildWhenCopied(t *testing.T) {
	if testing.Short() {
		t.Skip("builds each example in a module of its own; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH:", err)
	}
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	for _, name := range programs(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			copied := 0
			// The whole folder, as a user copies it (templates and static
			// files a program embeds included), without its tests.
			err := filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				rel, _ := filepath.Rel(name, path)
				if d.IsDir() {
					if d.Name() == "testdata" {
						return filepath.SkipDir
					}
					return os.MkdirAll(filepath.Join(dir, rel), 0o755)
				}
				if strings.HasSuffix(path, "_test.go") {
					return nil
				}
				b, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				if strings.HasSuffix(path, ".go") {
					assert.NotContains(t, string(b), `"github.com/cloudnotes-kr/awsnotes/internal/`, "%s imports an internal package", path)
					copied++
				}
				return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
			})
			require.NoError(t, err)
			require.NotZero(t, copied)
			goMod := "module example.com/mine/" + name + "\n\ngo 1.24.5\n\n" +
				"replace github.com/cloudnotes-kr/awsnotes => " + root + "\n"
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(goMod), 0o644))
			cmd := exec.Command(goTool, "build", "-o", os.DevNull, ".")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "examples/%s copied into its own module does not build:\n%s", name, out)
		})
	}
}
