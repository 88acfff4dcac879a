"use client";

import { useTransition } from "react";

export function ConfirmButton({ action, label }: { action: () => Promise<unknown>; label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      disabled={pending}
      onClick={() => {
        if (confirm(`${label}?`)) startTransition(async () => void (await action()));
      }}
    >
      {label}
    </button>
  );
}
