import { DumpText } from './DumpText.tsx';

// The app's messages quote every value they did not write themselves: “value”. A value that itself
// holds ” ends its run early, but what follows still lands in the next isolated run or plain text.
const QUOTED = /“([^”]*)”/g;

/** An app message with each “quoted” value isolated (see DumpText): a notice, an alert. */
export function MessageText({ text }: { text: string }) {
  const parts: Array<string | { quoted: string }> = [];
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    parts.push(text.slice(last, m.index));
    parts.push({ quoted: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <span className="wrap-anywhere">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <span key={i}>
            “<DumpText>{p.quoted}</DumpText>”
          </span>
        ),
      )}
    </span>
  );
}
