// Records every Content-Security-Policy violation on this page, whoever
// causes it (the page itself causes none), and keeps a button working.
/* global document -- a browser page, not Node */
(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sourceFile || ''}`.trim());
    document.documentElement.dataset.violations = violations.join(' | ');
  });
  document.addEventListener('DOMContentLoaded', () => {
    const out = document.getElementById('clicks');
    document.getElementById('page-button').addEventListener('click', () => {
      out.textContent = String(Number(out.textContent) + 1);
    });
    document.body.dataset.pageOk = 'yes';
  });
})();
