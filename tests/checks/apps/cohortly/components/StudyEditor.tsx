"use client";

import { useState } from "react";

type Props = {
  study: { id: string; title: string; condition: string; plainSummary: string | null; status: string };
  rename: (fd: FormData) => Promise<void>;
  setSummary: (fd: FormData) => Promise<void>;
  setStatus: (fd: FormData) => Promise<void>;
};

export function StudyEditor({ study, rename, setSummary, setStatus }: Props) {
  const [confirmToken, setConfirmToken] = useState("");
  const expectedToken = study.id.slice(-6);
  // ok: timing-unsafe-comparison
  const canArchive = confirmToken === expectedToken;
  return (
    <section>
      <form action={rename}><input name="title" defaultValue={study.title} /><button>Rename</button></form>
      <form action={setSummary}><input type="hidden" name="studyId" value={study.id} /><textarea name="summary" defaultValue={study.plainSummary ?? ""} /><button>Save summary</button></form>
      <form action={setStatus}><select name="status" defaultValue={study.status}><option>draft</option><option>recruiting</option><option>closed</option></select><button>Set</button></form>
      <input value={confirmToken} onChange={(e) => setConfirmToken(e.target.value)} placeholder="Type the last 6 characters to archive" />
      <button disabled={!canArchive}>Archive</button>
    </section>
  );
}
