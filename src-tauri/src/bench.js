// Injected only when TAVLE_BENCH is set (see bench.rs). Reports to the benchmark script:
//   ready   ms from navigation start until the rows are painted and the first cell has focus
//   render  ms from the editor starting on the rows until they are painted (tavle:rows; a
//           large board: its first screenful)
//   all     ms until every row of a large board is in the table (tavle:rows-all)
//   key     ms from each key press reaching the page until the frame that shows it was painted
//   scripts ms from navigation start until the page's modules (ui/**/*.js) were loaded and run
//           (DOMContentLoaded comes after every module script): what loading screens lazily
//           could at most save
(() => {
  const mark = (name, value) =>
    window.__TAURI_INTERNALS__.invoke('bench_mark', { name, value }).catch(() => {});
  let rendered = false;
  function waitForBoard() {
    const cell = document.querySelector('#editor:not([hidden]) textarea.celle');
    if (rendered && cell) {
      cell.focus();
      if (document.activeElement === cell) {
        mark('ready', performance.now());
        return;
      }
    }
    requestAnimationFrame(waitForBoard);
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'tavle:rows-all' && rendered) mark('all', e.duration);
      if (e.name !== 'tavle:rows') continue;
      if (!rendered) mark('render', e.duration);
      rendered = true;
    }
  }).observe({ type: 'measure', buffered: true });
  // Key to paint: the rAF callback runs just before the frame is painted; a task posted
  // from it runs right after that paint.
  // Timed from the page's first sight of the key (the event's own timeStamp is on another
  // clock when WebKit paints without compositing).
  document.addEventListener('keydown', () => {
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => mark('key', performance.now() - start), 0));
  }, true);
  const loaded = () => {
    mark('scripts', performance.now());
    waitForBoard();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loaded);
  else loaded();
})();
