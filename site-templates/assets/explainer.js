// Highlight the sentence a link points to. CSS :target is enough on a full page load, but Material's
// instant navigation changes the URL with history.pushState, which does not update :target.
(function () {
  function highlightTarget() {
    document.querySelectorAll(".ex-s.ex-target").forEach(function (element) {
      element.classList.remove("ex-target");
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (target && target.classList.contains("ex-s")) target.classList.add("ex-target");
  }
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(highlightTarget);
  } else {
    document.addEventListener("DOMContentLoaded", highlightTarget);
  }
  window.addEventListener("hashchange", highlightTarget);
})();
