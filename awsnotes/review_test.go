package awsnotes_test

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
)

// variants returns spellings of name that Lookup must treat as name.
func variants(name string) []string {
	out := []string{
		name,
		strings.ToUpper(name),
		strings.ToLower(name),
		width.Widen.String(name),
		norm.NFD.String(name),
		" " + name + " ",
		strings.ReplaceAll(name, " ", "-"),
		strings.ReplaceAll(name, " ", ""),
	}
	if l := strings.ToLower(name); !strings.HasPrefix(l, "aws") && !strings.HasPrefix(l, "amazon") {
		out = append(out, "AWS "+name, "Amazon "+name, "amazon-"+name)
	}
	return out
}

func TestReviewEveryNameVariantRoundTrips(t *testing.T) {
	for _, s := range awsnotes.All() {
		names := append(s.Names(), string(s.ID))
		for _, n := range s.Notes {
			names = append(names, n.Heading)
		}
		for _, name := range names {
			for _, v := range variants(name) {
				got, ok := awsnotes.Lookup(v)
				if assert.Truef(t, ok, "%s: Lookup(%q) failed", s.ID, v) {
					assert.Equalf(t, s.ID, got.ID, "Lookup(%q)", v)
				}
			}
		}
	}
}

var boldRE = regexp.MustCompile(`\*\*([^*]+)\*\*`)

// TestReviewSeedNamesAsWritten looks up every bolded name of the seed notes
// exactly as the notes write it, typos included.
func TestReviewSeedNamesAsWritten(t *testing.T) {
	notEntries := map[string]bool{
		"Microsoft Active Directory": true, "기존 ActiveMQ 시스템을 AWS로 옮길 때": true,
		"새로운 서버리스 기반 메시징": true, "Comprehend": true,
		"상태 관리 서비스": true, "AWS Elastic Beanstalk와 AWS CodePipeline의 차이": true,
		"AWS CloudTrail과 AWS X-Ray 차이": true, "인프라 관련 서비스": true,
	}
	for _, f := range []string{"../data/testdata/seeds/000_f7267a0d41bfa0e7.txt", "../data/testdata/seeds/002_cfc5da0b3f46233f.txt"} {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range boldRE.FindAllStringSubmatch(string(b), -1) {
			name := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(m[1], "")
			name = strings.TrimSpace(name)
			if notEntries[name] {
				continue
			}
			_, ok := awsnotes.Lookup(name)
			assert.Truef(t, ok, "seed name %q", name)
		}
	}
	for _, name := range []string{"Amazon Lightsail", "AWS Snowmobile", "Snowball", "쿠버네티스", "오케스트레이션",
		"Penetration Testing", "침투 테스트", "AWS Abuse Team", "AWS의 장점", "확장성", "비용 효율성", "보안성", "글로벌 인프라",
		"AWS", "Amazon Web Services", "Kinesis", "Inspector", "Comprehend"} {
		_, ok := awsnotes.Lookup(name)
		assert.Truef(t, ok, "seed name %q", name)
	}
}

func TestReviewLookupRejects(t *testing.T) {
	for _, bad := range []string{"", " ", "\t\n", "-", "---", "\xff", "EC2\xff", "\xffEC2", "ec2\x00", "\x00",
		"EC22", "E C 2 X", "Amazon", "AWS AWS AWS EC2 EC2", strings.Repeat("가", 1<<16), strings.Repeat("ec2", 1000),
		"Lambda Lambda", "\u200b", "🙂", "람다람다"} {
		s, ok := awsnotes.Lookup(bad)
		assert.Falsef(t, ok, "Lookup(%q) = %s", bad, s.ID)
		_, ok = awsnotes.LookupID(bad)
		assert.False(t, ok)
	}
}

