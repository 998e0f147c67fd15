// Runs before the Paged.js polyfill. It publishes layout progress on window.dossierState, which
// the PDF renderers poll: polling works the same in Playwright and in a sandboxed Electron window,
// where the page has no bridge to call back into.
//
// It also fills in the index page numbers (a.pageref) once layout is done. Paged.js's
// target-counter re-computes every page's counters and forces a relayout for each reference it
// resolves, which took minutes for the hundreds of references in a 50-clip index; the contents
// page keeps target-counter. Each reference holds a placeholder as wide as the widest number, so
// writing the real number never makes a line longer than the one Paged.js laid out.
(function () {
  var state = { pages: 0, done: false, error: null };
  window.dossierState = state;
  window.addEventListener('error', function (event) {
    state.error = String(event.message || 'layout failed');
  });
  window.addEventListener('unhandledrejection', function (event) {
    state.error = String((event.reason && event.reason.message) || event.reason || 'layout failed');
  });
  function fillPageReferences() {
    var refs = document.querySelectorAll('a.pageref');
    for (var i = 0; i < refs.length; i++) {
      var ref = refs[i];
      var target = document.getElementById(decodeURIComponent(ref.getAttribute('href').slice(1)));
      var page = target && target.closest('.pagedjs_page');
      ref.textContent = page ? page.getAttribute('data-page-number') : '?';
      ref.classList.remove('pageref--pending');
    }
  }

  window.PagedConfig = {
    before: function () {
      var Paged = window.Paged;
      class PageCounter extends Paged.Handler {
        afterPageLayout() {
          state.pages += 1;
        }
      }
      // A comparison's rows continued on a new page get the A/B column header again. It is added
      // while Paged.js fills the page, so the header's height counts before the page is cut.
      class RepeatComparisonHeader extends Paged.Handler {
        renderNode(clone, node) {
          var element = clone.nodeType === 1 ? clone : clone.parentElement;
          var rows = element && element.closest('.cmp-rows');
          if (!rows || rows.querySelector(':scope > .cmp-colhead')) return;
          var source = node.parentElement && node.parentElement.closest('.cmp-rows');
          var head = source && source.querySelector(':scope > .cmp-colhead');
          if (!head || element === rows) return;
          var copy = head.cloneNode(true);
          // Without data-ref, Paged.js never mistakes the copy for the original when it maps breaks back.
          [copy].concat(Array.prototype.slice.call(copy.querySelectorAll('[data-ref]'))).forEach(function (el) {
            el.removeAttribute('data-ref');
          });
          copy.classList.add('cmp-colhead--repeated');
          rows.insertBefore(copy, rows.firstChild);
        }
      }
      Paged.registerHandlers(PageCounter, RepeatComparisonHeader);
    },
    after: function (flow) {
      fillPageReferences();
      state.pages = flow ? flow.total : state.pages;
      state.done = true;
    },
  };
})();
