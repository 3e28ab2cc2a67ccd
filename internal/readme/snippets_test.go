package readme

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

// imports are the packages README snippets may use without saying so.
var imports = map[string]string{
	"awsnotes": "github.com/cloudnotes-kr/awsnotes/awsnotes",
	"category": "github.com/cloudnotes-kr/awsnotes/category",
	"compare":  "github.com/cloudnotes-kr/awsnotes/compare",
	"quiz":     "github.com/cloudnotes-kr/awsnotes/quiz",
	"data":     "github.com/cloudnotes-kr/awsnotes/data",
	"errors":   "errors",
	"fmt":      "fmt",
	"log":      "log",
	"os":       "os",
}

// snippet is a ```go block of the README and the line it starts on.
type snippet struct {
	line int
	code string
}

func snippets(t *testing.T) []snippet {
	b, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	var out []snippet
	var cur *snippet
	for i, l := range strings.Split(string(b), "\n") {
		switch {
		case cur == nil && strings.TrimSpace(l) == "```go":
			cur = &snippet{line: i + 2}
		case cur != nil && strings.TrimSpace(l) == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.code += l + "\n"
		}
	}
	require.Nil(t, cur, "README.md has an unclosed ```go block")
	return out
}

// program turns the README's Go snippets into one program: each becomes the
// body of a function, with the imports it uses, a "_ = v" for each variable
// it declares (fragments show a value without always using it), and a
// //line directive so compile errors name README.md and its line. The one
// free name the quiz snippet leaves to the reader, answers, is declared.
func program(t *testing.T, snips []snippet) string {
	used := map[string]bool{}
	var funcs strings.Builder
	for i, s := range snips {
		src := "package p\nfunc f() {\n" + s.code + "\n}\n"
		f, err := parser.ParseFile(token.NewFileSet(), "snippet.go", src, 0)
		require.NoError(t, err, "README.md:%d: the snippet does not parse", s.line)
		body := f.Decls[0].(*ast.FuncDecl).Body
		ast.Inspect(body, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && imports[id.Name] != "" {
					used[id.Name] = true
				}
			}
			return true
		})
		var blanks []string
		for _, st := range body.List {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, l := range as.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
						blanks = append(blanks, "_ = "+id.Name)
					}
				}
			}
		}
		fmt.Fprintf(&funcs, "func snippet%d() {\n//line README.md:%d\n%s\n%s\n}\n\n", i, s.line, s.code, strings.Join(blanks, "; "))
	}
	var names []string
	for n := range used {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("// Code generated from README.md by TestSnippetsCompile. DO NOT EDIT.\n\npackage main\n\nimport (\n")
	for _, n := range names {
		fmt.Fprintf(&b, "\t%q\n", imports[n])
	}
	b.WriteString(")\n\nvar answers [][]int\n\nfunc main() {}\n\n")
	b.WriteString(funcs.String())
	return b.String()
}

// TestSnippetsCompile builds every Go snippet of the README against the
// module, so a renamed function or a wrong signature in the docs fails.
func TestSnippetsCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH:", err)
	}
	snips := snippets(t)
	require.GreaterOrEqual(t, len(snips), 5, "the API tour and the Load section have Go snippets")
	src := program(t, snips)

	// The program goes into the module through an overlay, so nothing is
	// written into the source tree.
	dir := t.TempDir()
	file := filepath.Join(dir, "main.go")
	require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	here, err := os.Getwd()
	require.NoError(t, err)
	virtual := filepath.Join(here, "readmesnippets", "main.go")
	overlay := filepath.Join(dir, "overlay.json")
	require.NoError(t, os.WriteFile(overlay, []byte(fmt.Sprintf(`{"Replace":{%q:%q}}`, virtual, file)), 0o644))
	cmd := exec.Command(goTool, "build", "-overlay", overlay, "-o", os.DevNull, "./readmesnippets")
	out, err := cmd.CombinedOutput()
	assert.NoError(t, err, "README.md's Go snippets do not compile:\n%s\nthe program:\n%s", out, src)
}

// TestSnippetClaims checks what the snippets' comments say they print.
func TestSnippetClaims(t *testing.T) {
	b, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	readme := string(b)

	s, ok := awsnotes.Lookup("클라우드트레일")
	require.True(t, ok)
	assert.Contains(t, readme, "// "+s.Name+" - "+s.Summary)
	m := regexp.MustCompile(`awsnotes\.Lookup\("클라우드트레일"\) // also (.*)`).FindStringSubmatch(readme)
	require.NotNil(t, m, "the Lookup snippet lists other names")
	for _, name := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(m[1], -1) {
		got, ok := awsnotes.Lookup(name[1])
		assert.True(t, ok && got.ID == s.ID, "README says Lookup(%q) finds CloudTrail", name[1])
	}

	c, ok := category.Lookup("상태 관리")
	require.True(t, ok)
	assert.Equal(t, category.Monitoring, c.ID)
	assert.Contains(t, readme, "// "+c.Korean+" "+c.English)

	_, err = awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [
		{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["security"], "summery": "연습"}]}`)}})
	require.Error(t, err)
	assert.Contains(t, readme, "// "+err.Error(), "the Load snippet shows the error a misspelt field gives")

	// The "Your own notes" section's JSON file, loaded as the section says.
	m = regexp.MustCompile("(?s)## Your own notes.*?```json\n(.*?)```").FindStringSubmatch(readme)
	require.NotNil(t, m, "the Your own notes section shows a JSON file")
	own, err := awsnotes.Load(fstest.MapFS{"services/mine.json": {Data: []byte(m[1])}})
	require.NoError(t, err, "the README's minimal services/*.json loads")
	got, ok := own.Lookup("내 서비스")
	assert.True(t, ok && got.ID == "my-service")
	assert.NotEmpty(t, own.Search("내 서", 5))
}

// TestDocumentedCommandsRun runs every "go run ./examples/..." line of the
// README's shell blocks as written (with -o pointed into a temporary
// directory and no input for the quiz), so a renamed flag or a command that
// no longer works fails.
func TestDocumentedCommandsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go run; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH:", err)
	}
	b, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	var commands []string
	inShell := false
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "```sh"):
			inShell = true
		case strings.HasPrefix(l, "```"):
			inShell = false
		case inShell && strings.HasPrefix(l, "go run ./examples/"):
			cmd, _, _ := strings.Cut(l, "#")
			commands = append(commands, strings.TrimSpace(cmd))
		}
	}
	require.GreaterOrEqual(t, len(commands), 5)
	for _, c := range commands {
		t.Run(c, func(t *testing.T) {
			args := strings.Fields(c)[1:]
			for i := range args {
				if i > 0 && args[i-1] == "-o" {
					args[i] = filepath.Join(t.TempDir(), args[i])
				}
			}
			cmd := exec.Command(goTool, args...)
			cmd.Dir = "../.."
			cmd.Stdin = strings.NewReader("")
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "%s\n%s", c, out)
			assert.NotEmpty(t, out)
		})
	}
}