func TestReviewNoNameResolvesToTwo(t *testing.T) {
	seen := map[string]awsnotes.ID{}
	for _, s := range awsnotes.All() {
		for _, n := range s.Names() {
			id, _ := awsnotes.LookupID(n)
			if prev, dup := seen[n]; dup && prev != s.ID {
				t.Errorf("%q names both %s and %s", n, prev, s.ID)
			}
			seen[n] = s.ID
			assert.Equal(t, s.ID, id, n)
		}
	}
}

func TestReviewEntriesComplete(t *testing.T) {
	for _, s := range awsnotes.All() {
		assert.NotEmpty(t, s.Name, s.ID)
		assert.NotEmpty(t, s.Kind, s.ID)
		assert.NotEmpty(t, s.Categories, s.ID)
		assert.NotEmpty(t, s.Summary, s.ID)
		assert.NotEmpty(t, s.Reading, s.ID)
		for _, c := range s.Categories {
			assert.True(t, c.Valid(), s.ID)
		}
		for _, r := range s.Related {
			_, ok := awsnotes.Get(r)
			assert.True(t, ok, "%s related %s", s.ID, r)
		}
		if !s.Status.Active() {
			assert.NotEmpty(t, s.Status.Note, s.ID)
		}
		assert.NotContains(t, s.Summary, "\n")
	}
}

// mutate scribbles over every slice of s, nested ones too.
func mutate(s *awsnotes.Service) {
	s.Name = "x"
	for i := range s.Aliases {
		s.Aliases[i] = "x"
	}
	for i := range s.Categories {
		s.Categories[i] = "x"
	}
	for i := range s.Related {
		s.Related[i] = "x"
	}
	for i := range s.Notes {
		n := &s.Notes[i]
		n.Heading = "x"
		for j := range n.Lines {
			n.Lines[j].Text = "x"
			for k := range n.Lines[j].Highlights {
				n.Lines[j].Highlights[k] = "x"
			}
		}
		for j := range n.Images {
			n.Images[j] = "x"
		}
		for j := range n.Links {
			n.Links[j].URL = "x"
		}
	}
	for i := range s.Scenarios {
		s.Scenarios[i].Quote = "x"
		for j := range s.Scenarios[i].Also {
			s.Scenarios[i].Also[j] = "x"
		}
	}
	for i := range s.Mnemonics {
		s.Mnemonics[i].Word = "x"
	}
	s.Aliases = append(s.Aliases, "y")
}

func TestReviewMutationIsolation(t *testing.T) {
	before := awsnotes.All()
	all := awsnotes.All()
	for i := range all {
		mutate(&all[i])
	}
	for _, s := range before {
		got, _ := awsnotes.Lookup(string(s.ID))
		mutate(&got)
		got2, _ := awsnotes.Get(s.ID)
		mutate(&got2)
	}
	for _, c := range category.All() {
		in := awsnotes.InCategory(c.ID)
		for i := range in {
			mutate(&in[i])
		}
	}
	src := awsnotes.Sources()
	for i := range src {
		src[i].Title = "x"
	}
	assert.Equal(t, before, awsnotes.All())
	assert.NotEqual(t, "x", awsnotes.Sources()[0].Title)
}

func TestReviewNilAndZeroCatalog(t *testing.T) {
	var nilCat *awsnotes.Catalog
	var zero awsnotes.Catalog
	for _, c := range []*awsnotes.Catalog{nilCat, &zero} {
		assert.NotPanics(t, func() {
			_, ok := c.Lookup("ec2")
			assert.False(t, ok)
			_, ok = c.LookupID("ec2")
			assert.False(t, ok)
			_, ok = c.Get("ec2")
			assert.False(t, ok)
			assert.Empty(t, c.All())
			assert.Empty(t, c.InCategory(category.Compute))
			assert.Zero(t, c.Len())
			assert.Empty(t, c.Sources())
			assert.Empty(t, c.Version())
		})
	}
	var s awsnotes.Service
	assert.NotPanics(t, func() {
		_ = s.DisplayName()
		_ = s.Names()
		_ = s.Highlights()
		_ = s.String()
		_ = s.InCategory("")
	})
	assert.Empty(t, awsnotes.InCategory("nope"))
	assert.Empty(t, awsnotes.InCategory(""))
	_, ok := awsnotes.Get("")
	assert.False(t, ok)
}

func TestReviewConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				s, ok := awsnotes.Lookup("클라우드트레일")
				if ok {
					mutate(&s)
				}
				all := awsnotes.All()
				mutate(&all[i%len(all)])
				in := awsnotes.InCategory(category.Security)
				mutate(&in[0])
				_, _ = awsnotes.LookupID("ＥＣ２")
			}
		}()
	}
	wg.Wait()
	s, _ := awsnotes.Lookup("cloudtrail")
	assert.Equal(t, "AWS CloudTrail", s.Name)
}

const okEntry = `{"id": "my-db", "name": "My DB", "reading": "마이 디비", "kind": "service", "categories": ["database"], "summary": "연습용"}`

func TestReviewLoadErrorsNameFileAndEntry(t *testing.T) {
	tests := []struct {
		name, file, body string
		entry            string
		want             error
	}{
		{"unknown field", "services/a.json", `{"entries": [` + okEntry + `, {"id": "bad-one", "name": "B", "reading": "비", "kind": "service", "categories": ["database"], "summary": "s", "colour": "red"}]}`, "bad-one", data.ErrSyntax},
		{"missing summary", "services/b.json", `{"entries": [{"id": "no-sum", "name": "B", "reading": "비", "kind": "service", "categories": ["database"]}]}`, "no-sum", data.ErrInvalid},
		{"bad category", "services/c.json", `{"entries": [{"id": "bad-cat", "name": "B", "reading": "비", "kind": "service", "categories": ["gaming"], "summary": "s"}]}`, "bad-cat", data.ErrReference},
		{"bad related", "services/d.json", `{"entries": [{"id": "bad-rel", "name": "B", "reading": "비", "kind": "service", "categories": ["database"], "summary": "s", "related": ["nope"]}]}`, "bad-rel", data.ErrReference},
		{"wrong type", "services/e.json", `{"entries": [` + okEntry + `, {"id": "typed", "name": 3}]}`, "typed", data.ErrSyntax},
		{"no reading", "services/f.json", `{"entries": [{"id": "no-read", "name": "B", "kind": "service", "categories": ["database"], "summary": "s"}]}`, "no-read", data.ErrInvalid},
		{"bad kind", "services/g.json", `{"entries": [{"id": "bad-kind", "name": "B", "reading": "비", "kind": "gadget", "categories": ["database"], "summary": "s"}]}`, "bad-kind", data.ErrInvalid},
		{"ambiguous", "services/h.json", `{"entries": [` + okEntry + `, {"id": "other-db", "name": "Amazon My-DB", "reading": "아더", "kind": "service", "categories": ["database"], "summary": "s"}]}`, "other-db", awsnotes.ErrAmbiguousName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := awsnotes.Load(fstest.MapFS{tt.file: {Data: []byte(tt.body)}})
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.file)
			assert.Contains(t, err.Error(), tt.entry)
			var de *data.Error
			require.True(t, errors.As(err, &de))
			assert.Equal(t, tt.file, de.File)
			assert.Equal(t, tt.entry, de.Entry)
		})
	}
	t.Run("duplicate id across files", func(t *testing.T) {
		_, err := awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [` + okEntry + `]}`)}, "services/b.json": {Data: []byte(`{"entries": [` + okEntry + `]}`)}})
		assert.ErrorIs(t, err, data.ErrDuplicate)
		assert.Contains(t, err.Error(), "my-db")
		assert.Contains(t, err.Error(), "services/b.json")
	})
	t.Run("nil fs", func(t *testing.T) {
		assert.NotPanics(t, func() {
			_, err := awsnotes.Load(nil)
			assert.Error(t, err)
		})
	})
	t.Run("empty fs", func(t *testing.T) {
		_, err := awsnotes.Load(fstest.MapFS{})
		assert.ErrorIs(t, err, data.ErrNoEntries)
	})
	t.Run("not json", func(t *testing.T) {
		_, err := awsnotes.Load(fstest.MapFS{"services/x.json": {Data: []byte("{\"entries\": [")}})
		assert.ErrorIs(t, err, data.ErrSyntax)
		assert.Contains(t, err.Error(), "services/x.json")
	})
	t.Run("own catalog works", func(t *testing.T) {
		c, err := awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [` + okEntry + `]}`)}})
		require.NoError(t, err)
		s, ok := c.Lookup("AWS my db")
		require.True(t, ok)
		assert.Equal(t, awsnotes.ID("my-db"), s.ID)
	})
}

