// The sample site's own script: fills #script-output with text computed here, so tests can tell that
// site scripts ran (the sentence it writes appears in no file of the site).
(function () {
  function show() {
    var owls = 7;
    var lanternsPerOwl = 6;
    var target = document.getElementById('script-output');
    if (target) {
      target.textContent = 'Script says: ' + (owls * lanternsPerOwl) + ' lanterns are lit';
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', show);
  } else {
    show();
  }
})();
