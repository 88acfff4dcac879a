"use client";

import { useState } from "react";

export function IntakeNotesForm({ action }: { action: (fd: FormData) => Promise<void> }) {
  const [saving, setSaving] = useState(false);
  return (
    <form action={async (fd) => { setSaving(true); await action(fd); setSaving(false); }}>
      <textarea name="notes" maxLength={2000} />
      <button disabled={saving}>{saving ? "Saving…" : "Save notes"}</button>
    </form>
  );
}
