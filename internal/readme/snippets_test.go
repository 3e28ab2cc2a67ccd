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
	"github.com/cloudnotes-kr/awsnotes/josa"
)

// imports are the packages README snippets may use without saying so.
var imports = map[string]string{
	"awsnotes": "github.com/cloudnotes-kr/awsnotes/awsnotes",
	"category": "github.com/cloudnotes-kr/awsnotes/category",
	"compare":  "github.com/cloudnotes-kr/awsnotes/compare",
	"quiz":     "github.com/cloudnotes-kr/awsnotes/quiz",
	"study":    "github.com/cloudnotes-kr/awsnotes/quiz/study",
	"time":     "time",
	"data":     "github.com/cloudnotes-kr/awsnotes/data",
	"josa":     "github.com/cloudnotes-kr/awsnotes/josa",
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

// whole reports whether the snippet is a complete program ("package
// main" first), built on its own by TestFirstProgramBuilds.
func (s snippet) whole() bool { return strings.HasPrefix(strings.TrimSpace(s.code), "package ") }

// importBlock reports whether the snippet is only an import declaration,
// checked by TestImportLinesArePackages.
func (s snippet) importBlock() bool { return strings.HasPrefix(strings.TrimSpace(s.code), "import ") }

// bodies returns the snippets that are statements, to be compiled as
// function bodies.
func bodies(snips []snippet) []snippet {
	var out []snippet
	for _, s := range snips {
		if !s.whole() && !s.importBlock() {
			out = append(out, s)
		}
	}
	return out
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
	snips := bodies(snippets(t))
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

	// The "Your own notes" section's second JSON file, loaded as the
	// section says.
	jsons := regexp.MustCompile("(?s)```json\n(.*?)```").FindAllStringSubmatch(readme[strings.Index(readme, "## Your own notes"):], -1)
	require.GreaterOrEqual(t, len(jsons), 2, "the Your own notes section shows a file for Extend and one for Load")
	own, err := awsnotes.Load(fstest.MapFS{"services/mine.json": {Data: []byte(jsons[1][1])}})
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

// repoRoot is the module's directory.
func repoRoot(t *testing.T) string {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	return root
}

// TestImportLinesArePackages checks that every path in the README's import
// blocks is a package of the module (a directory with Go files that is not
// internal), so the lines can be pasted as they are.
func TestImportLinesArePackages(t *testing.T) {
	var blocks []snippet
	for _, s := range snippets(t) {
		if s.importBlock() {
			blocks = append(blocks, s)
		}
	}
	require.NotEmpty(t, blocks, "the README shows the import lines of the packages")
	const module = "github.com/cloudnotes-kr/awsnotes"
	seen := map[string]bool{}
	for _, b := range blocks {
		f, err := parser.ParseFile(token.NewFileSet(), "imports.go", "package p\n"+b.code, parser.ImportsOnly)
		require.NoError(t, err, "README.md:%d: the import block does not parse", b.line)
		for _, im := range f.Imports {
			path := strings.Trim(im.Path.Value, `"`)
			rel, ok := strings.CutPrefix(path, module+"/")
			require.True(t, ok, "README.md:%d: %s is not a package of the module", b.line, path)
			assert.NotContains(t, "/"+rel+"/", "/internal/", "README.md:%d: %s is internal", b.line, path)
			gofiles, _ := filepath.Glob(filepath.Join(repoRoot(t), rel, "*.go"))
			assert.NotEmpty(t, gofiles, "README.md:%d: %s has no Go files", b.line, path)
			seen[rel] = true
		}
	}
	for _, pkg := range []string{"awsnotes", "category", "compare", "quiz", "data", "josa"} {
		assert.True(t, seen[pkg], "the README shows the import line of %s", pkg)
		if pkg == "quiz" {
			continue // quiz/doc.go is the quiz package's owners' to change
		}
		doc, err := os.ReadFile(filepath.Join(repoRoot(t), pkg, "doc.go"))
		if assert.NoError(t, err, "%s has a doc.go", pkg) {
			assert.Contains(t, string(doc), `import "`+module+"/"+pkg+`"`, "%s/doc.go shows its import line", pkg)
		}
	}
}

// TestFirstProgramBuilds builds the README's complete programs (```go
// blocks that start with "package main") as a user would: alone in a fresh
// module outside the repository, whose go.mod replaces the module with this
// checkout, with -mod=mod standing in for go mod tidy. It then runs the
// first one and checks the line it says it prints.
func TestFirstProgramBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH:", err)
	}
	var whole []snippet
	for _, s := range snippets(t) {
		if s.whole() {
			whole = append(whole, s)
		}
	}
	require.NotEmpty(t, whole, "the README has a complete first program")
	b, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	readme := string(b)
	first := readme[strings.Index(readme, "## Your first program"):]
	first = first[:strings.Index(first[3:], "\n## ")+3]
	assert.Contains(t, first, "go mod tidy", "the first program's section says when go mod tidy is needed")

	for i, s := range whole {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(s.code), 0o644))
		goMod := "module example.com/first\n\ngo 1.24.5\n\nreplace github.com/cloudnotes-kr/awsnotes => " + repoRoot(t) + "\n"
		require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(goMod), 0o644))
		bin := filepath.Join(dir, "first")
		cmd := exec.Command(goTool, "build", "-o", bin, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "README.md:%d: the program does not build in a module of its own:\n%s", s.line, out)
		if i > 0 {
			continue
		}
		out, err = exec.Command(bin).Output()
		require.NoError(t, err, "README.md:%d: the first program fails", s.line)
		ct, ok := awsnotes.Lookup("cloudtrail")
		require.True(t, ok)
		line := "CloudTrail은 " + ct.Summary
		assert.True(t, strings.HasPrefix(string(out), line+"\n"), "the first program starts with %q:\n%s", line, out)
		assert.Contains(t, string(out), "Lambda (한글 읽기): [람다]\n")
		assert.Contains(t, string(out), "ECS와 EKS의 차이")
		assert.Contains(t, strings.Join(strings.Fields(first), " "), "`"+line+"`", "the README says what the first line is")
		assert.Contains(t, strings.Join(strings.Fields(first), " "), "`Lambda (한글 읽기): [람다]`")
	}
}

