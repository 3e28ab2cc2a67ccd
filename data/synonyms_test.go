package data

import (
	"errors"
	"testing"
)

func TestSynonymsEmbedded(t *testing.T) {
	g, err := Synonyms()
	if err != nil {
		t.Fatal(err)
	}
	if len(g) < 20 {
		t.Fatalf("%d groups", len(g))
	}
	g[0][0] = "changed"
	again, _ := Synonyms()
	if again[0][0] == "changed" {
		t.Fatal("Synonyms hands out its own slices")
	}
}

func TestDecodeSynonymsStrict(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want error
	}{
		{`{"groups": [{"words": ["비용", "요금"]}], "extra": 1}`, ErrSyntax},
		{`{"groups": [{"words": ["비용", "요금"], "nots": "x"}]}`, ErrSyntax},
		{`{"groups": [{"words": ["비용", "요금"]}]} {}`, ErrSyntax},
		{`{"groups": []}`, ErrInvalid},
		{`{"groups": [{"words": ["비용"]}]}`, ErrInvalid},
		{`{"groups": [{"words": ["비용", ""]}]}`, ErrInvalid},
		{`{"groups": [{"words": ["비용", " 요금"]}]}`, ErrInvalid},
		{`{"groups": [{"words": ["비용", "요\u0007금"]}]}`, ErrInvalid},
		{`{"groups": [{"words": ["비용", "요금"]}, {"words": ["요금", "가격"]}]}`, ErrDuplicate},
		{`{"groups": [{"words": ["DB", "db"]}]}`, ErrDuplicate},
	} {
		_, err := DecodeSynonyms([]byte(tt.in))
		var e *Error
		if !errors.Is(err, tt.want) || !errors.As(err, &e) || e.File != "synonyms.json" {
			t.Errorf("%s: got %v, want %v", tt.in, err, tt.want)
		}
	}
	g, err := DecodeSynonyms([]byte(`{"groups": [{"words": ["가상 머신", "인스턴스"], "note": "EC2"}]}`))
	if err != nil || len(g) != 1 || g[0][0] != "가상 머신" {
		t.Fatalf("%v %v", g, err)
	}
}
