/* The site's only script: small enhancements on top of pages that already work without it.
   Written for this site (no third-party player or search UI is copied in). */
(function () {
  "use strict";
  /* Where this script is: the words it shows, one file per language, are in ../i18n/ (page_context.py). */
  var scriptUrl = document.currentScript ? document.currentScript.src : "";

  /* Material's own script is not loaded (issue 11: 35 KB on every first view). Its menus are CSS
     checkboxes that work without it; these are the few parts of it the site keeps. */

  /* The menu on a phone: Escape closes it, and so does a link to a part of this page. */
  var drawer = document.getElementById("__drawer");
  if (drawer) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer.checked) drawer.checked = false;
    });
    document.querySelectorAll(".md-sidebar--primary a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function () { drawer.checked = false; });
    });
  }

  /* Menu sections open from a label that Material makes focusable: Enter and Space work as on a button. */
  document.querySelectorAll("label.md-nav__link[for][tabindex]").forEach(function (label) {
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
  });

  /* Back to top: offered when the reader scrolls back up, well down a page. */
  var toTop = document.querySelector(".md-top");
  var lastY = window.scrollY;
  /* Table of contents: the heading being read is marked in it (Material's toc.follow). */
  var headings = Array.prototype.slice.call(document.querySelectorAll(".md-content [id]")).filter(function (el) {
    return /^H[23]$/.test(el.tagName) && document.querySelector(".md-nav--secondary a[href='#" + el.id + "']");
  });
  var marked = "";
  function followScroll() {
    var y = window.scrollY;
    if (toTop) toTop.hidden = !(y < lastY && y > 400);
    lastY = y;
    var current = "";
    headings.forEach(function (heading) { if (heading.getBoundingClientRect().top < 100) current = heading.id; });
    if (current === marked) return;
    marked = current;
    document.querySelectorAll(".md-nav--secondary .md-nav__link").forEach(function (link) {
      link.classList.toggle("md-nav__link--active", current !== "" && link.getAttribute("href") === "#" + current);
    });
  }
  var scrollQueued = false;
  window.addEventListener("scroll", function () {
    if (scrollQueued) return;
    scrollQueued = true;
    window.requestAnimationFrame(function () { scrollQueued = false; followScroll(); });
  }, { passive: true });
  if (toTop) {
    toTop.addEventListener("click", function () {
      toTop.hidden = true;
      window.scrollTo({ top: 0 });
      toTop.blur();
    });
  }

  /* "Print this page": a real button, shown only when it can work. */
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  /* A static build cannot know today's date, so the "may be out of date" notice is made here, above the
     page's text, once the next review date (in the review line at the foot of the page) has passed. Its
     sentence is the same on every page of a language, so it is fetched only then. */
  var today = new Date().toISOString().slice(0, 10);
  var due = document.querySelector("time[data-next-review]");
  var text = document.querySelector("[data-pagefind-body]");
  if (due && text && scriptUrl && due.getAttribute("datetime") < today) {
    fetch(new URL("../i18n/" + document.documentElement.lang + ".json", scriptUrl)).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (words) {
      var notice = document.createElement("aside");
      notice.className = "page-notice page-notice--overdue";
      notice.setAttribute("role", "note");
      var sentence = document.createElement("p");
      sentence.textContent = words.review_overdue.replace("{date}", due.textContent);
      notice.appendChild(sentence);
      text.parentNode.insertBefore(notice, text);
    }).catch(function () { /* no notice rather than a broken one */ });
  }

  /* Videos: the youtube-nocookie player is created only when the reader presses Play. The "Watch on
     YouTube" link moves under the player, for when the embed is blocked (issue 12); the player keeps its
     own keyboard controls (no disablekb). */
  document.querySelectorAll(".video[data-video-id]").forEach(function (figure) {
    var button = figure.querySelector(".video__play");
    var screen = figure.querySelector(".video__screen");
    if (!button || !screen) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = "https://www.youtube-nocookie.com/embed/" + encodeURIComponent(figure.getAttribute("data-video-id")) +
        "?autoplay=1&rel=0&hl=" + encodeURIComponent(document.documentElement.lang);
      frame.title = figure.getAttribute("data-frame-title");
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("tabindex", "0");
      var link = screen.querySelector(".video__link");
      screen.replaceWith(frame);
      if (link) frame.after(link);
      frame.focus();
    });
  });

  /* Good-practice index: narrow the list by nation and topic. */
  document.querySelectorAll("[data-example-filter]").forEach(function (form) {
    var list = document.querySelector("[data-example-list]");
    var count = form.querySelector(".example-filter__count");
    if (!list) return;
    var items = Array.prototype.slice.call(list.children);
    function matches(item, name, value) {
      return !value || (" " + item.getAttribute("data-" + name) + " ").indexOf(" " + value + " ") >= 0;
    }
    function update() {
      var nation = form.elements.nation.value;
      var topic = form.elements.topic.value;
      var shown = 0;
      items.forEach(function (item) {
        var visible = matches(item, "nations", nation) && matches(item, "topics", topic);
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      count.textContent = shown ? localDigits(count.getAttribute("data-count-template")
        .replace("{shown}", shown).replace("{total}", items.length), count.getAttribute("data-digits"))
        : count.getAttribute("data-none");
    }
    form.hidden = false;
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  });

  /* Search page: the index of this page's language loads only now, and only what the query needs. */
  /* (runSearch runs at the end of this file, once the search constants below are set.) */

  /* Numbers in the page language's digits (Bengali pages use ০-৯), from the element's data-digits. */
  function localDigits(text, digits) {
    return digits ? String(text).replace(/[0-9]/g, function (d) { return digits.charAt(Number(d)); }) : String(text);
  }

  /* Search: the same word splitting as the build's (scripts/search_words.py); keep the two in step. */
  var WORD_RE = /(?:[\p{L}\p{N}]|[\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d])+/gu;
  /* A page's kind weighs on its place: the guide about a word comes before examples that mention it. */
  var KIND_WEIGHT = { guide: 1, about: 0.6, example: 0.6 };

  function searchWords(text) {
    text = text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
    return text.match(WORD_RE) || [];
  }

  /* How well `word` in the index answers `term` in the query: the word itself, a longer word that
     starts with it ("hosp" finds "hospital"), or the term less a last letter ("carers" finds "carer"). */
  function closeness(term, word) {
    if (word === term) return 1;
    if (word.indexOf(term) === 0) return 0.7;
    if (term.length >= 4 && term.length - word.length === 1 && term.indexOf(word) === 0) return 0.8;
    return 0;
  }

  function runSearch(box) {
    var status = box.querySelector(".search-results__status");
    var list = box.querySelector(".search-results__list");
    var digits = box.getAttribute("data-digits");
    var query = (new URLSearchParams(window.location.search).get("q") || "").normalize("NFC").trim();
    var input = document.getElementById("site-search-query");
    if (input) input.value = query;
    var terms = searchWords(query).filter(function (term, i, all) { return all.indexOf(term) === i; });
    if (!terms.length) { status.textContent = box.getAttribute("data-text-empty"); return; }
    status.textContent = box.getAttribute("data-text-searching");
    var folder = new URL(box.getAttribute("data-index"), window.location.href);
    var site = new URL(box.getAttribute("data-site"), window.location.href);
    function load(name) {
      return fetch(new URL(name, folder)).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
    }
    var letters = terms.map(function (term) { return term.charAt(0); })
      .filter(function (letter, i, all) { return all.indexOf(letter) === i; });
    var files = {};
    Promise.all([load("pages.json")].concat(letters.map(function (letter) {
      /* A letter no word starts with has no file: that is no match, not an error. */
      return fetch(new URL("words-" + letter.codePointAt(0).toString(16) + ".json", folder))
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (words) { files[letter] = words; });
    }))).then(function (loaded) {
      var pages = loaded[0];
      /* Every word of the query must be on a page; its score is what each word scores there. */
      var totals = null;
      terms.forEach(function (term) {
        var found = {};
        var words = files[term.charAt(0)] || {};
        Object.keys(words).forEach(function (word) {
          var weight = closeness(term, word);
          if (!weight) return;
          var postings = words[word];
          for (var i = 0; i < postings.length; i += 2) {
            found[postings[i]] = Math.max(found[postings[i]] || 0, postings[i + 1] * weight);
          }
        });
        if (totals === null) { totals = found; return; }
        Object.keys(totals).forEach(function (page) {
          if (found[page]) totals[page] += found[page]; else delete totals[page];
        });
      });
      var ranked = Object.keys(totals).map(function (number) {
        var page = pages[number];
        return { url: page[0], title: page[1], kind: page[2], description: page[3],
                 score: totals[number] * (KIND_WEIGHT[page[2]] || 1) };
      }).sort(function (a, b) { return b.score - a.score || a.title.localeCompare(b.title); });
      var total = ranked.length;
      var key = total === 0 ? "data-text-none" : total === 1 ? "data-text-one" : "data-text-other";
      status.textContent = localDigits(box.getAttribute(key).replace("{count}", total), digits).replace("{query}", query);
      /* Every match is listed: the index already holds each page's title and description. */
      ranked.forEach(function (item) {
        var li = document.createElement("li");
        var kind = document.createElement("p");
        kind.className = "search-results__kind";
        kind.textContent = box.getAttribute("data-kind-" + item.kind) || "";
        var link = document.createElement("a");
        link.href = new URL(item.url, site).href;
        link.textContent = item.title;
        var description = document.createElement("p");
        description.textContent = item.description;
        li.appendChild(kind);
        li.appendChild(link);
        li.appendChild(description);
        list.appendChild(li);
      });
    }).catch(function () {
      status.textContent = box.getAttribute("data-text-error");
    });
  }
  var results = document.querySelector("[data-search-results]");
  if (results) runSearch(results);
})();
