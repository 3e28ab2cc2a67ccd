package josa

import ijosa "github.com/cloudnotes-kr/awsnotes/internal/josa"

// Final is the kind of sound a word ends with when read aloud.
type Final int

// The kinds of final sound.
const (
	// Unknown means the word gives no clue: empty, or symbols only.
	Unknown Final = iota
	// Vowel means no final consonant: 서비스, EC2 (이씨투), S3 (에스쓰리).
	Vowel
	// Rieul means the final consonant ㄹ: CloudTrail (트레일), EMR (알).
	// (으)로 treats it like a vowel: "CloudTrail로".
	Rieul
	// Consonant means any other final consonant: IAM (엠), Route 53 (삼).
	Consonant
)

// String names the final: "unknown", "vowel", "rieul" or "consonant".
func (f Final) String() string { return f.internal().String() }

func (f Final) internal() ijosa.Final {
	switch f {
	case Vowel:
		return ijosa.Vowel
	case Rieul:
		return ijosa.Rieul
	case Consonant:
		return ijosa.Consonant
	}
	return ijosa.Unknown
}

func fromInternal(f ijosa.Final) Final {
	switch f {
	case ijosa.Vowel:
		return Vowel
	case ijosa.Rieul:
		return Rieul
	case ijosa.Consonant:
		return Consonant
	}
	return Unknown
}

// FinalOf returns the sound word ends with when a Korean reads it aloud.
// Trailing spaces, punctuation and a final parenthesised aside are ignored.
func FinalOf(word string) Final { return fromInternal(ijosa.FinalOf(word)) }

// Particle is a particle with its two forms: one after a final consonant
// (은), one after a vowel (는). The zero value attaches nothing.
type Particle struct{ p ijosa.Particle }

// The particles, named by what they do.
var (
	Topic   = Particle{ijosa.Topic}   // 은/는: "S3는", "IAM은"
	Subject = Particle{ijosa.Subject} // 이/가: "EC2가", "IAM이"
	Object  = Particle{ijosa.Object}  // 을/를: "S3를", "IAM을"
	And     = Particle{ijosa.And}     // 와/과: "S3와", "IAM과"
	Toward  = Particle{ijosa.Toward}  // (으)로: "S3로", "IAM으로", "CloudTrail로"
	Copula  = Particle{ijosa.Copula}  // 이다/다: "S3다", "IAM이다"
	Quote   = Particle{ijosa.Quote}   // 이라는/라는: "S3라는", "IAM이라는"
	Or      = Particle{ijosa.Or}      // 이나/나: "S3나", "IAM이나"
)

// New returns a particle with the given forms after a consonant and after a
// vowel; rieulVowel makes a final ㄹ take the vowel form, as (으)로 does:
// New("으로서", "로서", true).
func New(afterConsonant, afterVowel string, rieulVowel bool) Particle {
	return Particle{ijosa.New(afterConsonant, afterVowel, rieulVowel)}
}

// Forms returns the form after a consonant and the form after a vowel:
// ("은", "는") for Topic.
func (p Particle) Forms() (afterConsonant, afterVowel string) { return p.p.Forms() }

// Both returns the form a writer uses when the sound is unknown, with the
// consonant form's extra part in parentheses: "은(는)", "(이)가", "을(를)",
// "과(와)", "(으)로", "(이)다".
func (p Particle) Both() string { return p.p.Both() }

// For returns the form of p that follows a word ending in final; Both for
// Unknown.
func (p Particle) For(final Final) string { return p.p.For(final.internal()) }

// After returns the form of p that follows word: Topic.After("EC2") is "는".
func (p Particle) After(word string) string { return p.p.After(word) }

// Attach returns word followed by the right form of p: Topic.Attach("IAM")
// is "IAM은".
func (p Particle) Attach(word string) string { return p.p.Attach(word) }

// AttachReading returns word followed by the form of p that suits reading,
// how word is read aloud: AttachReading("K8s", "케이에이츠") is "K8s는". An
// empty reading, or one that gives no clue, falls back to word itself.
func (p Particle) AttachReading(word, reading string) string {
	return p.p.AttachReading(word, reading)
}
