"use client";

export default function Error({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <p>Something went wrong on the floor.</p>
      <button className="btn" onClick={reset}>Try again</button>
    </div>
  );
}
