// Package quiz makes exam-style quizzes from the notes, grades a learner's
// answers and exports quizzes to the formats study tools import.
//
// Questions come from real note content: an entry's summary and note lines
// ("다음 설명에 해당하는 서비스는?"), the situations the notes quote ("코드가
// 푸시되면 … 자동화하고 싶어"), the comparison tables of package compare
// ("ECS와 EKS 중 …"), the phrases the notes highlighted (left blank), true or
// false statements, choose-two questions and the notes' mnemonics ("Kinesis의
// 뜻은?"). Distractors are entries a learner could confuse with the key:
// the same category first, then the same comparison table, then related
// entries; never one the notes say also fits.
//
// A quiz is reproducible: the same Options give the same quiz, byte for
// byte, on every platform and Go version.
//
//	qz, err := quiz.Generate(quiz.Options{Seed: 42, Count: 20})
//	if err != nil {
//		log.Fatal(err)
//	}
//	for _, q := range qz.Questions {
//		fmt.Println(q.Prompt, q.Choices)
//	}
//	report, _ := qz.Grade(answers) // answers[i] are the options chosen for question i
//	fmt.Printf("%d/%d\n", report.Correct, report.Total)
//	os.WriteFile("quiz.gift", []byte(qz.GIFT()), 0o644)
//
// Korean particles in the questions follow the sound a name ends with when
// read aloud ("CloudTrail을", "Amazon S3를", "ECS와 EKS").
package quiz
