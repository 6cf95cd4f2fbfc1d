/**
 * The player webview's page. Pure, so that what it shows of user text (the
 * recording's and the transcript's names) is tested to be text, never markup.
 */
import { cspMeta, escapeHtml } from '../webview/page';

/** What the page is built from; every address is already a webview address. */
export interface PlayerPage {
  /** The webview's `cspSource`: where its resources may come from. */
  cspSource: string;
  /** A fresh random nonce: only scripts that carry it run. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  mediaUri: string;
  kind: 'audio' | 'video';
  /** The recording's and the transcript's file names, shown as text. */
  recordingName: string;
  transcriptName: string;
}

/** The page: a media element, play/pause, back 5 s, a seek bar, the time and the speed. */
export function playerHtml(page: PlayerPage): string {
  const e = escapeHtml;
  const csp = cspMeta({ 'media-src': [page.cspSource], 'img-src': [page.cspSource], 'style-src': [page.cspSource], 'script-src': [`'nonce-${page.nonce}'`] });
  const speeds = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
${csp}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(page.styleUri)}">
<title>${e(page.recordingName)}</title>
</head>
<body>
<h1 id="title">${e(page.recordingName)}</h1>
<p class="detail">Recording of <span id="transcript">${e(page.transcriptName)}</span></p>
<${page.kind} id="media" preload="auto" src="${e(page.mediaUri)}"></${page.kind}>
<div class="controls">
<button id="back" type="button" title="Back 5 seconds">« 5 s</button>
<button id="play" type="button" title="Play or pause">Play</button>
<input id="seek" type="range" min="0" max="0" step="0.1" value="0" aria-label="Position">
<span id="time" aria-live="off">00:00 / 00:00</span>
<label>Speed <select id="speed">${speeds.map((s) => `<option value="${s}"${s === 1 ? ' selected' : ''}>${s}×</option>`).join('')}</select></label>
</div>
<p id="error" class="error" hidden></p>
<script nonce="${e(page.nonce)}" src="${e(page.scriptUri)}"></script>
</body>
</html>
`;
}
