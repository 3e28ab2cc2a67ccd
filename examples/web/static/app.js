// Search as you type: the page works without this file (the form is a GET
// to /search); with it, the results below the box follow every keystroke,
// rendered by the server (/search?q=…&frag=1) exactly as the page renders
// them. No inline script: the Content-Security-Policy allows only files
// served from here.
(function () {
	'use strict';
	var input = document.getElementById('q');
	var results = document.getElementById('results');
	if (!input || !results) {
		return;
	}
	var timer = 0;
	var seq = 0;
	var ctrl = null;

	function search() {
		var q = input.value;
		var mine = ++seq;
		if (ctrl) {
			ctrl.abort();
		}
		ctrl = new AbortController();
		var url = '/search?q=' + encodeURIComponent(q);
		fetch(url + '&frag=1', { signal: ctrl.signal, headers: { Accept: 'text/html' } })
			.then(function (r) {
				if (!r.ok) {
					throw new Error(String(r.status));
				}
				return r.text();
			})
			.then(function (html) {
				if (mine !== seq) {
					return;
				}
				results.innerHTML = html; // rendered and escaped by the server's templates
				var intro = document.querySelector('.intro');
				if (intro) {
					intro.hidden = q.trim() !== '';
				}
				history.replaceState(null, '', q.trim() ? url : '/search');
				document.title = (q.trim() ? q + ' — 검색' : '검색') + ' · AWS 공부 노트';
				updateCompare();
			})
			.catch(function (e) {
				if (e.name !== 'AbortError' && mine === seq) {
					results.textContent = '검색하지 못했습니다. 검색어가 너무 길지 않은지 확인하세요.';
				}
			});
	}

	input.addEventListener('input', function () {
		clearTimeout(timer);
		timer = setTimeout(search, 120);
	});

	// Arrow keys move between the box and the results.
	function links() {
		return Array.prototype.slice.call(results.querySelectorAll('a.name'));
	}
	input.addEventListener('keydown', function (e) {
		if (e.key === 'ArrowDown') {
			var first = links()[0];
			if (first) {
				e.preventDefault();
				first.focus();
			}
		}
	});
	results.addEventListener('keydown', function (e) {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') {
			return;
		}
		var all = links();
		var i = all.indexOf(document.activeElement);
		if (i < 0) {
			return;
		}
		e.preventDefault();
		if (e.key === 'ArrowDown' && i + 1 < all.length) {
			all[i + 1].focus();
		} else if (e.key === 'ArrowUp') {
			(i > 0 ? all[i - 1] : input).focus();
		}
	});

	// The compare button says how many are picked and is on for 2 to 5.
	function updateCompare() {
		var button = results.querySelector('.compare-button');
		if (!button) {
			return;
		}
		var n = results.querySelectorAll('input[name="id"]:checked').length;
		button.disabled = n < 2 || n > 5;
		button.textContent = n ? '고른 ' + n + '개 비교' + (n > 5 ? ' (5개까지)' : n < 2 ? ' (2개 이상)' : '') : '고른 항목 비교';
	}
	results.addEventListener('change', updateCompare);
	updateCompare();
})();
