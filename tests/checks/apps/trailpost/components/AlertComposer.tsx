"use client";

import { useState, useTransition } from "react";
import { sendTripAlert } from "@/app/(operator)/alerts/actions";

export function AlertComposer({ tripId }: { tripId: string }) {
  const [body, setBody] = useState("");
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <div>
      <textarea value={body} maxLength={320} onChange={(e) => setBody(e.target.value)} />
      <button
        disabled={pending || body.length === 0}
        onClick={() =>
          start(async () => {
            const fd = new FormData();
            fd.set("tripId", tripId);
            fd.set("body", body);
            fd.set("channel", "sms");
            const res = await sendTripAlert(fd);
            setMsg("error" in res! ? (res as { error: string }).error : "Sent");
          })
        }
      >
        Send SMS alert
      </button>
      {msg && <p>{msg}</p>}
    </div>
  );
}
