"use client";

export function CreditBadge({ cents, name }: { cents: number; name: string }) {
  const pounds = (cents / 100).toFixed(2);
  return (
    <div className={cents < 200 ? "badge badge-low" : "badge"}>
      {name}: £{pounds}
    </div>
  );
}
