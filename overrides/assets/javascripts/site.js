/* The site's only script: small enhancements on top of pages that already work without it.
   Written for this site (no third-party player or search UI is copied in). */
(function () {
  "use strict";

  var MAX_RESULTS = 10;

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

  /* A static build cannot know today's date, so the "may be out of date" notice is decided here. */
  var today = new Date().toISOString().slice(0, 10);
  document.querySelectorAll("[data-next-review]").forEach(function (notice) {
    if (notice.getAttribute("data-next-review") < today) notice.hidden = false;
  });

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

  /* Search page: load Pagefind only now, and search this page's language only. */
  var results = document.querySelector("[data-search-results]");
  if (results) runSearch(results);

  /* Numbers in the page language's digits (Bengali pages use ০-৯), from the element's data-digits. */
  function localDigits(text, digits) {
    return digits ? String(text).replace(/[0-9]/g, function (d) { return digits.charAt(Number(d)); }) : String(text);
  }

  function runSearch(box) {
    var status = box.querySelector(".search-results__status");
    var list = box.querySelector(".search-results__list");
    var query = (new URLSearchParams(window.location.search).get("q") || "").normalize("NFC").trim();
    var input = document.getElementById("site-search-query");
    if (input) input.value = query;
    if (!query) { status.textContent = box.getAttribute("data-text-empty"); return; }
    status.textContent = box.getAttribute("data-text-searching");
    var script = new URL(box.getAttribute("data-pagefind"), window.location.href);
    import(script.href).then(function (pagefind) {
      return pagefind.options({ baseUrl: new URL("..", script).pathname }).then(function () {
        return pagefind.search(query);
      }).then(function (search) {
        /* Each shown result fetches a small fragment: show the best ten, count them all. */
        return Promise.all(search.results.slice(0, MAX_RESULTS).map(function (result) { return result.data(); }))
          .then(function (found) { return { total: search.results.length, found: found }; });
      });
    }).then(function (answer) {
      var total = answer.total;
      var key = total === 0 ? "data-text-none" : total === 1 ? "data-text-one" : "data-text-other";
      status.textContent = localDigits(box.getAttribute(key).replace("{count}", total), box.getAttribute("data-digits"))
        .replace("{query}", query);
      answer.found.forEach(function (item) {
        var li = document.createElement("li");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = (item.meta && item.meta.title) || item.url;
        var excerpt = document.createElement("p");
        excerpt.innerHTML = item.excerpt;  /* Pagefind's excerpt of our own page, with <mark> around the match */
        li.appendChild(link);
        li.appendChild(excerpt);
        list.appendChild(li);
      });
    }).catch(function () {
      status.textContent = box.getAttribute("data-text-error");
    });
  }
})();
