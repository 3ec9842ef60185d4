// Draws the task dashboard's charts from the page's JSON data block (the CSP allows only our own scripts).
// The same figures are in the page's tables, for whoever cannot see the charts.
(function () {
    'use strict';
    var data = cauNoiCharts.data('task-dashboard-data');
    if (!data) return;
    var colours = { onTime: '#198754', late: '#fd7e14', notDone: '#dc3545', progress: '#0d6efd', notYet: '#adb5bd', cancelled: '#6c757d' };
    var common = cauNoiCharts.common, draw = cauNoiCharts.draw;

    draw('chart-trend', {
        type: 'bar',
        data: {
            labels: data.trend.labels,
            datasets: [
                { label: 'Hoàn thành đúng hạn', data: data.trend.onTime, backgroundColor: colours.onTime },
                { label: 'Hoàn thành quá hạn', data: data.trend.late, backgroundColor: colours.late },
                { label: 'Chưa hoàn thành', data: data.trend.notDone, backgroundColor: colours.notDone }
            ]
        },
        options: Object.assign({}, common, {
            plugins: { title: { display: true, text: 'Theo tháng của hạn' } },
            scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
        })
    });

    // In the order of TaskFigures.Order: on time, late, in progress, overdue, not yet due, cancelled.
    draw('chart-statuses', {
        type: 'doughnut',
        data: {
            labels: data.statuses.labels,
            datasets: [{
                data: data.statuses.counts,
                backgroundColor: [colours.onTime, colours.late, colours.progress, colours.notDone, colours.notYet, colours.cancelled]
            }]
        },
        options: Object.assign({}, common, {
            plugins: { title: { display: true, text: 'Theo tình trạng' }, legend: { position: 'bottom' } }
        })
    });
})();
