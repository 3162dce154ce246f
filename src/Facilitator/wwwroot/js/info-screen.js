// The info screen hangs in a community centre for weeks: reload every five minutes, so it shows the series'
// next date and whether joining is open. (A meta refresh would do the same, but fails WCAG 2.2.1 for the page's readers.)
setTimeout(() => location.reload(), 5 * 60 * 1000);
