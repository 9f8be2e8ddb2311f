// Parley's query page: YASGUI on the store's SPARQL endpoint, with the analyst queries of
// queries/ as examples (from /query/examples.json) and Parley's prefixes (/query/prefixes.json).
'use strict';

(function () {
  const ENDPOINT = new URL('/kg/sparql', location.href).href;
  const BASE = 'https://w3id.org/parley/id/';

  function getJson(path) {
    return fetch(path).then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status} ${r.statusText}`);
      return r.json();
    });
  }

  function el(tag, props, ...children) {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...children);
    return e;
  }

  // Result links to Parley's resources open the local /id/ page: the IRIs themselves point to
  // w3id.org, which knows nothing about this store.
  function localLinks(node) {
    for (const a of node.querySelectorAll(`a[href^="${BASE}"]`)) {
      a.setAttribute('href', '/id/' + a.getAttribute('href').substring(BASE.length));
    }
  }

  function configure(prefixes) {
    const declarations = Object.entries(prefixes)
      .map(([prefix, ns]) => `PREFIX ${prefix}: <${ns}>`)
      .join('\n');
    Yasgui.Yasqe.defaults.value = `${declarations}

# Persons and the countries they represent; pick an example on the left for more.
SELECT ?person ?name ?country WHERE {
  ?person a parley:Person ; rdfs:label ?name .
  OPTIONAL { ?person parley:represents/rdfs:label ?country }
}
ORDER BY ?name
LIMIT 100
`;
    // The class and property completers ask services on the internet; prefix completion reads
    // Parley's own list, in the form prefix.cc serves, and adds a PREFIX line when one is used.
    Yasgui.Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
    Yasgui.Yasqe.defaults.prefixCcApi = new URL('/query/prefixes.json', location.href).href;
    Yasgui.Yasr.plugins.table.defaults.tableConfig.createdRow = localLinks;
  }

  function start(examples, prefixes) {
    configure(prefixes);
    const yasgui = new Yasgui(document.getElementById('yasgui'), {
      requestConfig: { endpoint: ENDPOINT },
      endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
      // pid: only shortens the IRIs of results (the queries' comments write them so too).
      yasr: { prefixes: { ...prefixes, pid: BASE } },
      persistenceId: 'parley-query',
      tabName: 'Query',
    });
    // Tabs kept from an earlier visit may name a server on another port: this page asks this one.
    for (const id of yasgui.persistentConfig.getTabs()) yasgui.getTab(id).setEndpoint(ENDPOINT);

    const list = document.getElementById('examples');
    for (const example of examples) {
      const button = el(
        'button',
        { type: 'button', title: example.id + '.rq' },
        el('span', { className: 'number', textContent: example.number }),
        el('span', { className: 'name', textContent: example.name }),
      );
      button.dataset.id = example.id;
      button.addEventListener('click', () => openExample(yasgui, example));
      list.append(el('li', {}, button));
    }
    yasgui.on('tabSelect', (_, tabId) => {
      const name = yasgui.getTab(tabId)?.getName();
      describe(examples.find((example) => title(example) === name));
    });
    describe(examples.find((example) => title(example) === yasgui.getTab()?.getName()));
    window.parleyQuery = { yasgui, examples };
  }

  function title(example) {
    return `${example.number} ${example.name}`;
  }

  // An example opens in a tab of its own (the same tab again if it is still unchanged).
  function openExample(yasgui, example) {
    yasgui.addTab(
      true,
      { name: title(example), yasqe: { value: example.query } },
      { avoidDuplicateTabs: true },
    );
    describe(example);
  }

  // The panel above the editor describes the example of the tab shown, if it is one.
  function describe(example) {
    for (const b of document.querySelectorAll('#examples button')) {
      b.setAttribute('aria-current', String(example !== undefined && b.dataset.id === example.id));
    }
    document.getElementById('about').hidden = example === undefined;
    if (example === undefined) return;
    document.getElementById('about-name').textContent = title(example);
    document
      .getElementById('about-comment')
      .replaceChildren(
        ...example.comment
          .split(/\n\s*\n/)
          .map((p) => el('p', { textContent: p.replace(/\s*\n\s*/g, ' ') })),
      );
    document.getElementById('about-parameters').textContent =
      example.parameters || 'None: run it as it is.';
  }

  Promise.all([getJson('/query/examples.json'), getJson('/query/prefixes.json')])
    .then(([examples, prefixes]) => start(examples, prefixes))
    .catch((e) => {
      const error = document.getElementById('error');
      error.textContent = `The query page could not start: ${e.message}`;
      error.hidden = false;
    });
})();
