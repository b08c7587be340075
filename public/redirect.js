// A redirect page's one script (src/layouts/Redirect.astro): its meta refresh
// leads to the new address but drops the old one's #fragment, so a link to a
// section (/people/<alias>/#meetings, a revision's anchor in changes.xml) landed
// at the top of the page. With a fragment, this goes to the new address with
// it, before the parser reaches the refresh; without one, the refresh does it.
// A classic script, run as the parser meets it: the target is in its data-to.
(function () {
  var script = document.currentScript;
  var to = script && script.dataset.to;
  if (to && location.hash) location.replace(to + location.hash);
})();
