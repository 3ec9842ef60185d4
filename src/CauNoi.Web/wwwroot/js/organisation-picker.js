// Finds an organisation by name (diacritics optional) and fills the code input of the user forms.
(() => {
    const code = document.getElementById('Input_OrganisationCode');
    const search = document.getElementById('org-search');
    const results = document.getElementById('org-results');
    let timer;
    // A commune's body with its province: there is a "Xã Ba Đình" in more than one province.
    const label = o => o.kind === 'CommuneEconomicOffice' && o.provinceName ? o.name + ' — ' + o.provinceName : o.name;
    search.addEventListener('input', () => {
        clearTimeout(timer);
        const q = search.value.trim();
        if (q.length < 2) { results.replaceChildren(); return; }
        timer = setTimeout(async () => {
            const response = await fetch('/api/v1/organisations?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
            if (!response.ok) return;
            const page = await response.json();
            results.replaceChildren(...page.items.slice(0, 10).map(o => {
                const item = document.createElement('button');
                item.type = 'button';
                item.className = 'list-group-item list-group-item-action py-1 small';
                item.textContent = o.code + ' – ' + label(o);
                item.addEventListener('click', () => { code.value = o.code; search.value = label(o); results.replaceChildren(); });
                return item;
            }));
        }, 250);
    });
})();
