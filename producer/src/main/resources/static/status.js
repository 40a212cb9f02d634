// Live status of one project's storage integrations, from the SSE stream of the API.
// fetch() is used instead of EventSource so the API key travels in a header, never in a URL.
(function () {
  'use strict';
  // Counted and listed in this order: what needs someone's attention first.
  const STATES = ['INVALID', 'ERROR', 'PENDING', 'ACTIVE'];
  const rows = new Map();
  const tbody = document.querySelector('#integrations tbody');
  const connection = document.getElementById('connection');
  const empty = document.getElementById('empty');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timeFormat = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  let controller = null;
  let phase = 'idle';

  document.getElementById('time-zone').textContent = '(' + zone + ')';
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

  function setConnection(text, newPhase) {
    connection.textContent = text;
    connection.className = newPhase === 'connected' ? 'connected' : 'disconnected';
    phase = newPhase;
    render();
  }

  async function connect(project, key) {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    rows.forEach((r) => { r.row.remove(); r.details.remove(); });
    rows.clear();
    setConnection('connecting…', 'connecting');
    try {
      const response = await fetch(
        '/v1/storage-integrations/events?projectId=' + encodeURIComponent(project),
        { headers: { 'X-API-Key': key, Accept: 'text/event-stream' }, signal: mine.signal });
      if (!response.ok) {
        let detail = response.statusText;
        try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not JSON */ }
        setConnection('refused: ' + response.status + ' ' + detail, 'refused');
        return;
      }
      setConnection('connected', 'connected');
      await readEvents(response.body, handle);
      setConnection('disconnected', 'disconnected');
    } catch (err) {
      if (mine.signal.aborted) return;
      setConnection('disconnected: ' + err.message, 'disconnected');
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

  function nameCell(it) {
    const td = cell('', 'name');
    const name = document.createElement('div');
    name.textContent = it.name;
    td.append(name);
    if (it.description) {
      const description = document.createElement('div');
      description.className = 'description';
      description.textContent = it.description;
      td.append(description);
    }
    return td;
  }

  // In the browser's time zone, named, with the exact UTC instant as tooltip and datetime.
  function timeCell(iso) {
    const td = cell(iso ? '' : '—', 'time');
    if (iso) {
      const time = document.createElement('time');
      time.dateTime = iso;
      time.title = new Date(iso).toISOString();
      time.textContent = timeFormat.format(new Date(iso));
      td.append(time);
    }
    return td;
  }

  // "in use" with how long ago a job was last vended credentials; the exact time as tooltip.
  function inUseBadge(iso) {
    const badge = document.createElement('span');
    badge.className = 'in-use';
    badge.dataset.vendedAt = iso;
    badge.title = 'credentials last vended ' + timeFormat.format(new Date(iso)) +
      ' (' + new Date(iso).toISOString() + ')';
    badge.textContent = 'in use · ' + ago(iso);
    return badge;
  }

  function ago(iso) {
    const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
    const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
    }
    return 'just now';
  }

  // Relative times age while nothing is sent: refresh them.
  setInterval(() => {
    document.querySelectorAll('.in-use').forEach((badge) => {
      badge.textContent = 'in use · ' + ago(badge.dataset.vendedAt);
    });
  }, 30000);

  // A fix that ends in a policy document shows the document indented, with a copy button.
  function remediationCell(text) {
    const td = cell('', 'remediation');
    if (!text) return td;
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}') + 1;
    let json = null;
    if (start >= 0 && end > start) {
      try { json = JSON.parse(text.slice(start, end)); } catch (ignored) { json = null; }
    }
    if (json === null) {
      td.textContent = text;
      return td;
    }
    const prose = document.createElement('p');
    prose.textContent = (text.slice(0, start) + text.slice(end)).trim();
    const pre = document.createElement('pre');
    pre.className = 'fix-json';
    pre.textContent = JSON.stringify(json, null, 2);
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'copy';
    copy.textContent = 'Copy';
    copy.addEventListener('click', () => copyText(pre, copy));
    td.append(prose, pre, copy);
    return td;
  }

  function copyText(pre, button) {
    const done = (label) => { button.textContent = label; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(pre.textContent).then(
        () => done('Copied'), () => done('Copy failed: select the text'));
    } else {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      done('Selected: press Ctrl+C');
    }
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
      entry = { row, details };
      rows.set(it.integrationId, entry);
    }
    entry.data = it;
    const state = document.createElement('span');
    state.className = 'state state-' + it.state;
    state.textContent = it.state + (it.validationInFlight && it.state !== 'PENDING' ? ' (re-validating)' : '');
    const stateCell = cell('', 'state-cell');
    stateCell.dataset.state = it.state;
    stateCell.append(state);
    if (it.lastVendedAt) stateCell.append(' ', inUseBadge(it.lastVendedAt));
    entry.row.replaceChildren(
      nameCell(it), cell(it.integrationId, 'id'), stateCell, cell(it.bucket),
      cell(it.region), cell(it.access), cell(it.message, 'message'), timeCell(it.lastValidatedAt));
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
        cell(c.message), remediationCell(c.remediation));
      body.append(tr);
    });
    checks.append(body);
    td.append(checks.rows.length > 1 ? checks : document.createTextNode('No check results yet.'));
    entry.details.replaceChildren(td);
  }

  function rank(it) {
    const i = STATES.indexOf(it.state);
    return i < 0 ? STATES.length : i;
  }

  function render() {
    const sorted = [...rows.values()].sort((a, b) =>
      rank(a.data) - rank(b.data) || String(a.data.name).localeCompare(String(b.data.name)));
    sorted.forEach((entry) => tbody.append(entry.row, entry.details));
    renderCounts();
    document.getElementById('integrations').hidden = rows.size === 0;
    empty.hidden = rows.size !== 0;
    empty.textContent = {
      idle: 'Enter the project and API key, then Connect.',
      connecting: 'Connecting…',
      connected: 'No integrations yet.',
      refused: 'Not connected: check the project and API key.',
      disconnected: 'Disconnected; reconnecting…',
    }[phase];
  }

  function renderCounts() {
    const counts = document.getElementById('counts');
    const byState = new Map(STATES.map((s) => [s, 0]));
    rows.forEach((entry) => byState.set(entry.data.state, (byState.get(entry.data.state) || 0) + 1));
    counts.replaceChildren(...[...byState].map(([state, n]) => {
      const li = document.createElement('li');
      li.dataset.state = state;
      li.className = n > 0 ? 'some' : 'none';
      const label = document.createElement('span');
      label.className = 'state state-' + state;
      label.textContent = state;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(n);
      li.append(label, ' ', count);
      return li;
    }));
    counts.hidden = phase !== 'connected' && rows.size === 0;
  }

  render();
})();