func TestReviewIDText(t *testing.T) {
	var id awsnotes.ID
	for _, bad := range []string{"EC2", "-a", "a-", "a--b", "a b", "\xff", "가"} {
		err := id.UnmarshalText([]byte(bad))
		assert.ErrorIs(t, err, awsnotes.ErrInvalidID, bad)
	}
	require.NoError(t, id.UnmarshalText([]byte("route-53")))
	assert.Equal(t, awsnotes.ID("route-53"), id)
}

func TestReviewAllOrderByPrimaryCategory(t *testing.T) {
	all := awsnotes.All()
	for i := 1; i < len(all); i++ {
		assert.LessOrEqualf(t, category.Compare(all[i-1].Categories[0], all[i].Categories[0]), 0,
			"%s (%s) before %s (%s)", all[i-1].ID, all[i-1].Categories[0], all[i].ID, all[i].Categories[0])
	}
}

func TestReviewLoadOrdersByPrimaryCategory(t *testing.T) {
	a := `{"entries": [{"id": "my-ml", "name": "My ML", "reading": "마이 엠엘", "kind": "service", "categories": ["machine-learning"], "summary": "s"}]}`
	b := `{"entries": [{"id": "my-vm", "name": "My VM", "reading": "마이 브이엠", "kind": "service", "categories": ["compute"], "summary": "s"},
	{"id": "my-db2", "name": "My DB2", "reading": "마이 디비", "kind": "service", "categories": ["database", "compute"], "summary": "s"}]}`
	c, err := awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(a)}, "services/b.json": {Data: []byte(b)}})
	require.NoError(t, err)
	var ids []awsnotes.ID
	for _, s := range c.All() {
		ids = append(ids, s.ID)
	}
	assert.Equal(t, []awsnotes.ID{"my-vm", "my-db2", "my-ml"}, ids)
	assert.Len(t, c.InCategory(category.Compute), 2)
}

func TestReviewLoadSyntaxErrorNamesEntry(t *testing.T) {
	for body, want := range map[string]string{
		`{"entries": [` + okEntry + `, {"id": "bad-one", "name": "B" "reading": "비"}]}`:                                                                                                             "bad-one",
		`{"entries": [` + okEntry + `, {"name": "B", "reading": "비",, "id": "x"}]}`:                                                                                                                 "#1",
		`{"entries": [` + okEntry + `, {"id": "cut-short", "name": "B", "reading": "비", "kind": "service"`:                                                                                          "cut-short",
		`{"entries": [{"id": "my-db", "name": "My DB", "reading": "마이 디비", "kind": "service", "categories": ["database"], "summary": "연습용", "notes": [{"lines": [{"text": "a"} {"text": "b"}]}]}]}`: "my-db",
	} {
		_, err := awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(body)}})
		require.Error(t, err)
		assert.ErrorIs(t, err, data.ErrSyntax)
		var de *data.Error
		require.True(t, errors.As(err, &de))
		assert.Equal(t, "services/a.json", de.File)
		assert.Equal(t, want, de.Entry, body)
	}
	_, err := awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [` + okEntry + `]} x`)}})
	assert.ErrorIs(t, err, data.ErrSyntax)
}
