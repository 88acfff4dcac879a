"use client";

import { useState, useTransition } from "react";
import { uploadTicketPhoto } from "@/app/actions/photos";

export function PhotoUploader({ ticketId }: { ticketId: string }) {
  const [msg, setMsg] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      action={(fd) =>
        start(async () => {
          fd.set("ticketId", ticketId);
          const res = await uploadTicketPhoto(fd);
          setMsg(res.ok ? "Photo added." : res.error ?? "Upload failed");
        })
      }
    >
      <input type="file" name="photo" accept="image/*" capture="environment" />
      <button disabled={pending}>Upload photo</button>
      {msg && <p>{msg}</p>}
    </form>
  );
}
