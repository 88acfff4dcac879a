"use client";

export function SaveSearchButton({ label, category }: { label: string; category: string }) {
  return (
    <button onClick={() => fetch("/api/saved-searches", { method: "POST", body: JSON.stringify({ label, category }) })}>
      Save search
    </button>
  );
}
