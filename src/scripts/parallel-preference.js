// Parallel reading, chosen on an earlier visit: applied before paint so the page does not jump.
// Kept as a classic inline script (a module would run after paint) at the start of the body; its hash goes into the
// page's Content-Security-Policy (src/layouts/Base.astro).
try { if (localStorage.getItem('atlas-parallel') === '1') document.documentElement.classList.add('parallel'); } catch (error) {}
