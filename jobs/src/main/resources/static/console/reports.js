// The Reports page's charts: each canvas[data-chart] holds its chart as JSON (labels, series, format),
// drawn with Chart.js in the page's language; the uplift's interval is a floating bar with its estimate.
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
        return; // the tables carry the figures; a chart missing is not a broken page
    }
    const language = document.documentElement.lang || 'ru';
    const formats = {
        count: new Intl.NumberFormat(language, {maximumFractionDigits: 0}),
        money: new Intl.NumberFormat(language, {minimumFractionDigits: 2, maximumFractionDigits: 2}),
        percent: new Intl.NumberFormat(language, {style: 'percent', maximumFractionDigits: 1})
    };
    const colours = ['#2f6f9f', '#e08a2e', '#5a9e4b', '#b5475a', '#7d62a8'];
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
        const chart = JSON.parse(canvas.dataset.chart);
        const format = formats[chart.format] || formats.count;
        // whole numbers on the axis (a money axis in kopecks is noise), exact values in the tooltips
        const axis = chart.format === 'money' ? formats.count : format;
        const show = value => Array.isArray(value) ? value.map(v => format.format(v)).join(' – ') : format.format(value);
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: chart.labels,
                datasets: chart.series.map((series, i) => ({
                    label: series.label,
                    data: series.data,
                    type: series.kind === 'point' ? 'line' : 'bar',
                    order: series.kind === 'point' ? 0 : 1, // the estimate on top of its interval
                    showLine: false,
                    maxBarThickness: 48,
                    pointRadius: series.kind === 'point' ? 6 : 0,
                    pointStyle: 'rectRot',
                    backgroundColor: colours[i % colours.length],
                    borderColor: colours[i % colours.length]
                }))
            },
            options: {
                locale: language,
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                scales: {y: {ticks: {callback: value => axis.format(value)}}},
                plugins: {tooltip: {callbacks: {label: item => item.dataset.label + ': ' + show(item.raw)}}}
            }
        });
    });
});
