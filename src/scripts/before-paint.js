// Runs before the first paint (a classic inline script first in <body>; a module would run after paint).
// 1. Marks that scripts run, so the controls that need them (class needs-js) are laid out from the start instead of
//    appearing later and pushing the text down (layout shift).
// 2. Applies parallel reading if it was chosen on an earlier visit, so the page does not jump.
// Its hash goes into the page's Content-Security-Policy (src/layouts/Base.astro).
document.documentElement.classList.add('js');
try { if (localStorage.getItem('atlas-parallel') === '1') document.documentElement.classList.add('parallel'); } catch (error) {}
