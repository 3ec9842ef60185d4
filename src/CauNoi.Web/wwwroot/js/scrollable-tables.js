// A table wider than the screen scrolls sideways inside its .table-responsive box. A keyboard user scrolls it only if
// the box can take the focus (WCAG 2.1.1; axe "scrollable-region-focusable"), so a box that scrolls is made focusable
// and named, and one that fits is left alone. Checked again when the window's width changes (a phone turned).
(() => {
    const mark = () => {
        for (const box of document.querySelectorAll('.table-responsive')) {
            if (box.scrollWidth > box.clientWidth) {
                box.tabIndex = 0;
                box.setAttribute('role', 'region');
                if (!box.hasAttribute('aria-label')) box.setAttribute('aria-label', 'Bảng, cuộn ngang để xem hết');
            } else if (box.getAttribute('role') === 'region') {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
            }
        }
    };
    mark();
    let waiting;
    window.addEventListener('resize', () => { clearTimeout(waiting); waiting = setTimeout(mark, 150); });
})();
