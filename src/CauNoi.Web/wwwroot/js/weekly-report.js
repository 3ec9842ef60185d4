// Draws the weekly report's charts from the page's JSON data block (the CSP allows only our own scripts).
(function () {
    'use strict';
    var data = cauNoiCharts.data('weekly-report-data');
    if (!data) return;
    var colours = { received: '#0d6efd', answered: '#198754', overdue: '#dc3545', late: '#fd7e14', open: '#6c757d' };
    var common = cauNoiCharts.common, draw = cauNoiCharts.draw;

    draw('chart-provinces', {
        type: 'bar',
        data: {
            labels: data.provinces.labels,
            datasets: [
                { label: 'Tiếp nhận', data: data.provinces.received, backgroundColor: colours.received },
                { label: 'Đã trả lời', data: data.provinces.answered, backgroundColor: colours.answered },
                { label: 'Quá hạn cuối kỳ', data: data.provinces.overdue, backgroundColor: colours.overdue }
            ]
        },
        options: Object.assign({}, common, {
            plugins: { title: { display: true, text: 'Theo tỉnh, thành phố' } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
        })
    });

    draw('chart-fields', {
        type: 'bar',
        data: {
            labels: data.fields.labels,
            datasets: [
                { label: 'Tiếp nhận', data: data.fields.received, backgroundColor: colours.received },
                { label: 'Đang xử lý cuối kỳ', data: data.fields.open, backgroundColor: colours.open }
            ]
        },
        options: Object.assign({}, common, {
            indexAxis: 'y',
            plugins: { title: { display: true, text: 'Theo lĩnh vực' } },
            scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
        })
    });

    draw('chart-answers', {
        type: 'doughnut',
        data: {
            labels: ['Đúng hạn', 'Quá hạn'],
            datasets: [{ data: [data.answers.onTime, data.answers.late], backgroundColor: [colours.answered, colours.late] }]
        },
        options: Object.assign({}, common, {
            plugins: { title: { display: true, text: 'Trả lời trong kỳ' }, legend: { position: 'bottom' } }
        })
    });
})();
