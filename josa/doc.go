// Package josa attaches Korean particles (조사) to names the way a Korean
// reader expects, by the sound the name ends with when read aloud, including
// names written in Latin letters and digits, where general-purpose libraries
// stumble:
//
//	import "github.com/cloudnotes-kr/awsnotes/josa"
//
//	josa.Topic.Attach("CloudTrail") // "CloudTrail은" (클라우드트레일)
//	josa.Topic.Attach("S3")         // "S3는"         (에스쓰리)
//	josa.Topic.Attach("Route 53")   // "Route 53은"   (라우트 오십삼)
//	josa.Subject.Attach("EC2")      // "EC2가"        (이씨투)
//	josa.Object.Attach("IAM")       // "IAM을"        (아이에이엠)
//	josa.Toward.Attach("Lambda")    // "Lambda로"     (람다)
//
// Acronyms are spelled letter by letter (EMR → 이엠알), digits glued to
// letters are read in English (S3 → 에스쓰리, Cloud9 → 클라우드나인), digits
// standing alone in Sino-Korean (53 → 오십삼), English words by the loanword
// rules (Stack → 스택). When you know how a name is read, as every
// awsnotes.Service does (Service.Reading), pass it to AttachReading:
//
//	josa.Topic.AttachReading(s.DisplayName(), s.Reading)
//
// A parenthesised aside at the end does not count, as the National
// Institute of Korean Language advises: "AWS(Amazon Web Services)는".
//
// Why a public package: any program that writes Korean sentences around
// these names (a study bot, a quiz page, the quiz package itself) needs the
// particles, and getting them right after Latin letters and digits takes
// reading rules no well-kept Go library has. It depends on nothing but the
// standard library and does not import the rest of awsnotes, so a program
// may use it on its own. Every function is pure and safe for concurrent use.
package josa
