// Fills the detail page's <div id="similar"> with the recommendations similar to this one,
// from the fragment at data-url (by default this page's address followed by /tuong-tu).
(function () {
    var box = document.getElementById('similar');
    if (!box) return;
    var url = box.getAttribute('data-url') || window.location.pathname.replace(/\/$/, '') + '/tuong-tu';
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.text();
        })
        .then(function (html) { box.innerHTML = html; })
        .catch(function () { box.textContent = 'Không tải được danh sách kiến nghị tương tự.'; });
})();
