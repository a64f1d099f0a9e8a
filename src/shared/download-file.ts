/**
 * Saves text as a file through a Blob URL and a temporary `<a download>`: no inline script, no
 * data: URL, so it works under the app's Content-Security-Policy. Throws only what the browser
 * throws (caller shows it).
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoked on the next task: the download has started by then in every browser we target.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
