// The agent screen by keyboard: a code's key (shown as <kbd>) picks it and opens the fields it needs,
// Enter saves (the next task follows), Esc leaves a field so the keys pick codes again. While the
// task is on the screen its hold is renewed, so no other agent gets it; a closed tab lets it lapse.
document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('outcome-form');
    const task = document.getElementById('task');
    if (!form || !task) {
        return;
    }
    document.body.classList.add('desk-js');
    const codes = Array.from(form.querySelectorAll('.desk-codes label[data-key]'));

    const show = () => {
        const chosen = codes.find(label => label.querySelector('input').checked);
        const needs = chosen ? chosen.dataset.needs : '';
        form.querySelectorAll('.desk-needs').forEach(part => part.classList.toggle('needed', part.dataset.for === needs));
        return chosen;
    };
    const pick = label => {
        label.querySelector('input').checked = true;
        document.getElementById('pick').hidden = true;
        const chosen = show();
        const first = form.querySelector('.desk-needs.needed input');
        if (first) {
            first.focus();
        } else if (document.activeElement && document.activeElement !== document.body) {
            document.activeElement.blur();
        }
        return chosen;
    };
    codes.forEach(label => label.querySelector('input').addEventListener('change', show));
    show();

    document.addEventListener('keydown', event => {
        if (event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        const inField = event.target.matches('input[type=text], select, textarea');
        if (inField) {
            if (event.key === 'Escape') {
                event.target.blur();
            }
            return; // Enter in a field submits the form as any form does
        }
        const label = codes.find(l => l.dataset.key === event.key);
        if (label) {
            event.preventDefault();
            pick(label);
        } else if (event.key === 'Enter' && event.target.tagName !== 'BUTTON') {
            event.preventDefault();
            if (show()) {
                form.requestSubmit();
            } else {
                document.getElementById('pick').hidden = false;
            }
        }
    });

    const csrf = form.querySelector('input[name=_csrf]');
    const every = Number(task.dataset.holdEvery) || 60000;
    setInterval(() => {
        const body = new URLSearchParams();
        if (csrf) {
            body.set('_csrf', csrf.value);
        }
        fetch(task.dataset.hold, {method: 'POST', body}).catch(() => { /* the next tick tries again */ });
    }, every);
});
