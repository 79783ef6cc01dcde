/**
 * The validation panel beside the editor's form: the page loads it as a script from the loopback
 * server. It shows what `npm run validate` says after each save (this record's problems first),
 * and for a sealed record the reason box and the "发布更正" button. It talks only to the server
 * that served it (/admin-api/…); its strings come from src/i18n/zh-cn-admin.ts.
 */
import { adminUi } from '../i18n/zh-cn-admin.ts';

type PanelUi = typeof adminUi.panel;

interface Status {
  generation: number;
  running: boolean;
  summary?: string;
  ok?: boolean;
  problems: { file: string; where: string; path: string; message: string; rule?: string }[];
  sealed: boolean;
  draft: boolean;
  file?: string;
}

/** Runs in the browser: no imports, no closures over module scope. */
function panelMain(ui: Omit<PanelUi, 'passed' | 'failed' | 'correctionWritten'>): void {
  const aside = document.createElement('aside');
  aside.id = 'gongshi-panel';
  aside.setAttribute('aria-live', 'polite');
  aside.setAttribute('aria-label', ui.heading);
  document.body.append(aside);
  let shown = '';
  let message = '';
  let lastFile: string | undefined;
  let link = '';
  // What the clerk typed as the correction's reason: kept across re-renders (the panel redraws when
  // the server's status changes, e.g. the moment a refused save becomes a held draft).
  let reasonText = '';

  const fileOfHash = (): string | undefined => {
    const m = /^#\/collections\/([a-z-]+)\/entries\/([a-z0-9-]+)/.exec(location.hash);
    if (!m) return undefined;
    return m[1] === 'site' ? 'content/site.yaml' : `content/${m[1]}/${m[2]}.yaml`;
  };

  const el = (tag: string, text?: string, cls?: string): HTMLElement => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  const render = (s: Status): void => {
    const key = JSON.stringify([s, message, link]);
    if (key === shown) return;
    shown = key;
    aside.replaceChildren();
    aside.append(el('h2', ui.heading));
    if (s.sealed) {
      const box = el('section', undefined, 'sealed');
      box.append(el('p', ui.sealed));
      const label = el('label', ui.reasonLabel) as HTMLLabelElement;
      const reason = el('textarea') as HTMLTextAreaElement;
      reason.id = 'gongshi-reason';
      reason.rows = 4;
      reason.value = reasonText;
      reason.addEventListener('input', () => (reasonText = reason.value));
      label.htmlFor = reason.id;
      const button = el('button', ui.publishCorrection) as HTMLButtonElement;
      button.type = 'button';
      button.id = 'gongshi-correct';
      button.addEventListener('click', async () => {
        // Whether a draft is held is the server's to say (its refusal names it): the status this
        // panel last drew may predate the save the clerk just made.
        if (!reasonText.trim()) return ((message = ui.noReason), poll());
        const res = await fetch('/admin-api/correct', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ file: s.file, reason: reasonText }) });
        const body = (await res.json()) as { message?: string; error?: string; hash?: string };
        message = body.error ?? body.message ?? '';
        link = body.hash ?? '';
        if (res.ok) reasonText = '';
        poll();
      });
      box.append(label, reason, button);
      aside.append(box);
    }
    if (message) {
      const note = el('p', message, 'note');
      if (link) {
        const a = el('a', ui.openCorrection) as HTMLAnchorElement;
        a.href = link;
        note.append(' ', a);
      }
      aside.append(note);
    }
    if (s.running) aside.append(el('p', ui.running));
    else if (!s.summary) aside.append(el('p', ui.idle));
    else {
      aside.append(el('p', s.summary, s.ok ? 'ok' : 'failed'));
      const mine = s.problems.filter((p) => p.file === s.file);
      const others = s.problems.filter((p) => p.file !== s.file);
      for (const [heading, list] of [
        [ui.thisFile, mine],
        [ui.otherFiles, others],
      ] as const) {
        if (!list.length) continue;
        aside.append(el('h3', heading));
        const ul = el('ul');
        for (const p of list) {
          const li = el('li');
          li.append(el('span', p.where, 'where'), el('code', p.path), el('span', p.message, 'message'));
          if (p.rule) li.append(el('span', `[${p.rule}]`, 'rule'));
          ul.append(li);
        }
        aside.append(ul);
      }
    }
    const again = el('button', ui.validateNow) as HTMLButtonElement;
    again.type = 'button';
    again.addEventListener('click', async () => {
      await fetch('/admin-api/validate', { method: 'POST' });
      poll();
    });
    aside.append(again);
  };

  const poll = async (): Promise<void> => {
    const file = fileOfHash();
    if (file !== lastFile) (message = ''), (link = ''), (lastFile = file);
    try {
      const res = await fetch(`/admin-api/status${file ? `?file=${encodeURIComponent(file)}` : ''}`);
      render((await res.json()) as Status);
    } catch {
      // The server stopped: the panel keeps what it last showed.
    }
  };
  window.addEventListener('hashchange', () => void poll());
  setInterval(() => void poll(), 1000);
  void poll();
}

/** The panel's script text, with its strings. */
export function panelScript(): string {
  const { passed: _p, failed: _f, correctionWritten: _c, ...strings } = adminUi.panel;
  return `(${panelMain.toString()})(${JSON.stringify(strings)});\n`;
}

/** Styles of the panel and the room it takes beside Decap's form (desktop: a column on the right). */
export const PANEL_CSS = `
/* Decap's fixed header and editor are laid out inside this box (a transform makes it their containing block). */
#gongshi-editor { position: fixed; top: 0; left: 0; bottom: 0; right: 22rem; overflow: auto; transform: translateZ(0); }
#gongshi-panel { position: fixed; top: 0; right: 0; bottom: 0; width: 22rem; overflow-y: auto; box-sizing: border-box; padding: 1rem 1.1rem; background: #fff; border-left: 1px solid #dfdfe3; font: 14px/1.6 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: #313d3e; z-index: 400; }
#gongshi-panel h2 { font-size: 1.05rem; margin: 0 0 .6rem; }
#gongshi-panel h3 { font-size: .95rem; margin: .9rem 0 .3rem; }
#gongshi-panel ul { list-style: none; margin: 0; padding: 0; }
#gongshi-panel li { border-top: 1px solid #eee; padding: .4rem 0; }
#gongshi-panel .where { display: block; color: #6a6a6a; font-size: .8rem; }
#gongshi-panel code { display: block; font-size: .8rem; color: #5a3fa0; }
#gongshi-panel .message { display: block; }
#gongshi-panel .rule { color: #6a6a6a; font-size: .8rem; }
#gongshi-panel .ok { color: #17753a; font-weight: 600; }
#gongshi-panel .failed { color: #b3261e; font-weight: 600; }
#gongshi-panel .note { background: #fff6d6; padding: .4rem .6rem; }
#gongshi-panel .note a { color: #1d4ed8; text-decoration: underline; }
#gongshi-panel .sealed { background: #fdecea; padding: .6rem .7rem; margin-bottom: .8rem; }
#gongshi-panel textarea { width: 100%; box-sizing: border-box; font: inherit; }
#gongshi-panel label { display: block; margin: .4rem 0 .2rem; font-weight: 600; }
#gongshi-panel button { margin-top: .6rem; padding: .35rem .9rem; font: inherit; border: 1px solid #3a69c7; background: #3a69c7; color: #fff; border-radius: 4px; cursor: pointer; }
`;
