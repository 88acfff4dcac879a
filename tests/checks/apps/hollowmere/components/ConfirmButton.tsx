"use client";

import { useFormStatus } from "react-dom";

export function ConfirmButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      disabled={pending}
      onClick={(e) => {
        if (!confirm("Are you sure?")) e.preventDefault();
      }}
    >
      {label}
    </button>
  );
}
