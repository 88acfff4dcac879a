import { requireDonor } from "@/lib/dal";
import { db } from "@/lib/db/kysely";

export default async function HistoryPage() {
  const { donor } = await requireDonor();
  const donations = await db.selectFrom("donations").select(["id", "volumeMl", "collectedAt"]).where("donorId", "=", donor.id).orderBy("collectedAt", "desc").execute();
  const deferrals = await db.selectFrom("deferrals").select(["id", "reason", "until", "lifted"]).where("donorId", "=", donor.id).execute();
  return (
    <main>
      <h2>Donations</h2>
      <ul>{donations.map((d) => <li key={d.id}>{d.collectedAt.toDateString()} — {d.volumeMl} ml</li>)}</ul>
      <h2>Deferrals</h2>
      <ul>{deferrals.map((d) => <li key={d.id}>{d.reason} until {d.until.toDateString()} {d.lifted ? "(lifted)" : ""}</li>)}</ul>
    </main>
  );
}
