// Package hangul does the jamo arithmetic that search needs and that
// golang.org/x/text does not: splitting syllables into jamo and putting them
// back together, extracting initial consonants (choseong), matching words
// whose last syllable is only half-typed, turning text typed on a QWERTY
// keyboard in English mode into the Hangul the dubeolsik layout would have
// produced, and dropping the particles (josa) that Korean attaches to the
// end of a word.
//
// All jamo it returns are Hangul compatibility jamo (U+3131–U+318E, the ones
// a keyboard produces: ㄱ, ㅏ), never conjoining jamo (U+1100…). Input in
// conjoining jamo (NFD, as macOS writes file names) is understood as well.
// The behaviour follows es-hangul (getChoseong, disassemble, assemble,
// convertQwertyToHangul, josa) where that library defines it, and closes its
// gaps: particles after Latin letters and digits ("EC2는") and Caps Lock in
// QWERTY input.
//
//	hangul.Choseong("클라우드트레일")                 // "ㅋㄹㅇㄷㅌㄹㅇ"
//	hangul.Disassemble("값")                        // "ㄱㅏㅂㅅ"
//	hangul.QwertyToHangul("fkaek")                  // "람다"
//	hangul.HasPrefix("클라우드포메이션", "클라우드포메이셔") // true
//	hangul.StripParticle("엔진을")                    // "엔진"
package hangul
