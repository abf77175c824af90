/** Copies the link of the current view (the URL is the view). */
import { useState } from 'react';

export function CopyLink() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="visually-hidden" role="status">
        {copied === 'copied'
          ? 'Link copied'
          : copied === 'failed'
            ? 'Could not copy: copy the address bar instead'
            : ''}
      </span>
      {copied !== 'idle' && (
        <span className="copy-feedback" aria-hidden="true">
          {copied === 'copied' ? 'Copied' : 'Copy the address bar'}
        </span>
      )}
    </>
  );
}
