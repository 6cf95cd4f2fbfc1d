// The recording player's page script. It runs under a Content-Security-Policy
// that lets only this file run (by nonce); it talks to the extension by
// messages and never puts text into the page as markup.
/* global acquireVsCodeApi, document, window */
(function () {
  const vscode = acquireVsCodeApi();
  const media = /** @type {HTMLMediaElement} */ (document.getElementById('media'));
  const play = /** @type {HTMLButtonElement} */ (document.getElementById('play'));
  const back = /** @type {HTMLButtonElement} */ (document.getElementById('back'));
  const seek = /** @type {HTMLInputElement} */ (document.getElementById('seek'));
  const time = /** @type {HTMLElement} */ (document.getElementById('time'));
  const speed = /** @type {HTMLSelectElement} */ (document.getElementById('speed'));
  const error = /** @type {HTMLElement} */ (document.getElementById('error'));
  const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
  /** Where playing stops by itself (the end of a claim), or null. */
  let until = null;
  let seeking = false;

  function clock(seconds) {
    const s = Math.max(0, Math.floor(seconds || 0));
    const two = (n) => String(n).padStart(2, '0');
    const h = Math.floor(s / 3600);
    return (h > 0 ? h + ':' : '') + two(Math.floor((s % 3600) / 60)) + ':' + two(s % 60);
  }

  /** @param {number} [asked] the number of the extension's request this answers */
  function report(asked) {
    const duration = Number.isFinite(media.duration) ? media.duration : 0;
    play.textContent = media.paused ? 'Play' : 'Pause';
    time.textContent = clock(media.currentTime) + ' / ' + clock(duration);
    if (!seeking) {
      seek.max = String(duration);
      seek.value = String(media.currentTime);
    }
    vscode.postMessage({ type: 'state', time: media.currentTime, paused: media.paused, rate: media.playbackRate, duration, ...(typeof asked === 'number' ? { asked } : {}) });
  }

  function fail(message) {
    error.textContent = message;
    error.hidden = false;
    vscode.postMessage({ type: 'error', message });
  }

  function start() {
    const p = media.play();
    if (p) p.catch((e) => fail('The recording could not be played: ' + (e && e.message ? e.message : String(e))));
  }

  function setRate(rate) {
    const r = Math.min(2, Math.max(0.5, rate));
    media.playbackRate = r;
    speed.value = String(RATES.includes(r) ? r : 1);
    report();
  }

  function seekTo(t) {
    const duration = Number.isFinite(media.duration) ? media.duration : Infinity;
    media.currentTime = Math.min(Math.max(0, t), duration);
  }

  play.addEventListener('click', () => (media.paused ? start() : media.pause()));
  back.addEventListener('click', () => seekTo(media.currentTime - 5));
  seek.addEventListener('input', () => (seeking = true));
  seek.addEventListener('change', () => {
    seeking = false;
    seekTo(Number(seek.value));
  });
  speed.addEventListener('change', () => setRate(Number(speed.value)));
  for (const event of ['timeupdate', 'play', 'pause', 'seeked', 'loadedmetadata', 'ratechange', 'ended']) media.addEventListener(event, () => report());
  media.addEventListener('timeupdate', () => {
    if (until !== null && media.currentTime >= until) {
      until = null;
      media.pause();
    }
  });
  media.addEventListener('error', () => {
    const code = media.error ? media.error.code : 0;
    fail(code === 4 ? 'This recording\u2019s format cannot be played here (WAV, MP3, M4A, OGG, MP4 and WebM usually can).' : 'The recording could not be loaded (media error ' + code + ').');
  });

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m.type !== 'string') return;
    switch (m.type) {
      case 'play':
        until = typeof m.until === 'number' ? m.until : null;
        if (typeof m.time === 'number') seekTo(m.time);
        start();
        break;
      case 'toggle':
        if (media.paused) start();
        else media.pause();
        break;
      case 'pause':
        media.pause();
        break;
      case 'skip':
        seekTo(media.currentTime + Number(m.by || 0));
        break;
      case 'rateBy':
        setRate(Math.round((media.playbackRate + Number(m.step || 0)) * 100) / 100);
        break;
      case 'state':
        report(typeof m.asked === 'number' ? m.asked : undefined);
        break;
    }
  });
  vscode.postMessage({ type: 'ready' });
  report();
})();
