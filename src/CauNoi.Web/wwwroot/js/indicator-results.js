// Draws the indicator's trend over two years from the page's JSON data block (the CSP allows only our own scripts).
// The period's figures are in the page's table, for whoever cannot see the chart.
(function () {
    'use strict';
    var data = cauNoiCharts.data('indicator-trend-data');
    if (!data) return;
    cauNoiCharts.draw('chart-trend', {
        type: 'line',
        data: { labels: data.labels, datasets: [{ label: data.label + ' (' + data.unit + ')', data: data.values, borderColor: '#0d6efd', spanGaps: false }] },
        options: Object.assign({}, cauNoiCharts.common, { plugins: { title: { display: true, text: data.label + ', 24 kỳ gần nhất' } } })
    });
})();
