"use client";

import { useState } from "react";
import { requestAudioUpload } from "@/app/actions/uploads";

export function EpisodeUploader({ episodeId }: { episodeId: string }) {
  const [progress, setProgress] = useState<"idle" | "uploading" | "done" | "error">("idle");
  async function onFile(file: File) {
    setProgress("uploading");
    const { url } = await requestAudioUpload({ episodeId, contentType: file.type });
    const res = await fetch(url, { method: "PUT", body: file, headers: { "content-type": file.type } });
    setProgress(res.ok ? "done" : "error");
  }
  return (
    <label>
      Upload audio
      <input type="file" accept="audio/*" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
      <span>{progress}</span>
    </label>
  );
}
