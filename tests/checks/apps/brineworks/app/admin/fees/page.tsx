import { asc } from "drizzle-orm";
import { db } from "@/db";
import { fees } from "@/db/schema";
import { FeeEditor } from "@/components/FeeEditor";

export default async function FeesPage() {
  const rows = await db.select({ id: fees.id, name: fees.name, percent: fees.percent, active: fees.active }).from(fees).orderBy(asc(fees.name));
  return (
    <div>
      <h1>Fees & commissions</h1>
      {rows.map((f) => <FeeEditor key={f.id} fee={{ ...f, percent: Number(f.percent) }} />)}
    </div>
  );
}
