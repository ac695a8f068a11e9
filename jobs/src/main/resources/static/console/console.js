// Parts of a page marked data-refresh="URL" reload themselves from that URL every few seconds
// (the runs and their progress), without reloading the page and losing what the user typed.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-refresh]').forEach(part => {
        setInterval(async () => {
            try {
                const answer = await fetch(part.dataset.refresh, {headers: {'Accept': 'text/html'}});
                if (answer.ok) {
                    const fresh = new DOMParser().parseFromString(await answer.text(), 'text/html').body.firstElementChild;
                    if (fresh) {
                        part.innerHTML = fresh.innerHTML;
                    }
                }
            } catch (offline) {
                // the next tick tries again
            }
        }, 3000);
    });
});
