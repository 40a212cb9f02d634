// Live status of one project's storage integrations, from the SSE stream of the API.
// fetch() is used instead of EventSource so the API key travels in a header, never in a URL.
(function () {
  'use strict';
  const rows = new Map();
  const tbody = document.querySelector('#integrations tbody');
  const connection = document.getElementById('connection');
  let controller = null;

  const params = new URLSearchParams(location.search);
  document.getElementById('project').value =
    params.get('project') || sessionStorage.getItem('si-project') || '';
  document.getElementById('api-key').value = sessionStorage.getItem('si-key') || '';

  document.getElementById('connect-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const project = document.getElementById('project').value.trim();
    const key = document.getElementById('api-key').value;
    sessionStorage.setItem('si-project', project);
    sessionStorage.setItem('si-key', key);
    connect(project, key);
  });

  function setConnection(text, ok) {
    connection.textContent = text;
    connection.className = ok ? 'connected' : 'disconnected';
  }

  async function connect(project, key) {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    rows.forEach((r) => { r.row.remove(); r.details.remove(); });
    rows.clear();
    render();
    try {
      const response = await fetch(
        '/v1/storage-integrations/events?projectId=' + encodeURIComponent(project),
        { headers: { 'X-API-Key': key, Accept: 'text/event-stream' }, signal: mine.signal });
      if (!response.ok) {
        let detail = response.statusText;
        try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not JSON */ }
        setConnection('refused: ' + response.status + ' ' + detail, false);
        return;
      }
      setConnection('connected', true);
      await readEvents(response.body, handle);
      setConnection('disconnected', false);
    } catch (err) {
      if (mine.signal.aborted) return;
      setConnection('disconnected: ' + err.message, false);
    }
    if (!mine.signal.aborted) setTimeout(() => connect(project, key), 2000);
  }

  async function readEvents(body, onEvent) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        let name = 'message';
        const data = [];
        block.split(/\r?\n/).forEach((line) => {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5));
        });
        if (data.length) onEvent(name, JSON.parse(data.join('\n')));
      }
    }
  }

  function handle(name, data) {
    if (name === 'deleted') {
      const entry = rows.get(data.integrationId);
      if (entry) { entry.row.remove(); entry.details.remove(); rows.delete(data.integrationId); }
    } else if (name === 'integration') {
      upsert(data);
    }
    render();
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    return td;
  }

  function upsert(it) {
    let entry = rows.get(it.integrationId);
    if (!entry) {
      const row = document.createElement('tr');
      row.className = 'integration';
      row.dataset.id = it.integrationId;
      const details = document.createElement('tr');
      details.className = 'checks';
      details.dataset.id = it.integrationId;
      details.hidden = true;
      row.addEventListener('click', () => { details.hidden = !details.hidden; });
      tbody.append(row, details);
      entry = { row, details };
      rows.set(it.integrationId, entry);
    }
    const state = document.createElement('span');
    state.className = 'state state-' + it.state;
    state.textContent = it.state + (it.validationInFlight && it.state !== 'PENDING' ? ' (re-validating)' : '');
    const stateCell = cell('', 'state-cell');
    stateCell.dataset.state = it.state;
    stateCell.append(state);
    entry.row.replaceChildren(
      cell(it.name, 'name'), cell(it.integrationId, 'id'), stateCell, cell(it.bucket),
      cell(it.region), cell(it.access), cell(it.message, 'message'),
      cell(it.lastValidatedAt ? new Date(it.lastValidatedAt).toLocaleString() : '—'));
    const td = document.createElement('td');
    td.colSpan = 8;
    const checks = document.createElement('table');
    checks.innerHTML = '<thead><tr><th>Check</th><th>Status</th><th>Code</th><th>What happened</th>' +
      '<th>How to fix</th></tr></thead>';
    const body = document.createElement('tbody');
    (it.checks || []).forEach((c) => {
      const tr = document.createElement('tr');
      tr.dataset.check = c.check;
      tr.append(cell(c.check), cell(c.status, 'status-' + c.status), cell(c.code),
        cell(c.message), cell(c.remediation, 'remediation'));
      body.append(tr);
    });
    checks.append(body);
    td.append(checks.rows.length > 1 ? checks : document.createTextNode('No check results yet.'));
    entry.details.replaceChildren(td);
  }

  function render() {
    document.getElementById('integrations').hidden = rows.size === 0;
    document.getElementById('empty').hidden = rows.size !== 0;
  }
})();
