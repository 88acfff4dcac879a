"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { createSeedListing } from "@/app/actions/seeds";

export function SeedListingForm({ defaultEmail }: { defaultEmail: string }) {
  const router = useRouter();
  const { execute, result, isExecuting } = useAction(createSeedListing, {
    onSuccess: ({ data }) => data && router.push(`/seeds/${data.id}`),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({
          variety: String(fd.get("variety")),
          quantity: Number(fd.get("quantity")),
          description: String(fd.get("description") ?? ""),
          contactEmail: String(fd.get("contactEmail")),
        });
      }}
    >
      <input name="variety" required />
      <input name="quantity" type="number" min={1} required />
      <textarea name="description" />
      <input name="contactEmail" type="email" defaultValue={defaultEmail} />
      {result.serverError && <p role="alert">{result.serverError}</p>}
      <button disabled={isExecuting}>List seeds</button>
    </form>
  );
}
