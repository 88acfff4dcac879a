"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { requestPhotoUpload } from "@/app/actions/photos";

export function PhotoUploader({ teamId }: { teamId: string }) {
  const { execute, isPending } = useServerAction(requestPhotoUpload);
  const [done, setDone] = useState(false);
  async function onFile(file: File) {
    const [data, err] = await execute({ teamId, contentType: file.type as "image/jpeg", caption: file.name });
    if (err || !data) return;
    await fetch(data.url, { method: "PUT", body: file, headers: { "content-type": file.type } });
    setDone(true);
  }
  return (
    <label className="btn">
      {isPending ? "Uploading…" : done ? "Uploaded" : "Add photo"}
      <input type="file" accept="image/*" hidden onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
    </label>
  );
}
