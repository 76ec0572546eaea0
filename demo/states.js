// The "slow network" box on states.html. A static file server cannot delay a response, so this script
// stands in for a slow connection: it gives <lectern-feed id="slow-feed"> its src only after the box's
// data-delay (3 s). Until then the card shows its pending placeholder, holding its space.
// A classic script loaded by URL (no inline code), so the page's strict CSP and Trusted Types allow it.
(function () {
  'use strict';
  var feed = document.getElementById('slow-feed');
  if (!feed) return;
  var delay = Number(feed.getAttribute('data-delay')) || 3000;
  setTimeout(function () {
    feed.setAttribute('src', feed.getAttribute('data-src') || 'feeds/states.json');
  }, delay);
})();
