package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/josa"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// group is a heading and the entries listed under it.
type group struct {
	title   string
	entries []awsnotes.Service
}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("browse", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the reason is printed in Korean below, then the usage
	fs.Usage = func() {}
	cat := fs.String("category", "", "list one `category`, by Korean or English name (보안, security)")
	domain := fs.String("domain", "", "list one exam domain, `1-4`, by task statement")
	task := fs.String("task", "", "list one task statement of the exam guide (`2.3`)")
	added := fs.Bool("added", false, "only entries added beyond the notes, from AWS's documentation")
	notes := fs.Bool("notes", false, "only entries the learner's notes describe")
	usage := func() {
		fmt.Fprintln(stderr, "usage: browse [-category NAME | -domain N | -task D.N] [-added | -notes]")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	refuse := func(why string) int {
		fmt.Fprintln(stderr, "browse:", why)
		usage()
		return 2
	}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		usage() // -h asked for the usage: not an error
		return 0
	}
	if err != nil {
		return refuse(flagError(err))
	}
	if fs.NArg() > 0 {
		return refuse(fmt.Sprintf("인수를 받지 않습니다 (받은 것: %s). 이름으로 찾으려면 examples/search를 쓰세요.", strings.Join(fs.Args(), " ")))
	}
	chosen := 0
	for _, v := range []string{*cat, *domain, *task} {
		if v != "" {
			chosen++
		}
	}
	if chosen > 1 {
		return refuse("-category, -domain, -task 중 하나만 쓰세요.")
	}
	if *added && *notes {
		return refuse("-added와 -notes는 함께 쓸 수 없습니다.")
	}
	keep := func(s awsnotes.Service) bool {
		return !(*added && s.Origin() != awsnotes.OriginAdded) && !(*notes && s.Origin() != awsnotes.OriginNotes)
	}

	var groups []group
	switch {
	case *cat != "":
		c, ok := category.Lookup(*cat)
		if !ok {
			return refuse(fmt.Sprintf("%q: 그런 분류가 없습니다. 분류: %s", *cat, categoryNames()))
		}
		groups = []group{{c.Korean + " / " + c.English, filter(awsnotes.InCategory(c.ID), keep)}}
	case *domain != "":
		var d category.Domain
		info, ok := category.DomainInfo{}, false
		if d.UnmarshalText([]byte(*domain)) == nil {
			info, ok = category.GetDomain(d)
		}
		if !ok {
			return refuse(fmt.Sprintf("%q: 도메인은 1부터 %d까지입니다. %s", *domain, len(category.Domains()), domainNames()))
		}
		fmt.Fprintf(stdout, "도메인 %d: %s (%s, 시험의 %d%%)\n", info.Domain, info.Korean, info.English, info.Weight)
		for _, t := range info.Tasks {
			groups = append(groups, group{t.Label(), withTask(t, keep)})
		}
	case *task != "":
		t := category.Task(*task)
		if !t.Valid() {
			return refuse(fmt.Sprintf("%q: 시험 안내서에 그런 과제가 없습니다. 과제는 1.1부터 %s까지입니다.", *task, lastTask()))
		}
		groups = []group{{t.Label(), withTask(t, keep)}}
	default:
		byCat := map[category.ID][]awsnotes.Service{}
		for _, s := range awsnotes.All() {
			if keep(s) {
				byCat[s.Categories[0]] = append(byCat[s.Categories[0]], s)
			}
		}
		for _, c := range category.All() {
			groups = append(groups, group{c.Korean + " / " + c.English, byCat[c.ID]})
		}
	}

	seen := map[awsnotes.ID]bool{}
	for _, g := range groups {
		if len(g.entries) == 0 {
			continue
		}
		fmt.Fprintf(stdout, "\n== %s (%d개) ==\n", g.title, len(g.entries))
		for _, s := range g.entries {
			seen[s.ID] = true
			printEntry(stdout, s)
		}
	}
	if len(seen) == 0 {
		fmt.Fprintln(stdout, "해당하는 항목이 없습니다.")
		return 1
	}
	fmt.Fprintf(stdout, "\n모두 %d개\n", len(seen))
	return 0
}

// printEntry prints an entry as two lines, or three when AWS has retired,
// renamed or limited it:
//
//	CloudTrail (클라우드트레일) · 제공 중 · 노트
//	  누가 무엇을 했는지, AWS 계정의 API 호출을 기록하는 서비스
func printEntry(w io.Writer, s awsnotes.Service) {
	name := s.DisplayName()
	if s.Reading != "" && s.Reading != name {
		name += " (" + s.Reading + ")"
	}
	origin := "노트"
	if s.Origin() == awsnotes.OriginAdded {
		origin = "추가"
	}
	fmt.Fprintf(w, "- %s · %s · %s\n    %s\n", name, status(s.Status), origin, s.Summary)
	if !s.Status.Active() && s.Status.Note != "" {
		fmt.Fprintf(w, "    %s\n", s.Status.Note)
	}
}

// status names an entry's lifecycle state in Korean, with its date.
func status(st awsnotes.Status) string {
	var word string
	switch st.State {
	case awsnotes.StateActive:
		return "제공 중"
	case awsnotes.StateRetired:
		word = "종료"
	case awsnotes.StateRenamed:
		word = "이름 변경"
	case awsnotes.StateLimited:
		word = "신규 고객 제한"
	default:
		word = string(st.State)
	}
	if st.Date != "" {
		word += " " + st.Date
	}
	return word
}

func filter(list []awsnotes.Service, keep func(awsnotes.Service) bool) []awsnotes.Service {
	return slices.DeleteFunc(list, func(s awsnotes.Service) bool { return !keep(s) })
}

// withTask returns the entries filed under task statement t, in All's
// order.
func withTask(t category.Task, keep func(awsnotes.Service) bool) []awsnotes.Service {
	return filter(awsnotes.All(), func(s awsnotes.Service) bool { return slices.Contains(s.Tasks, t) && keep(s) })
}

func categoryNames() string {
	var names []string
	for _, c := range category.All() {
		names = append(names, c.Korean)
	}
	return strings.Join(names, ", ")
}

func domainNames() string {
	var names []string
	for _, d := range category.Domains() {
		names = append(names, fmt.Sprintf("%d %s", d.Domain, d.Korean))
	}
	return strings.Join(names, ", ")
}

func lastTask() string {
	ts := category.Tasks()
	if len(ts) == 0 {
		return "?"
	}
	return string(ts[len(ts)-1].Task)
}

var badValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?(-\S+): `)

// flagError says in Korean why the flag package refused the arguments.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "없는 옵션입니다: " + name
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return name + " 뒤에 값을 쓰세요."
	}
	if m := badValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s의 값으로 %s 쓸 수 없습니다.", m[2], josa.Topic.Attach(strconv.Quote(m[1])))
	}
	return msg
}
