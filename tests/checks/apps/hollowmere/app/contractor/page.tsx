import Link from "next/link";
import { redirect } from "next/navigation";
import { myJobs } from "@/app/actions/contractor";

export default async function ContractorHome() {
  const [jobs, err] = await myJobs();
  if (err) redirect("/login");
  return (
    <section>
      <h1>Your jobs</h1>
      <ul>
        {jobs.map((j) => (
          <li key={String(j.id)}>
            <Link href={`/contractor/jobs/${j.id}`}>{String(j.title)}</Link> — {String(j.address)}, unit {String(j.unit)}
          </li>
        ))}
      </ul>
    </section>
  );
}
