// What the pages' charts share: the page's data from its JSON block (the CSP allows only our own scripts), our font,
// Vietnamese numbers, and a chart drawn only where its canvas is. The figures are also in each page's tables.
window.cauNoiCharts = (function () {
    'use strict';
    if (typeof Chart !== 'undefined') Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    return {
        common: { locale: 'vi-VN', responsive: true, maintainAspectRatio: false },
        data: function (id) {
            var source = document.getElementById(id);
            return source && typeof Chart !== 'undefined' ? JSON.parse(source.textContent) : null;
        },
        draw: function (id, config) {
            var canvas = document.getElementById(id);
            if (canvas) new Chart(canvas, config);
        }
    };
})();
