// The quiz and the progress page. The server sends question sheets without
// answers (/api/sheet) and grades them (/api/grade); the learner's progress
// lives in this browser, in localStorage under PROGRESS_KEY, as the JSON of
// package quiz/study, which the server reads and writes: this file only
// stores it, posts it and offers it for download.
(function () {
	'use strict';
	var PROGRESS_KEY = 'awsnotes-progress';
	var CURRENT_KEY = 'awsnotes-current-quiz';

	function el(tag, attrs, children) {
		var e = document.createElement(tag);
		Object.keys(attrs || {}).forEach(function (k) {
			if (k === 'text') {
				e.textContent = attrs[k];
			} else {
				e.setAttribute(k, attrs[k]);
			}
		});
		(children || []).forEach(function (c) {
			e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
		});
		return e;
	}

	function api(method, url, body) {
		var init = { method: method, headers: { Accept: 'application/json' } };
		if (body !== undefined) {
			init.headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		return fetch(url, init).then(function (r) {
			return r.json().catch(function () {
				return { error: '서버의 응답을 읽지 못했습니다.' };
			}).then(function (data) {
				if (!r.ok) {
					throw new Error(data.error || '요청이 실패했습니다 (' + r.status + ').');
				}
				return data;
			});
		});
	}

	// readProgress returns the stored progress: null when there is none,
	// undefined when what is stored is not JSON (it is kept, never
	// overwritten).
	function readProgress() {
		var raw;
		try {
			raw = localStorage.getItem(PROGRESS_KEY);
		} catch (e) {
			return null;
		}
		if (!raw) {
			return null;
		}
		try {
			return JSON.parse(raw);
		} catch (e) {
			return undefined;
		}
	}

	function saveProgress(p) {
		try {
			localStorage.setItem(PROGRESS_KEY, JSON.stringify(p));
			return true;
		} catch (e) {
			return false;
		}
	}

	function percent(x) {
		return Math.round(x * 100) + '%';
	}

	var quizRoot = document.getElementById('quiz');
	if (quizRoot) {
		runQuiz(quizRoot);
	}
	var progressRoot = document.getElementById('progress');
	if (progressRoot) {
		runProgress(progressRoot);
	}

	function runQuiz(root) {
		var status = document.getElementById('quiz-status');
		var state = null; // {key, sheet, exam, minutes, kinds, letters, responses, idx, deadline}
		var clockTimer = 0;
		var view = el('section', { class: 'question' });
		var busy = false;

		var key = location.pathname + location.search;
		try {
			var saved = JSON.parse(sessionStorage.getItem(CURRENT_KEY) || 'null');
			if (saved && saved.key === key && saved.sheet) {
				state = saved;
			}
		} catch (e) { /* start afresh */ }

		if (state) {
			start();
		} else {
			api('GET', '/api/sheet' + location.search).then(function (data) {
				state = {
					key: key, sheet: data.sheet, exam: data.exam, minutes: data.minutes || 0,
					kinds: data.kinds, letters: data.letters, idx: 0,
					responses: data.sheet.questions.map(function () { return []; }),
					deadline: data.exam ? Date.now() + data.minutes * 60000 : 0,
				};
				start();
			}).catch(function (e) {
				status.textContent = e.message;
				status.className = 'error';
			});
		}

		function remember() {
			try {
				sessionStorage.setItem(CURRENT_KEY, JSON.stringify(state));
			} catch (e) { /* the quiz goes on without resuming */ }
		}

		function start() {
			status.remove();
			root.appendChild(view);
			document.addEventListener('keydown', onKey);
			if (state.deadline) {
				clockTimer = setInterval(tick, 1000);
			}
			show();
		}

		function tick() {
			var left = Math.max(0, state.deadline - Date.now());
			var clock = document.getElementById('clock');
			if (clock) {
				var secs = Math.ceil(left / 1000);
				var m = Math.floor(secs / 60);
				var s = secs % 60;
				clock.textContent = '남은 시간 ' + m + ':' + (s < 10 ? '0' : '') + s;
			}
			if (left === 0) {
				clearInterval(clockTimer);
				submit();
			}
		}

		function question() {
			return state.sheet.questions[state.idx];
		}

		// choose answers with option i; a click keeps the focus on the option,
		// a key leaves it on the question.
		function choose(i, clicked) {
			var q = question();
			if (i < 0 || i >= q.choices.length) {
				return;
			}
			var r = state.responses[state.idx];
			if (q.select > 1) {
				var at = r.indexOf(i);
				if (at >= 0) {
					r.splice(at, 1);
				} else {
					r.push(i);
				}
			} else {
				state.responses[state.idx] = [i];
			}
			remember();
			show(clicked ? i : undefined);
		}

		function go(delta) {
			var next = state.idx + delta;
			if (next < 0) {
				return;
			}
			if (next >= state.sheet.questions.length) {
				submit();
				return;
			}
			state.idx = next;
			remember();
			show();
		}

		function onKey(e) {
			if (!state || busy || e.altKey || e.ctrlKey || e.metaKey) {
				return;
			}
			var t = e.target;
			if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) {
				return;
			}
			var q = question();
			var k = e.key;
			var i = -1;
			if (/^[1-9]$/.test(k)) {
				i = Number(k) - 1;
			} else if (/^[a-zA-Z]$/.test(k)) {
				var up = k.toUpperCase();
				i = q.choices.indexOf(up); // O/X questions: the O and X keys
				if (i < 0) {
					i = state.letters.indexOf(up);
				}
			}
			if (i >= 0 && i < q.choices.length) {
				e.preventDefault();
				choose(i);
			} else if (k === 'Enter') {
				// Enter goes on; on an option not yet chosen it chooses it
				// first. On the previous/next buttons it is their click.
				var opt = t && t.getAttribute && t.getAttribute('data-choice');
				if (opt !== null && opt !== undefined && state.responses[state.idx].length === 0) {
					e.preventDefault();
					choose(Number(opt), true);
				} else if (!(t && (t.id === 'next' || t.className === 'secondary' || t.tagName === 'A'))) {
					e.preventDefault();
					go(1);
				}
			} else if (k === 'ArrowRight') {
				go(1);
			} else if (k === 'ArrowLeft') {
				go(-1);
			}
		}

		// show draws the current question; focus goes to the prompt, or
		// stays on the option just chosen.
		function show(focusChoice) {
			var q = question();
			var n = state.sheet.questions.length;
			var chosen = state.responses[state.idx];
			view.textContent = '';
			var meta = el('p', { class: 'qmeta' }, [
				el('span', { text: '문제 ' + (state.idx + 1) + ' / ' + n + ' · ' + (state.kinds[q.kind] || q.kind) + (q.domain ? ' · 영역 ' + q.domain : '') }),
			]);
			if (state.deadline) {
				meta.appendChild(el('span', { id: 'clock', class: 'clock', 'aria-live': 'off' }));
			}
			view.appendChild(meta);
			var prompt = el('p', { class: 'prompt', id: 'prompt', tabindex: '-1', text: q.prompt });
			view.appendChild(prompt);
			view.appendChild(el('p', { class: 'select', id: 'select-hint', text: q.select > 1 ? q.select + '개를 고르세요 (숫자·글자 키로 켜고 끕니다)' : '하나를 고르세요' }));
			var list = el('ol', { class: 'choices', role: 'group', 'aria-labelledby': 'prompt' });
			q.choices.forEach(function (c, i) {
				var b = el('button', { type: 'button', 'aria-pressed': String(chosen.indexOf(i) >= 0), 'data-choice': String(i) }, [
					el('kbd', { text: (i + 1) + '' }), el('span', { text: c }),
				]);
				b.addEventListener('click', function () { choose(i, true); });
				list.appendChild(el('li', {}, [b]));
			});
			view.appendChild(list);
			var last = state.idx === n - 1;
			var prev = el('button', { type: 'button', class: 'secondary', text: '← 이전' });
			prev.disabled = state.idx === 0;
			prev.addEventListener('click', function () { go(-1); });
			var next = el('button', { type: 'button', id: 'next', text: last ? '제출하고 채점 (Enter)' : '다음 (Enter) →' });
			next.addEventListener('click', function () { go(1); });
			view.appendChild(el('div', { class: 'nav' }, [prev, next]));
			if (state.deadline) {
				tick();
			}
			if (focusChoice !== undefined) {
				list.querySelectorAll('button')[focusChoice].focus();
			} else {
				prompt.focus();
			}
		}

		function submit() {
			if (busy) {
				return;
			}
			busy = true;
			clearInterval(clockTimer);
			view.textContent = '';
			view.appendChild(el('p', { role: 'status', text: '채점하는 중…' }));
			var progress = readProgress();
			api('POST', '/api/grade', {
				sheet: state.sheet, responses: state.responses, exam: !!state.exam,
				progress: progress === undefined ? null : progress,
			}).then(function (res) {
				var kept = progress !== undefined && saveProgress(res.progress);
				try {
					sessionStorage.removeItem(CURRENT_KEY);
				} catch (e) { /* nothing to forget */ }
				document.removeEventListener('keydown', onKey);
				report(res, kept);
			}).catch(function (e) {
				busy = false;
				view.textContent = '';
				view.appendChild(el('p', { class: 'error', role: 'alert', text: e.message }));
				var again = el('button', { type: 'button', text: '다시 채점' });
				again.addEventListener('click', submit);
				view.appendChild(again);
			});
		}

		function report(res, kept) {
			view.textContent = '';
			var score = el('h2', { class: 'score', id: 'score', tabindex: '-1', text: '점수 ' + res.correct + ' / ' + res.total + ' (' + percent(res.total ? res.correct / res.total : 0) + ')' });
			view.appendChild(score);
			if (res.exam) {
				var ex = res.exam;
				view.appendChild(el('p', { class: 'big', text: '예상 점수 ' + ex.estimatedScore + ' / 1000 · 합격선 ' + ex.passMark + ' · ' + (ex.estimatedPass ? '합격 예상' : '불합격 예상') }));
				if (ex.note) {
					view.appendChild(el('p', { class: 'hint', text: ex.note }));
				}
				var tbody = el('tbody');
				ex.domains.forEach(function (d) {
					tbody.appendChild(el('tr', {}, [
						el('th', { scope: 'row', text: d.domain + '. ' + d.korean + ' (' + d.weight + '%)' }),
						el('td', { class: 'num', text: d.correct + ' / ' + d.total }),
						el('td', { class: 'num', text: percent(d.share) }),
					]));
				});
				view.appendChild(el('table', { class: 'stats' }, [
					el('thead', {}, [el('tr', {}, [el('th', { text: '영역' }), el('th', { text: '맞힘' }), el('th', { text: '비율' })])]),
					tbody,
				]));
			}
			var st = res.stats;
			view.appendChild(el('p', { id: 'progress-line', text: kept
				? '진도에 저장했습니다: 지금까지 ' + st.questions + '문제, ' + st.reviews + '번 답, 정답률 ' + percent(st.accuracy) + '.'
				: '이 브라우저의 기존 기록을 읽을 수 없어 이번 결과는 저장하지 않았습니다. 진도 페이지에서 기존 기록을 내려받으세요.' }));
			view.appendChild(el('p', {}, [
				el('a', { href: location.pathname + location.search.replace(/([?&])seed=\d+&?/, '$1'), text: '같은 조건으로 새 퀴즈' }), ' · ',
				el('a', { href: '/quiz', text: '다른 퀴즈' }), ' · ',
				el('a', { href: '/progress', text: '진도 보기' }),
			]));
			res.results.forEach(function (r, i) {
				var q = state.sheet.questions[i];
				var letters = function (xs) {
					return (xs || []).map(function (x) { return (x + 1) + '. ' + q.choices[x]; }).join(', ') || '답하지 않음';
				};
				var box = el('div', { class: 'result' }, [
					el('p', {}, [el('span', { class: r.correct ? 'mark-ok' : 'mark-bad', text: r.correct ? '○ 맞음' : '✕ 틀림' }), ' ' + (i + 1) + '번']),
					el('p', { class: 'prompt', text: q.prompt }),
					el('p', { text: '고른 답: ' + letters(r.chosen) }),
				]);
				if (!r.correct) {
					box.appendChild(el('p', { text: '정답: ' + letters(r.answers) }));
					if (r.explanation) {
						box.appendChild(el('p', { class: 'explain', text: r.explanation }));
					}
				}
				view.appendChild(box);
			});
			score.focus();
		}
	}

	function runProgress(root) {
		var status = document.getElementById('progress-status');
		var progress = readProgress();

		function draw(sum) {
			root.textContent = '';
			if (!sum || sum.reviews === 0) {
				root.appendChild(el('p', { id: 'progress-summary', text: '아직 푼 문제가 없습니다. 퀴즈를 풀면 이 브라우저에 기록이 쌓입니다.' }));
				root.appendChild(el('p', {}, [el('a', { href: '/quiz', text: '퀴즈 풀러 가기' })]));
				return;
			}
			root.appendChild(el('p', { id: 'progress-summary', class: 'big', text: '지금까지 ' + sum.questions + '문제, ' + sum.reviews + '번 답, 정답률 ' + percent(sum.accuracy) + ' · 오늘 복습할 문제 ' + sum.due + '개' }));
			var tbody = el('tbody');
			sum.domains.forEach(function (a) {
				tbody.appendChild(el('tr', {}, [
					el('th', { scope: 'row', text: a.key + '. ' + a.korean }),
					el('td', { class: 'num', text: a.correct + ' / ' + a.reviews }),
					el('td', { class: 'num', text: a.reviews ? percent(a.accuracy) : '—' }),
				]));
			});
			root.appendChild(el('h2', { text: '시험 영역별' }));
			root.appendChild(el('table', { class: 'stats' }, [
				el('thead', {}, [el('tr', {}, [el('th', { text: '영역' }), el('th', { text: '맞힘' }), el('th', { text: '정답률' })])]),
				tbody,
			]));
			var weak = (sum.weakest || []).filter(function (a) { return a.accuracy < 1; });
			if (weak.length) {
				root.appendChild(el('h2', { text: '약한 시험 작업' }));
				var ul = el('ul');
				weak.forEach(function (a) {
					var li = el('li', {}, [a.key + ' ' + a.korean + ' — 정답률 ' + percent(a.accuracy) + ' ']);
					li.appendChild(el('a', { href: '/quiz/play?mode=practice&task=' + encodeURIComponent(a.key) + '&count=5', text: '5문제 풀기' }));
					ul.appendChild(li);
				});
				root.appendChild(ul);
			}
		}

		function load() {
			if (progress === undefined) {
				status.textContent = '이 브라우저에 저장된 기록이 JSON이 아닙니다. 지우지 않았습니다: 내려받아 확인하세요.';
				status.className = 'error';
				return;
			}
			if (progress === null) {
				draw(null);
				return;
			}
			api('POST', '/api/stats', { progress: progress }).then(draw).catch(function (e) {
				status.textContent = e.message;
				status.className = 'error';
			});
		}
		load();

		document.getElementById('progress-download').addEventListener('click', function () {
			var raw = localStorage.getItem(PROGRESS_KEY);
			if (!raw) {
				alert('내려받을 기록이 없습니다.');
				return;
			}
			var blob = new Blob([raw + '\n'], { type: 'application/json' });
			var a = el('a', { href: URL.createObjectURL(blob), download: 'progress.json' });
			document.body.appendChild(a);
			a.click();
			a.remove();
		});
		document.getElementById('progress-upload-button').addEventListener('click', function () {
			document.getElementById('progress-upload').click();
		});
		document.getElementById('progress-upload').addEventListener('change', function (e) {
			var file = e.target.files && e.target.files[0];
			if (!file) {
				return;
			}
			file.text().then(function (text) {
				var other = JSON.parse(text);
				return api('POST', '/api/merge', { progress: progress || null, other: other });
			}).then(function (res) {
				progress = res.progress;
				saveProgress(progress);
				draw(res.stats);
			}).catch(function (err) {
				alert('불러오지 못했습니다: ' + (err instanceof SyntaxError ? 'JSON 파일이 아닙니다.' : err.message));
			});
		});
		document.getElementById('progress-clear').addEventListener('click', function () {
			if (confirm('이 브라우저의 진도 기록을 모두 지울까요? 먼저 내려받아 두면 나중에 다시 불러올 수 있습니다.')) {
				localStorage.removeItem(PROGRESS_KEY);
				progress = null;
				draw(null);
			}
		});
	}
})();
