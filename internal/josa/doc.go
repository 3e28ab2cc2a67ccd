// Package josa attaches Korean particles (조사) to words the way a Korean
// reader expects: 은/는, 이/가, 을/를, 와/과, (으)로 and 이다/다 chosen by
// the sound the word ends with when read aloud.
//
// Hangul words are easy: the last syllable has a final consonant (받침) or
// not. Words in Latin letters and digits are read the way Koreans read them
// aloud, which is where general-purpose libraries stumble:
//
//	josa.Topic.Attach("EC2")        // "EC2는"   (이씨투)
//	josa.Topic.Attach("Route 53")   // "Route 53은" (라우트 오십삼)
//	josa.Topic.Attach("CloudTrail") // "CloudTrail은" (클라우드트레일)
//	josa.Topic.Attach("IAM")        // "IAM은"   (아이에이엠)
//	josa.Topic.Attach("S3")         // "S3는"    (에스쓰리)
//
// Acronyms are spelled out letter by letter (EMR → 이엠알), digits glued to
// letters are read in English (S3 → 에스쓰리, Cloud9 → 클라우드나인), digits
// standing alone in Sino-Korean (53 → 오십삼), and English words by the
// loanword spelling rules (Stack → 스택, Gate → 게이트, Pipeline → 파이프라인).
// When you know how a word is read, pass the reading: AttachReading uses it
// for the sound and prints the word.
//
// A parenthesised aside at the end does not count, as the National Institute
// of Korean Language advises: "AWS(Amazon Web Services)는".
package josa
