"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { createJob } from "@/app/actions/jobs";

export function NewJobForm({ customers }: { customers: { id: string; name: string }[] }) {
  const router = useRouter();
  const { execute, isExecuting, result } = useAction(createJob, {
    onSuccess: ({ data }) => data && router.push(`/jobs/${data.id}`),
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({
          title: String(fd.get("title")),
          customerId: String(fd.get("customerId")),
          description: String(fd.get("description") ?? ""),
        });
      }}
      className="space-y-4"
    >
      <input name="title" required placeholder="Boiler service" />
      <select name="customerId">
        {customers.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <textarea name="description" />
      {result.serverError && <p className="text-red-600">{result.serverError}</p>}
      <button disabled={isExecuting}>Create job</button>
    </form>
  );
}
