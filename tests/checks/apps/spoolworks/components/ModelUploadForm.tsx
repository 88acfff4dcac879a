"use client";

import { useAction } from "next-safe-action/hooks";
import { createModel } from "@/app/(maker)/models/actions";

export function ModelUploadForm() {
  const { execute, result, isPending } = useAction(createModel);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({
          title: String(fd.get("title")),
          description: String(fd.get("description") ?? ""),
          license: "CC-BY",
          tags: String(fd.get("tags") ?? "").split(",").map((t) => t.trim()).filter(Boolean),
          isPublic: fd.get("isPublic") === "on",
        });
      }}
    >
      <input name="title" required />
      <textarea name="description" />
      <input name="tags" placeholder="benchy, calibration" />
      <label><input type="checkbox" name="isPublic" /> Public</label>
      <button disabled={isPending}>Upload</button>
      {result.serverError && <p>{result.serverError}</p>}
    </form>
  );
}
