// Parley's network view: asks the store's SPARQL endpoint for entities and the edges between
// them and draws them with cytoscape.js. Every query is below in plain SPARQL.
'use strict';

(function () {
  const ENDPOINT = '/kg/sparql';
  const BASE = 'https://w3id.org/parley/id/';
  // A big store still gives a readable start: the best-connected entities only (60 keep their
  // labels legible on a laptop screen; search and expansion add the rest). /graph?cap=N asks for
  // another number.
  const NODE_CAP = Math.max(1, Number(new URLSearchParams(location.search).get('cap')) || 60);
  const EDGE_LIMIT = 5000;

  const PREFIXES = `PREFIX parley: <https://w3id.org/parley/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;
  const ENTITY_TYPES = 'parley:Person, parley:Country, parley:Organization, parley:Place';

  const TYPES = {
    Person: { label: 'Person', color: '#4e79a7', shape: 'ellipse' },
    Country: { label: 'Country', color: '#59a14f', shape: 'round-rectangle' },
    Organization: { label: 'Organisation', color: '#f28e2b', shape: 'diamond' },
    Place: { label: 'Place', color: '#b07aa1', shape: 'round-triangle' },
  };
  const KINDS = {
    met: { label: 'met', color: '#e15759' },
    'spoke-about': { label: 'said / spoke about', color: '#76b7b2' },
    represents: { label: 'represents', color: '#9c9c9c', dashed: true },
  };

  // Every edge of the entity network: one row per kind and pair, weighted by distinct articles,
  // with the dates it happened on. %FOCUS% is replaced by a filter when expanding one node.
  const EDGES = `
SELECT ?kind ?a ?b (SAMPLE(?al) AS ?aLabel) (SAMPLE(?at) AS ?aType)
       (SAMPLE(?bl) AS ?bLabel) (SAMPLE(?bt) AS ?bType)
       (COUNT(DISTINCT ?art) AS ?weight) (GROUP_CONCAT(DISTINCT STR(?d); separator=" ") AS ?dates)
WHERE {
  {
    # met: two participants of one meeting
    ?m a parley:Meeting ; parley:participant ?a, ?b ; parley:evidence/parley:article ?art .
    FILTER(STR(?a) < STR(?b))
    OPTIONAL { ?m parley:date ?d }
    BIND("met" AS ?kind)
  } UNION {
    # said / spoke about: the speaker of a statement and what it is about
    ?s a parley:Statement ; parley:speaker ?a ; parley:about ?b ;
       parley:evidence/parley:article ?art .
    FILTER(?a != ?b)
    OPTIONAL { ?s parley:date ?d }
    BIND("spoke-about" AS ?kind)
  } UNION {
    # represents: a person and their country, in each article that says so
    GRAPH ?art { ?a parley:represents ?b }
    ?art a parley:Article .
    OPTIONAL { ?art parley:published ?d }
    BIND("represents" AS ?kind)
  }
  ?a a ?at . FILTER(?at IN (${ENTITY_TYPES}))
  ?b a ?bt . FILTER(?bt IN (${ENTITY_TYPES}))
  OPTIONAL { ?a rdfs:label ?al }
  OPTIONAL { ?b rdfs:label ?bl }
  %FOCUS%
}
GROUP BY ?kind ?a ?b
ORDER BY DESC(?weight)
LIMIT ${EDGE_LIMIT}`;

  const SEARCH = `
SELECT ?n (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
  ?n rdfs:label ?l ; a ?t .
  FILTER(?t IN (${ENTITY_TYPES}))
  FILTER(CONTAINS(LCASE(STR(?l)), %TEXT%))
}
GROUP BY ?n
ORDER BY STRLEN(?label) ?label
LIMIT 20`;

  // Names spelled like the search words, a letter or two apart (Lavrof, Zelenskiy), from the
  // store's full-text index (see queries/23); asked only when the plain search finds nothing.
  const SPELLED_LIKE = `
PREFIX text: <http://jena.apache.org/text#>
SELECT ?n (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (MAX(?score) AS ?best) WHERE {
  (?n ?score) text:query (rdfs:label %TEXT% 100) .
  ?n rdfs:label ?l ; a ?t .
  FILTER(?t IN (${ENTITY_TYPES}))
}
GROUP BY ?n
ORDER BY DESC(?best) ?label
LIMIT 20`;

  // Evidence for one edge, by kind; %A% and %B% are replaced by the edge's two IRIs.
  const EVIDENCE = {
    met: `
SELECT ?m ?date ?status ?place ?sentence ?art ?articleId ?title ?url WHERE {
  ?m a parley:Meeting ; parley:participant %A%, %B% ; parley:evidence ?ev .
  OPTIONAL { ?m parley:date ?date }
  OPTIONAL { ?m parley:status ?status }
  OPTIONAL { ?m parley:location/rdfs:label ?place }
  ?ev parley:sentence ?sentence ; parley:article ?art .
  ?art parley:id ?articleId .
  OPTIONAL { ?art parley:title ?title }
  OPTIONAL { ?art parley:url ?url }
}
ORDER BY ?date ?m ?articleId`,
    'spoke-about': `
SELECT ?s ?date ?quote ?sentence ?art ?articleId ?title ?url WHERE {
  ?s a parley:Statement ; parley:speaker %A% ; parley:about %B% ; parley:evidence ?ev .
  OPTIONAL { ?s parley:date ?date }
  OPTIONAL { ?s parley:quote ?quote }
  ?ev parley:sentence ?sentence ; parley:article ?art .
  ?art parley:id ?articleId .
  OPTIONAL { ?art parley:title ?title }
  OPTIONAL { ?art parley:url ?url }
}
ORDER BY ?date ?s ?articleId`,
    represents: `
SELECT ?date ?art ?articleId ?title ?url WHERE {
  GRAPH ?art { %A% parley:represents %B% }
  ?art a parley:Article ; parley:id ?articleId .
  OPTIONAL { ?art parley:published ?date }
  OPTIONAL { ?art parley:title ?title }
  OPTIONAL { ?art parley:url ?url }
}
ORDER BY ?date ?articleId`,
  };

  const $ = (id) => document.getElementById(id);
  const graph = { cy: null, layoutDone: false, capped: false };
  window.parleyGraph = graph;

  // ---- SPARQL

  async function sparql(query) {
    let response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { Accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query: PREFIXES + query }),
      });
    } catch (e) {
      throw new Error(`The SPARQL endpoint ${ENDPOINT} cannot be reached (${e.message}).`);
    }
    if (!response.ok) {
      const text = (await response.text()).trim().split('\n')[0].slice(0, 300);
      throw new Error(`The SPARQL query failed: HTTP ${response.status}. ${text}`);
    }
    const json = await response.json();
    return json.results.bindings.map((row) => {
      const values = {};
      for (const [name, term] of Object.entries(row)) values[name] = term.value;
      return values;
    });
  }

  /** An IRI from a result, checked before it goes back into a query. */
  function iri(value) {
    if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value)) throw new Error(`Not an IRI: ${value}`);
    return `<${value}>`;
  }

  /** A SPARQL string literal holding exactly the given text. */
  function literal(text) {
    const escaped = text.replace(/[\\"']/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t');
    return `"${escaped}"`;
  }

  /** The template with each %NAME% replaced by values[NAME], taken literally. */
  function fill(template, values) {
    return template.replace(/%([A-Z]+)%/g, (match, name) => values[name]);
  }

  function showError(error) {
    const box = $('error');
    box.textContent = error.message || String(error);
    box.hidden = false;
    $('status').textContent = 'The network could not be loaded.';
  }

  function clearError() {
    $('error').hidden = true;
  }

  // ---- Building the network

  const localType = (typeIri) => (typeIri || '').replace(/^.*[#/]/, '');
  const pagePath = (value) => (value.startsWith(BASE) ? '/id/' + value.slice(BASE.length) : value);
  const edgeId = (kind, a, b) => `${kind} ${a} ${b}`;

  function rowsToElements(rows) {
    const nodes = new Map();
    const edges = [];
    for (const r of rows) {
      nodes.set(r.a, { id: r.a, label: r.aLabel || localType(r.a), type: localType(r.aType) });
      nodes.set(r.b, { id: r.b, label: r.bLabel || localType(r.b), type: localType(r.bType) });
      const dates = (r.dates || '').split(' ').filter(Boolean).sort();
      edges.push({
        id: edgeId(r.kind, r.a, r.b), source: r.a, target: r.b, kind: r.kind,
        weight: Number(r.weight) || 1, dates, first: dates[0] || '', last: dates[dates.length - 1] || '',
      });
    }
    return { nodes, edges };
  }

  /**
   * Keeps the NODE_CAP entities with most edges and the edges between them, less the entities
   * whose edges all lead outside (they would float alone, unconnected).
   */
  function cap({ nodes, edges }) {
    const degree = new Map();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    const kept = new Set([...nodes.keys()].sort((x, y) => degree.get(y) - degree.get(x))
      .slice(0, NODE_CAP));
    const inside = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    const linked = new Set(inside.flatMap((e) => [e.source, e.target]));
    return {
      total: nodes.size,
      nodes: [...kept].filter((id) => linked.has(id)).map((id) => nodes.get(id)),
      edges: inside,
    };
  }

  function add(nodes, edges, near) {
    const cy = graph.cy;
    const added = cy.collection();
    for (const n of nodes) {
      if (cy.getElementById(n.id).empty()) {
        const position = near ? { x: near.x + Math.random() * 60 - 30, y: near.y + Math.random() * 60 - 30 } : undefined;
        added.merge(cy.add({ group: 'nodes', data: n, position }));
      }
    }
    for (const e of edges) {
      if (cy.getElementById(e.id).empty()) added.merge(cy.add({ group: 'edges', data: e }));
    }
    cy.nodes().forEach((n) => n.data('degree', n.degree(false)));
    applyFilters();
    return added;
  }

  function layout(randomize) {
    graph.layoutDone = false;
    const run = graph.cy.layout({
      name: 'cose', animate: false, randomize, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 70, nodeRepulsion: () => 6000, gravity: 1.5, componentSpacing: 30,
      padding: 30,
    });
    run.one('layoutstop', () => {
      graph.layoutDone = true;
    });
    run.run();
  }

  async function loadStart() {
    clearError();
    graph.cy.elements().remove();
    const rows = await sparql(fill(EDGES, { FOCUS: '' }));
    const network = cap(rowsToElements(rows));
    graph.capped = network.total > network.nodes.length || rows.length >= EDGE_LIMIT;
    add(network.nodes, network.edges);
    // Hubs in the middle to start from, rather than random places: the same store always gives
    // the same picture.
    graph.cy.layout({ name: 'concentric', concentric: (n) => n.degree(), animate: false }).run();
    layout(false);
    updateStatus(network.total);
  }

  async function expand(node) {
    clearError();
    const id = iri(node.id());
    const rows = await sparql(fill(EDGES, { FOCUS: `FILTER(?a = ${id} || ?b = ${id})` }));
    const { nodes, edges } = rowsToElements(rows);
    const added = add([...nodes.values()], edges, node.position());
    if (added.nonempty()) layout(false);
    updateStatus();
    return added;
  }

  function updateStatus(total) {
    const cy = graph.cy;
    const shown = `${cy.nodes().length} nodes, ${shownEdges().length} of ${cy.edges().length} edges shown`;
    const status = $('status');
    if (total !== undefined) graph.total = total;
    if (graph.capped) {
      status.textContent = `${shown}. Capped: the best-connected of ${graph.total} entities; ` +
        'search or double-click to add more.';
      status.classList.add('capped');
    } else {
      status.textContent = cy.nodes().length === 0 ? 'The store has no edges between entities yet.' : shown;
      status.classList.remove('capped');
    }
  }

  // ---- Filters

  // Counted by class, not by ':visible': cytoscape may apply the style only at the next frame.
  const shownEdges = () => graph.cy.edges().not('.filtered');

  // ---- Saving the view

  /**
   * The edges shown (kind and dates as filtered) and their nodes, as Cytoscape.js JSON, which
   * Cytoscape desktop imports; each node keeps its IRI as id, each edge its kind, weight and dates.
   */
  function viewAsCytoscapeJson() {
    const edges = graph.cy.edges().not('.filtered');
    const nodes = edges.connectedNodes();
    return JSON.stringify({
      format_version: '1.0',
      generated_by: 'Parley /graph',
      data: { name: 'Parley network' },
      elements: {
        nodes: nodes.map((n) => ({
          data: { id: n.id(), label: n.data('label'), type: n.data('type') },
          position: n.position(),
        })),
        edges: edges.map((e) => ({
          data: {
            id: e.id(), source: e.source().id(), target: e.target().id(), kind: e.data('kind'),
            weight: e.data('weight'), first: e.data('first'), last: e.data('last'),
            dates: e.data('dates').join(' '),
          },
        })),
      },
    }, null, 2);
  }

  function download(name, blob) {
    const link = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  function saveCytoscape() {
    download('parley-network.cyjs', new Blob([viewAsCytoscapeJson()], { type: 'application/json' }));
  }

  function savePicture() {
    download('parley-network.png', graph.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
  }

  function applyFilters() {
    const cy = graph.cy;
    const from = $('from').value;
    const to = $('to').value;
    const kinds = new Set([...document.querySelectorAll('#kinds input:checked')].map((i) => i.value));
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const dates = e.data('dates');
        const inRange = dates.length === 0 || dates.some((d) => (!from || d >= from) && (!to || d <= to));
        e.toggleClass('filtered', !(inRange && kinds.has(e.data('kind'))));
      });
      cy.nodes().forEach((n) => {
        n.toggleClass('faded', n.connectedEdges().not('.filtered').empty());
      });
    });
    updateStatus();
  }

  // ---- Side panel

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function panel(...children) {
    const box = $('evidence');
    box.replaceChildren(...children);
  }

  function showNode(node) {
    const type = TYPES[node.data('type')];
    panel(
      el('h2', {}, node.data('label')),
      el('p', { class: 'type' }, type ? type.label : node.data('type')),
      el('p', {}, el('a', { href: pagePath(node.id()) }, 'Open page')),
      el('button', { type: 'button', onclick: () => expand(node).catch(showError) }, 'Expand neighbours'),
      el('p', { class: 'note' }, `${node.connectedEdges().length} edges in view`));
  }

  function articleLink(r) {
    const href = r.url || pagePath(r.art);
    return el('a', { href }, r.title || `article ${r.articleId}`);
  }

  async function showEdge(edge) {
    const kind = edge.data('kind');
    const a = edge.source().data('label');
    const b = edge.target().data('label');
    const heading = el('h2', {}, `${a} – ${KINDS[kind].label} – ${b}`);
    panel(heading, el('p', { class: 'note' }, 'Loading the evidence…'));
    const query = fill(EVIDENCE[kind], { A: iri(edge.data('source')), B: iri(edge.data('target')) });
    const rows = await sparql(query);
    const meta = `${edge.data('weight')} article${edge.data('weight') === 1 ? '' : 's'}`;
    if (kind === 'represents') {
      panel(heading, el('p', { class: 'meta' }, meta), el('ul', {}, ...rows.map((r) =>
        el('li', {}, 'Said in ', articleLink(r), r.date ? ` (${r.date})` : ''))));
      return;
    }
    // One item per meeting or statement, with each sentence that is evidence for it.
    const groups = new Map();
    for (const r of rows) {
      const key = r.m || r.s;
      if (!groups.has(key)) groups.set(key, { first: r, sentences: new Map() });
      groups.get(key).sentences.set(r.sentence + ' ' + r.art, r);
    }
    const items = [...groups.values()].map(({ first, sentences }) => {
      const head = kind === 'met'
        ? el('div', { class: 'meta' },
          [first.date || 'undated', localType(first.status), first.place ? 'in ' + first.place : '']
            .filter(Boolean).join(' · '))
        : el('div', {}, el('div', { class: 'meta' }, first.date || 'undated'),
          first.quote ? el('p', { class: 'quote' }, `“${first.quote}”`) : null);
      const evidence = [...sentences.values()].map((r) =>
        el('p', { class: 'sentence' }, r.sentence, ' ', el('span', { class: 'meta' }, '(', articleLink(r), ')')));
      return el('li', {}, head, ...evidence);
    });
    panel(heading, el('p', { class: 'meta' }, meta), el('ul', {}, ...items));
  }

  // ---- Search

  let searchTimer;
  let searchSeq = 0;

  async function search(text) {
    const seq = ++searchSeq;
    const results = $('results');
    if (text.trim().length < 2) {
      results.replaceChildren();
      return;
    }
    let rows = await sparql(fill(SEARCH, { TEXT: literal(text.trim().toLowerCase()) }));
    let note = null;
    const fuzzy = fuzzyQuery(text);
    if (rows.length === 0 && fuzzy) {
      rows = await sparql(fill(SPELLED_LIKE, { TEXT: literal(fuzzy) }));
      note = 'No exact match; spelled alike:';
    }
    if (seq !== searchSeq) return; // a later search has started
    results.replaceChildren(...rows.map((r) => el('li', {},
      el('button', { type: 'button', onclick: () => choose(r).catch(showError) },
        r.label, ' ', el('span', { class: 'type' }, TYPES[localType(r.type)]?.label || '')))));
    if (rows.length === 0) results.replaceChildren(el('li', { class: 'note' }, 'No match'));
    else if (note) results.prepend(el('li', { class: 'note' }, note));
  }

  /**
   * A Lucene fuzzy query for the words of the search text ("lavrof" → "lavrof~"), or null when
   * it has no word of two letters or more. Only letters and digits are kept, so nothing the user
   * types is read as Lucene syntax.
   */
  function fuzzyQuery(text) {
    const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter((w) => w.length > 1);
    return words.length === 0 ? null : words.map((w) => `${w}~`).join(' ');
  }

  async function choose(r) {
    $('results').replaceChildren();
    $('search').value = r.label;
    const cy = graph.cy;
    let node = cy.getElementById(r.n);
    if (node.empty()) {
      const center = { x: cy.width() / 2, y: cy.height() / 2 };
      add([{ id: r.n, label: r.label, type: localType(r.type) }], [], center);
      node = cy.getElementById(r.n);
      await expand(node);
    }
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    showNode(node);
  }

  // ---- Start

  function legend() {
    const kinds = $('kinds');
    for (const [kind, k] of Object.entries(KINDS)) {
      const swatch = el('span', { class: 'swatch' + (k.dashed ? ' dashed' : '') });
      swatch.style.background = k.color;
      swatch.style.borderColor = k.color;
      kinds.append(el('label', {}, el('input', { type: 'checkbox', value: kind, checked: '' }), swatch, k.label));
    }
    $('node-legend').replaceChildren(...Object.values(TYPES).map((t) => {
      const dot = el('span', { class: 'dot' });
      dot.style.background = t.color;
      dot.style.borderRadius = t.shape === 'ellipse' ? '50%' : '2px';
      if (t.shape === 'diamond') dot.style.transform = 'rotate(45deg) scale(.8)';
      return el('li', {}, dot, t.label);
    }));
  }

  function style() {
    return [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': 11, color: '#222',
          'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
          width: 'mapData(degree, 1, 15, 16, 44)', height: 'mapData(degree, 1, 15, 16, 44)',
          'border-width': 1, 'border-color': '#fff',
        },
      },
      ...Object.entries(TYPES).map(([type, t]) => ({
        selector: `node[type = "${type}"]`, style: { 'background-color': t.color, shape: t.shape },
      })),
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
      { selector: 'node.faded', style: { opacity: 0.3 } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(weight, 1, 10, 1.5, 8)', 'curve-style': 'bezier', opacity: 0.8,
        },
      },
      ...Object.entries(KINDS).map(([kind, k]) => ({
        selector: `edge[kind = "${kind}"]`,
        style: { 'line-color': k.color, 'target-arrow-color': k.color, 'line-style': k.dashed ? 'dashed' : 'solid' },
      })),
      { selector: 'edge[kind = "spoke-about"]', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
      {
        selector: 'edge:selected',
        style: { opacity: 1, 'underlay-color': '#f5c542', 'underlay-opacity': 0.6, 'underlay-padding': 5 },
      },
      { selector: 'edge.filtered', style: { display: 'none' } },
    ];
  }

  // Labels keep at least 11 screen pixels when a big network is zoomed out to fit.
  let labelFrame = 0;
  function readableLabels() {
    cancelAnimationFrame(labelFrame);
    labelFrame = requestAnimationFrame(() => {
      const size = Math.min(22, 11 / Math.min(1, graph.cy.zoom()));
      graph.cy.style().selector('node').style('font-size', size).update();
    });
  }

  function start() {
    if (typeof window.cytoscape !== 'function') {
      showError(new Error('cytoscape.js did not load from /graph/lib/cytoscape.min.js.'));
      return;
    }
    legend();
    const cy = window.cytoscape({ container: $('cy'), style: style(), wheelSensitivity: 0.3, maxZoom: 4 });
    graph.cy = cy;
    cy.on('zoom', readableLabels);
    cy.on('tap', 'node', (event) => showNode(event.target));
    cy.on('dbltap', 'node', (event) => expand(event.target).catch(showError));
    cy.on('tap', 'edge', (event) => {
      cy.elements().unselect();
      event.target.select();
      showEdge(event.target).catch(showError);
    });
    $('kinds').addEventListener('change', applyFilters);
    $('from').addEventListener('change', applyFilters);
    $('to').addEventListener('change', applyFilters);
    $('clear-dates').addEventListener('click', () => {
      $('from').value = '';
      $('to').value = '';
      applyFilters();
    });
    $('reset').addEventListener('click', () => loadStart().catch(showError));
    $('save-cyjs').addEventListener('click', saveCytoscape);
    $('save-png').addEventListener('click', savePicture);
    $('search').addEventListener('input', (event) => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => search(event.target.value).catch(showError), 250);
    });
    loadStart().catch(showError);
  }

  graph.expand = (id) => expand(graph.cy.getElementById(id));
  graph.shownEdges = shownEdges;
  graph.viewAsCytoscapeJson = viewAsCytoscapeJson;
  start();
})();
