// On the intake form: once the user pauses typing the title or content, asks the fragment at
// the box's data-url for recommendations already raised like this one and shows them in the box.
(function () {
    var box = document.getElementById('similar-draft');
    var title = document.getElementById('title');
    var content = document.getElementById('content');
    if (!box || !title || !content) return;
    var field = document.getElementById('field');
    var timer = null;
    var asked = 0;   // only the latest request may fill the box

    function look() {
        var query = new URLSearchParams({ title: title.value, content: content.value });
        if (field && field.value) query.set('fieldId', field.value);
        var request = ++asked;
        fetch(box.getAttribute('data-url') + '?' + query.toString(), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) {
                if (!response.ok) throw new Error(String(response.status));
                return response.text();
            })
            .then(function (html) {
                if (request !== asked) return;
                box.innerHTML = html;
                box.hidden = html.trim() === '';
            })
            .catch(function () { if (request === asked) box.hidden = true; });
    }

    function later() {
        clearTimeout(timer);
        timer = setTimeout(look, 600);
    }

    title.addEventListener('input', later);
    content.addEventListener('input', later);
    if (field) field.addEventListener('change', later);
    if (title.value || content.value) later();   // a form shown again after a refusal
})();
