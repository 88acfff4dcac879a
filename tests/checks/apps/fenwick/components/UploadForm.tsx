"use client";

import { useActionState } from "react";
import { uploadDocument } from "@/app/actions/documents";

export function UploadForm() {
  const [state, action, pending] = useActionState(uploadDocument, { error: null as string | null });
  return (
    <form action={action}>
      <input type="file" name="file" accept="application/pdf,image/jpeg,image/png" />
      <button disabled={pending}>Upload</button>
      {state?.error && <p className="error">{state.error}</p>}
    </form>
  );
}
