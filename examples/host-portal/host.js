// The host's side of the Device Console protocol (version 1).
(() => {
  const frame = document.getElementById('console');
  const consoleUrl = new URL(frame.dataset.consoleUrl);
  const consoleOrigin = consoleUrl.origin;
  const SOURCE = 'kustom-device-console';
  // For tests and debugging: every message received from the console.
  window.consoleMessages = [];

  const send = (type, fields = {}) => frame.contentWindow.postMessage({ source: SOURCE, v: 1, type, ...fields }, consoleOrigin);

  async function sendToken() {
    const res = await fetch('/token', { method: 'POST' });
    const { token } = await res.json();
    send('session', { token });
  }

  window.addEventListener('message', (event) => {
    // Only the console, from its origin and its frame.
    if (event.origin !== consoleOrigin || event.source !== frame.contentWindow) return;
    const m = event.data;
    if (!m || m.source !== SOURCE || m.v !== 1) return;
    window.consoleMessages.push(m);
    switch (m.type) {
      case 'ready': sendToken(); send('locale', { tag: navigator.language }); break;
      case 'token_request': sendToken(); break;
      case 'resize': frame.style.height = `${m.height}px`; break;
      case 'navigated':
        history.replaceState(null, '', `#${m.path}`);
        // The portal owns the navigation and the heading; the console says what it shows.
        if (m.title) {
          document.getElementById('portal-title').textContent = m.title;
          document.title = `${m.title} · Example Portal`;
        }
        break;
    }
  });

  document.querySelectorAll('[data-go]').forEach((b) => b.addEventListener('click', () => send('navigate', { path: b.dataset.go })));
  // Content only is the default; a portal without navigation of its own can ask the
  // console to draw its own top bar.
  document.querySelectorAll('[data-chrome]').forEach((b) => b.addEventListener('click', () => send('chrome', { mode: b.dataset.chrome })));
  document.querySelectorAll('[data-theme]').forEach((b) => b.addEventListener('click', () => send('theme', {
    scheme: b.dataset.theme, accent: b.dataset.theme === 'dark' ? '#7bd4a0' : '#0a7d5a', font: 'system-ui, sans-serif',
  })));

  // A deep link into the portal (#/devices/…) opens that page of the console.
  const start = location.hash.startsWith('#/') ? location.hash.slice(1) : '/enrollments';
  frame.src = new URL(start, consoleUrl).href;
})();