// TestExtendSectionClaims loads the "Your own notes" section's file with
// Extend, as it says, and checks what the section claims: the new entry
// relates to built-in ones, the built-in entries gain the alias, mnemonic
// and scenario, and a misspelt reference gives the error shown.
func TestExtendSectionClaims(t *testing.T) {
	b, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	readme := string(b)
	section := readme[strings.Index(readme, "## Your own notes"):]
	section = section[:strings.Index(section, "\n## ")]
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindStringSubmatch(section)
	require.NotNil(t, m)
	file := m[1]
	assert.Contains(t, file, `"entries"`)
	assert.Contains(t, file, `"extend"`)
	mine, err := awsnotes.Extend(fstest.MapFS{"services/mine.json": {Data: []byte(file)}})
	require.NoError(t, err, "the README's file for Extend loads")
	bot, ok := mine.Lookup("마이 오딧 봇")
	require.True(t, ok)
	for _, id := range bot.Related {
		_, builtIn := awsnotes.Get(id)
		assert.True(t, builtIn, "%s relates to the built-in %s", bot.ID, id)
	}
	assert.Equal(t, "my-notes", bot.Notes[0].Source, "a note without a source is yours")
	s3, ok := mine.Lookup("내 버킷 서비스")
	require.True(t, ok)
	assert.Equal(t, awsnotes.ID("s3"), s3.ID)
	builtIn, _ := awsnotes.Get("s3")
	assert.Len(t, s3.Mnemonics, len(builtIn.Mnemonics)+1)
	_, ok = awsnotes.Lookup("내 버킷 서비스")
	assert.False(t, ok, "Extend leaves the built-in catalog as it was")

	_, err = awsnotes.Extend(fstest.MapFS{"services/mine.json": {Data: []byte(strings.Replace(file, `"eventbridge"`, `"evntbridge"`, 1))}})
	require.Error(t, err)
	assert.Contains(t, section, "// names the file and the entry: "+err.Error(), "the Extend snippet shows the error a misspelt reference gives")

	// the API tour's other claims
	rs := awsnotes.Search("ㅋㄹㅇㄷㅌㄹㅇ", 1)
	require.NotEmpty(t, rs)
	assert.Contains(t, readme, fmt.Sprintf("// %s %s %s\n", rs[0].Service.DisplayName(), rs[0].Field, rs[0].Highlight("[", "]")))
	ec2, _ := awsnotes.Lookup("ec2")
	assert.Contains(t, readme, "// "+josa.Subject.AttachReading(ec2.DisplayName(), ec2.Reading)+" 뭐지?")
	assert.Contains(t, readme, "// "+strings.Join([]string{josa.Topic.Attach("CloudTrail"), josa.Topic.Attach("S3"), josa.Topic.Attach("Route 53")}, " "))
}
