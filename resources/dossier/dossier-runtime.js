// Runs before the Paged.js polyfill. It publishes layout progress on window.dossierState, which
// the PDF renderers poll: polling works the same in Playwright and in a sandboxed Electron window,
// where the page has no bridge to call back into.
(function () {
  var state = { pages: 0, done: false, error: null };
  window.dossierState = state;
  window.addEventListener('error', function (event) {
    state.error = String(event.message || 'layout failed');
  });
  window.addEventListener('unhandledrejection', function (event) {
    state.error = String((event.reason && event.reason.message) || event.reason || 'layout failed');
  });
  window.PagedConfig = {
    before: function () {
      var Paged = window.Paged;
      class PageCounter extends Paged.Handler {
        afterPageLayout() {
          state.pages += 1;
        }
      }
      Paged.registerHandlers(PageCounter);
    },
    after: function (flow) {
      state.pages = flow ? flow.total : state.pages;
      state.done = true;
    },
  };
})();
