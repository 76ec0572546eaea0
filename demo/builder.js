// The embed-code builder (builder.html). A classic script loaded by URL, so the page runs under a strict
// Content Security Policy: no inline scripts, no inline event handlers, no innerHTML. Everything the
// user types reaches the page only through setAttribute, textContent and option.value/text, and the
// snippet escapes every attribute value.
(function () {
  'use strict';

  var SAMPLE_FEED = 'feeds/events.json';
  var BUNDLE = new URL('../dist/lectern.js', document.baseURI).href;
  var ELEMENTS = ['lectern-event-card', 'lectern-speaker-list', 'lectern-publication-card', 'lectern-related-carousel', 'lectern-event-list'];
  /** What `lectern render` can render (the event list comes with the script only). */
  var SERVER_ELEMENTS = ELEMENTS.slice(0, 4);
  var DEFAULTS = { accent: '#8c1d40', radius: '0.5', font: 'inherit', headingLevel: '2' };

  var $ = function (id) {
    return document.getElementById(id);
  };
  var form = $('builder');
  var feedInput = $('feed-url');
  var feedStatus = $('feed-status');
  var itemSelect = $('item');
  var headingSelect = $('heading-level');
  var langSelect = $('lang');
  var accentInput = $('accent');
  var accentHint = $('accent-hint');
  var radiusInput = $('radius');
  var radiusValue = $('radius-value');
  var fontSelect = $('font');
  var inlineBox = $('inline-feed');
  var preview = $('preview');
  var snippet = $('snippet');
  var copyButton = $('copy');
  var copyStatus = $('copy-status');
  var renderSnippet = $('render-snippet');
  var copyRenderButton = $('copy-render');
  var copyRenderStatus = $('copy-render-status');

  /** The feed the builder last loaded (absolute URL), or '' before any. */
  var feedUrl = '';
  var loadCount = 0;
  /** For "Feed inline": {json} (the feed as the widgets read it, escaped), {error}, or null while it is being read. */
  var inlineFeed = null;

  // ---- Escaping: the snippet is text that becomes HTML on someone else's page. -------------------
  function escapeAttr(value) {
    return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  /**
   * JSON for inside a <script> element, by the rules of `npx lectern inline`: `<` (so `</script>`,
   * `<!--` and `<script` can never appear), `>`, `&`, U+2028, U+2029, and the characters that make a
   * terminal or this textarea show something else (C1 controls, bidirectional overrides) as \u escapes,
   * which JSON.parse reads back as the same text. JSON.stringify escapes the other controls itself.
   */
  function scriptJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, function (c) {
      return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    });
  }
  /** CSS values come from fixed lists and a colour input, but never let one close the <style>. */
  function safeCss(value) {
    return String(value).replace(/[<>{};\\]/g, '');
  }

  // ---- State read from the form. ----------------------------------------------------------------
  function chosenElements() {
    return ELEMENTS.filter(function (tag) {
      var box = form.querySelector('input[name="elements"][value="' + tag + '"]');
      return box && box.checked;
    });
  }
  function theme() {
    var t = [];
    if (accentInput.value.toLowerCase() !== DEFAULTS.accent) t.push(['--lectern-accent', accentInput.value.toLowerCase()]);
    if (radiusInput.value !== DEFAULTS.radius) t.push(['--lectern-radius', Number(radiusInput.value) + 'em']);
    if (fontSelect.value !== DEFAULTS.font) t.push(['--lectern-font-family', fontSelect.value]);
    return t;
  }

  /**
   * The elements to embed, as a plain description: [{tag, attrs: [[name, value]], children: [...]}].
   * One element stands alone with its own src; several share one <lectern-feed>. `inline`: the feed
   * goes in a script element inside <lectern-feed> (`inline: true` on it) instead of `src`.
   */
  function describe(inline) {
    var tags = chosenElements();
    if (!feedUrl || tags.length === 0) return null;
    var item = itemSelect.disabled ? '' : itemSelect.value;
    var level = headingSelect.value;
    var styled = theme().length > 0;
    function content(tag, own) {
      var attrs = own.slice();
      if (level !== DEFAULTS.headingLevel) attrs.push(['heading-level', level]);
      return { tag: tag, attrs: attrs, children: [] };
    }
    var sourceAttrs = inline ? [] : [['src', feedUrl]];
    if (item) sourceAttrs.push(['item', item]);
    if (langSelect.value) sourceAttrs.push(['lang', langSelect.value]);
    if (styled) sourceAttrs.unshift(['class', 'lectern-theme']);
    if (tags.length === 1 && !inline) return content(tags[0], sourceAttrs);
    return {
      tag: 'lectern-feed',
      attrs: sourceAttrs,
      inline: inline,
      children: tags.map(function (tag) {
        return content(tag, []);
      }),
    };
  }

  // ---- The snippet. -----------------------------------------------------------------------------
  function inlineScript() {
    if (!inlineFeed) return '<!-- Reading the feed… -->';
    if (inlineFeed.error) return '<!-- The widgets cannot use this feed (see the preview), so it cannot go inline. -->';
    return '<script type="application/feed+json">' + inlineFeed.json + '</' + 'script>';
  }
  function toHtml(node, indent) {
    var open =
      indent +
      '<' +
      node.tag +
      node.attrs
        .map(function (a) {
          return ' ' + a[0] + '="' + escapeAttr(a[1]) + '"';
        })
        .join('') +
      '>';
    if (node.children.length === 0) return open + '</' + node.tag + '>';
    var children = node.children.map(function (child) {
      return toHtml(child, indent + '  ');
    });
    if (node.inline) children.unshift(indent + '  ' + inlineScript());
    return open + '\n' + children.join('\n') + '\n' + indent + '</' + node.tag + '>';
  }
  function buildSnippet(tree) {
    var lines = ['<script type="module" src="' + escapeAttr(BUNDLE) + '"></' + 'script>'];
    var t = theme();
    if (tree && t.length) {
      lines.push('<style>');
      lines.push('  .lectern-theme {');
      t.forEach(function (pair) {
        lines.push('    ' + pair[0] + ': ' + safeCss(pair[1]) + ';');
      });
      lines.push('  }');
      lines.push('</style>');
    }
    lines.push(tree ? toHtml(tree, '') : '<!-- Load a feed and choose at least one element. -->');
    return lines.join('\n') + '\n';
  }

  // ---- The server-rendered snippet: the command that prints it (the builder cannot run Node). --------
  /** A shell word, single-quoted unless plainly safe: feed ids are the feed's text, pasted into a terminal. */
  function shellWord(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : "'" + value.replace(/'/g, "'\\''") + "'";
  }
  function renderCommand() {
    var chosen = chosenElements();
    var tags = chosen.filter(function (tag) {
      return SERVER_ELEMENTS.indexOf(tag) !== -1;
    });
    var listNote = chosen.length > tags.length ? '# <lectern-event-list> is not server-rendered: embed it with the script snippet.\n' : '';
    if (!feedUrl || !tags.length) return listNote + '# Load a feed and choose at least one element.\n';
    var args = ['npx', 'lectern', 'render', feedUrl];
    if (itemSelect.value) args.push('--item', itemSelect.value);
    if (tags.length < SERVER_ELEMENTS.length) {
      args.push(
        '--elements',
        tags
          .map(function (tag) {
            return tag.replace(/^lectern-/, '');
          })
          .join(','),
      );
    }
    if (headingSelect.value !== DEFAULTS.headingLevel) args.push('--heading-level', headingSelect.value);
    if (langSelect.value) args.push('--lang', langSelect.value);
    var lines = [
      '# Where your page is built (Node 20+, npm install lectern): print the embed, every element rendered.',
      args.map(shellWord).join(' ') + ' > lectern-embed.html',
      '# Put that HTML in the page, and load lectern.js to hydrate it (late or async is fine):',
      '<script type="module" async src="' + escapeAttr(BUNDLE) + '"></' + 'script>',
    ];
    if (theme().length) lines.push('# Your colours: the <style> of the script snippet, and the HTML inside <div class="lectern-theme">.');
    return listNote + lines.join('\n') + '\n';
  }

  // ---- The live preview: real elements, built with DOM APIs only. ----------------------------------
  function toElement(node) {
    var el = document.createElement(node.tag);
    node.attrs.forEach(function (a) {
      el.setAttribute(a[0], a[1]);
    });
    node.children.forEach(function (child) {
      el.append(toElement(child));
    });
    return el;
  }
  function placeholder(text) {
    var p = document.createElement('p');
    p.className = 'placeholder';
    p.textContent = text;
    return p;
  }
  function applyTheme() {
    // CSSOM (not a style attribute), which a strict style-src allows.
    var t = theme();
    ['--lectern-accent', '--lectern-radius', '--lectern-font-family'].forEach(function (name) {
      preview.style.removeProperty(name);
    });
    t.forEach(function (pair) {
      preview.style.setProperty(pair[0], pair[1]);
    });
  }

  var lastTree = '';
  function update() {
    // The preview always loads the feed by URL: the same feed, and no script element to build.
    var tree = describe(false);
    snippet.value = buildSnippet(inlineBox.checked ? describe(true) : tree);
    renderSnippet.value = renderCommand();
    copyStatus.textContent = '';
    copyRenderStatus.textContent = '';
    applyTheme();
    // Rebuild the preview only when the elements or their attributes change (not for a colour).
    var key = JSON.stringify(tree);
    if (key === lastTree) return;
    lastTree = key;
    if (!feedUrl) preview.replaceChildren(placeholder('Load a feed (or use the sample) to see the preview.'));
    else if (!tree) preview.replaceChildren(placeholder('Choose at least one element to see the preview.'));
    else preview.replaceChildren(toElement(tree));
  }

  // ---- Accent contrast: buttons put white text on the accent, links put the accent on white. -------
  function luminance(hex) {
    var rgb = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
  function checkAccent() {
    var value = accentInput.value;
    if (!/^#[0-9a-f]{6}$/i.test(value)) return;
    var ratio = 1.05 / (luminance(value) + 0.05);
    var shown = (Math.floor(ratio * 10) / 10).toFixed(1);
    accentHint.textContent =
      ratio >= 4.5
        ? 'Contrast with white: ' + shown + ':1 (4.5:1 or more is needed for text).'
        : 'Too light: contrast with white is ' + shown + ':1, and link and button text needs 4.5:1. Choose a darker colour.';
    accentHint.classList.toggle('warning', ratio < 4.5);
  }

  // ---- Loading the feed to list its items. ----------------------------------------------------------
  function option(value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }
  function setStatus(text, kind) {
    feedStatus.textContent = text;
    feedStatus.className = 'status' + (kind ? ' ' + kind : '');
  }
  function fillItems(feed) {
    var groups = { Events: [], Publications: [], 'Other items': [] };
    feed.items.forEach(function (item) {
      if (!item || (typeof item.id !== 'string' && typeof item.id !== 'number')) return;
      var id = String(item.id);
      var title = typeof item.title === 'string' && item.title.trim() ? item.title.trim() : id;
      var group = item._event ? 'Events' : item._book ? 'Publications' : 'Other items';
      groups[group].push(option(id, title));
    });
    var first = option('', 'Automatic: the next event that has not ended');
    itemSelect.replaceChildren(first);
    Object.keys(groups).forEach(function (label) {
      if (!groups[label].length) return;
      var g = document.createElement('optgroup');
      g.label = label;
      g.append.apply(g, groups[label]);
      itemSelect.append(g);
    });
    itemSelect.disabled = false;
    return groups.Events.length + groups.Publications.length + groups['Other items'].length;
  }
  function loadFeed(raw) {
    var text = String(raw || '').trim();
    if (!text) {
      setStatus('Enter the URL of a feed, or use the sample feed.', 'error');
      feedInput.focus();
      return Promise.resolve();
    }
    var url;
    try {
      url = new URL(text, document.baseURI);
    } catch {
      setStatus('“' + text + '” is not a URL.', 'error');
      return Promise.resolve();
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      setStatus('The feed URL must start with https: or http:.', 'error');
      return Promise.resolve();
    }
    var ticket = ++loadCount;
    setStatus('Loading ' + url.href + ' …', 'busy');
    return fetch(url.href, { headers: { Accept: 'application/feed+json, application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('the server answered ' + response.status + (response.statusText ? ' ' + response.statusText : ''));
        return response.text();
      })
      .then(function (body) {
        var feed;
        try {
          feed = JSON.parse(body);
        } catch {
          throw new Error('it is not valid JSON');
        }
        if (!feed || typeof feed !== 'object' || !Array.isArray(feed.items) || !/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(feed.version)) {
          throw new Error('it is not a JSON Feed (no "version" of jsonfeed.org or no "items")');
        }
        return feed;
      })
      .then(
        function (feed) {
          if (ticket !== loadCount) return;
          feedUrl = url.href;
          readInline(feed, url.href, ticket);
          var n = fillItems(feed);
          var title = typeof feed.title === 'string' ? feed.title : 'the feed';
          setStatus('Loaded “' + title + '”: ' + n + (n === 1 ? ' item.' : ' items.'), 'ok');
          update();
        },
        function (error) {
          if (ticket !== loadCount) return;
          var reason =
            error instanceof TypeError ? 'the request failed (a network error, or the server does not allow cross-origin requests)' : error.message;
          setStatus('Could not load the feed: ' + reason + '.', 'error');
          feedUrl = '';
          itemSelect.replaceChildren(option('', 'Load a feed first'));
          itemSelect.disabled = true;
          update();
        },
      );
  }

  /**
   * The feed for "Feed inline", as the widgets will read it: validated by the bundle's own validator
   * (the module this page already loads), so broken items are left out and relative URLs are resolved
   * against the feed's address, not the page's. `npx lectern inline` prints the same JSON.
   */
  function readInline(feed, url, ticket) {
    inlineFeed = null;
    import(BUNDLE)
      .then(function (lectern) {
        return { json: scriptJson(lectern.validateFeed(feed, { url: url }).feed) };
      })
      .catch(function (error) {
        return { error: error };
      })
      .then(function (result) {
        if (ticket !== loadCount) return;
        inlineFeed = result;
        if (inlineBox.checked) update();
      });
  }

  // ---- Copy. --------------------------------------------------------------------------------------
  function selectText(box, status, message) {
    box.focus();
    box.select();
    status.textContent = message;
  }
  function copyFrom(box, status) {
    var text = box.value;
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      selectText(box, status, 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
      return;
    }
    navigator.clipboard.writeText(text).then(
      function () {
        status.textContent = 'Copied';
      },
      function () {
        selectText(box, status, 'Copying was not allowed. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
      },
    );
  }
  copyButton.addEventListener('click', function () {
    copyFrom(snippet, copyStatus);
  });
  copyRenderButton.addEventListener('click', function () {
    copyFrom(renderSnippet, copyRenderStatus);
  });

  // ---- Wiring. --------------------------------------------------------------------------------------
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    loadFeed(feedInput.value);
  });
  $('use-sample').addEventListener('click', function () {
    feedInput.value = new URL(SAMPLE_FEED, document.baseURI).href;
    loadFeed(feedInput.value);
  });
  form.addEventListener('change', function (event) {
    if (event.target === feedInput) return;
    update();
  });
  radiusInput.addEventListener('input', function () {
    radiusValue.textContent = Number(radiusInput.value) + 'em';
    update();
  });
  accentInput.addEventListener('input', function () {
    checkAccent();
    update();
  });

  checkAccent();
  update();
  // Start from the sample feed, so the first thing a visitor sees is a working preview.
  $('use-sample').click();
})();
