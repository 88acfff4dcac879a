import Link from "next/link";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { LabResult } from "@/lib/models/LabResult";

export default async function LabsPage() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const results = await LabResult.find({ patient: userId, releasedToPatient: true })
    .select("panel createdAt")
    .sort({ createdAt: -1 })
    .lean();
  return (
    <section>
      <h1>Test results</h1>
      <ul>
        {results.map((r) => (
          <li key={String(r._id)}>
            <Link href={`/portal/labs/${r._id}`}>{r.panel}</Link> — {r.createdAt.toLocaleDateString("en-GB")}
          </li>
        ))}
      </ul>
    </section>
  );
}
