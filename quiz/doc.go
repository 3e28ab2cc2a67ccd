// Package quiz makes exam-style quizzes from the notes, grades a learner's
// answers and exports quizzes to the formats study tools import.
//
// Questions come from real note content, in eight kinds: an entry's summary
// or note line ("다음 설명에 해당하는 서비스는?") and the reverse ("CloudTrail을
// 가장 잘 설명한 것은?"), the situations the notes quote ("코드가 푸시되면 …
// 자동화하고 싶어"), the comparison tables of package compare ("ECS와 EKS 중
// …"), a highlighted phrase left blank, true or false (O/X) statements,
// choose-two questions and the notes' mnemonics ("Kinesis의 뜻은?").
// Distractors are entries a learner could confuse with the key (the same
// category first, then the same comparison table, then related entries),
// never one the notes say also fits, and the key's position is uniform.
//
// A quiz is reproducible: the same Options give the same quiz, byte for
// byte, on every platform and Go version.
//
//	qz, err := quiz.Generate(quiz.Options{Seed: 42, Count: 20})
//	if err != nil {
//		log.Fatal(err) // an *OptionError: errors.Is(err, quiz.ErrNotEnough), …
//	}
//	for i, q := range qz.Questions {
//		fmt.Println(i+1, q.Prompt)
//		for j, c := range q.Choices {
//			fmt.Printf("  %s. %s\n", quiz.Letter(j), c)
//		}
//	}
//	report, _ := qz.Grade(responses) // responses[i]: the options chosen for question i
//	fmt.Printf("%d/%d\n", report.Correct, report.Total)
//	os.WriteFile("quiz.gift", []byte(qz.GIFT()), 0o644)          // Moodle
//	os.WriteFile("quiz.txt", []byte(qz.Anki(quiz.AnkiOptions{})), 0o644) // Anki
//
// The exam's own kinds come from what was added beyond the notes: a
// situation in the exam's voice ("한 회사가 … 하려고 합니다. 회사는 어떤 AWS
// 서비스를 사용해야 합니까?"), the shared responsibility model, the EC2
// purchase options, the AWS Support plans, the Well-Architected pillars,
// the AWS CAF perspectives and the 7 Rs, NOT items, LEAST/MOST items and
// a note line AWS has since changed, asking for the right fact. They are
// keyed by data: entries' cases, facts and confusables, and the rows and
// picks of the curated tables, so a catalog of your own
// (NewGenerator(awsnotes.Load(…))) gets them wherever its data has them.
//
// Every multiple-choice question has Choices options and one key, every
// multiple-response question one more and two keys; no quiz repeats a
// stem; retired entries are never keys or options unless IncludeRetired,
// whatever a question shows that AWS changed carries its status and date
// in the explanation, and a renamed entry appears under its current name.
//
// Options narrow the quiz (Kinds, Categories, Services, Exclude,
// ActiveOnly, Domains, Tasks, Provenance), shape it (Choices, Difficulty,
// MultipleResponse) and Available says how many distinct questions the
// notes hold for them. MockExam draws 65 questions by the exam's domain
// weights and Quiz.ExamReport grades it per domain, with the 700/1000
// pass mark as an estimate. Quiz.Sheet is a quiz without its answers, for
// a browser, whose questions carry opaque IDs instead of refs (a ref names
// the key's entry); GradeSheet grades it later from the sheet and the
// learner's choices alone.
//
// Korean particles in the questions follow the sound a name ends with when
// read aloud: "CloudTrail을", "Amazon S3를", "ECS와 EKS", "'운동'으로".
package quiz
