/*
 * Small helpers for keyboard users, on top of pages that work without JavaScript:
 * - search suggestions: Down arrow from the search box enters the list, Up/Down move in it,
 *   Escape returns to the box (Enter follows the focused suggestion, as any link);
 * - search results swapped in place by htmx (facets, pages): focus moves to the new results, so the
 *   next Tab continues there instead of at the top of the page;
 * - the search page's facets panel (a details element, open as sent): closed on narrow screens, so the results
 *   come first, and open beside them on wide ones, also after htmx swaps the results;
 * - "Copy citation" on a briefing: copies the citation, or selects it where the clipboard is refused.
 * Loaded with defer from the layout; no inline script, as the Content-Security-Policy requires.
 */
(function () {
  'use strict';

  function suggestionLinks(list) {
    return list ? Array.prototype.slice.call(list.querySelectorAll('.suggestions a')) : [];
  }

  function boxFor(list) {
    return document.querySelector('input[aria-controls="' + list.id + '"]');
  }

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var controlled = target.matches('input[aria-controls]')
        ? document.getElementById(target.getAttribute('aria-controls')) : null;
    if (controlled) {
      var links = suggestionLinks(controlled);
      if (event.key === 'ArrowDown' && links.length > 0) {
        event.preventDefault();
        links[0].focus();
      } else if (event.key === 'Escape' && links.length > 0) {
        controlled.innerHTML = '';
      }
      return;
    }
    var list = target.closest('.suggestions') ? target.closest('[id]') : null;
    if (!list) {
      return;
    }
    var all = suggestionLinks(list);
    var index = all.indexOf(target);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)].focus();
    } else if (event.key === 'ArrowUp' || event.key === 'Escape') {
      event.preventDefault();
      var box = boxFor(list);
      if (event.key === 'ArrowUp' && index > 0) {
        all[index - 1].focus();
      } else if (box) {
        box.focus();
      }
    }
  });

  // htmx swaps #search-results (outerHTML) when a facet or page link inside it is followed: the focused
  // link is gone with the old results, so focus goes to the new ones
  var focusWasInResults = false;
  document.addEventListener('htmx:beforeRequest', function () {
    var results = document.getElementById('search-results');
    focusWasInResults = !!results && results.contains(document.activeElement);
  });
  document.addEventListener('htmx:afterSettle', function () {
    var results = document.getElementById('search-results');
    if (focusWasInResults && results && !results.contains(document.activeElement)) {
      results.focus({ preventScroll: true });
    }
    focusWasInResults = false;
  });

  var narrow = window.matchMedia('(max-width: 47.99rem)');
  function fitFacetsPanel() {
    document.querySelectorAll('details.refine').forEach(function (panel) {
      panel.open = !narrow.matches;
    });
  }
  document.addEventListener('DOMContentLoaded', fitFacetsPanel);
  document.addEventListener('htmx:afterSwap', fitFacetsPanel);
  narrow.addEventListener('change', fitFacetsPanel);

  function copyCitation(button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('[role="status"]');
    var text = source.textContent.trim();
    function selected() {
      var selection = window.getSelection();
      selection.removeAllRanges();
      var range = document.createRange();
      range.selectNodeContents(source);
      selection.addRange(range);
      status.textContent = status.getAttribute('data-selected');
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = status.getAttribute('data-copied');
      }, selected);
    } else {
      selected();
    }
  }

  function enhance() {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      button.parentNode.hidden = false;
      button.addEventListener('click', function () {
        copyCitation(button);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
}());
