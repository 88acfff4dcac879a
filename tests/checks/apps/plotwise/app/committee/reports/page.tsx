import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireMember } from "@/lib/auth/current";
import { hasCommitteeRole } from "@/lib/auth/roles";
import { tagPlotsForInspection } from "@/lib/reports";
import { getArrearsReport, getPlotTable } from "@/app/actions/reports";

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ year?: string; sort?: string; dir?: string }> }) {
  const { year = String(new Date().getFullYear()), sort = "code", dir = "asc" } = await searchParams;
  const [arrears, plots] = await Promise.all([getArrearsReport(year), getPlotTable(sort, dir)]);

  // ok: missing-auth, missing-input-validation
  async function tagSite(formData: FormData) {
    "use server";
    await requireMember();
    const input = z.object({ site: z.string().min(1).max(80), tag: z.string().min(1).max(20) }).parse(Object.fromEntries(formData));
    // ruleid: floating-auth-check
    if (!hasCommitteeRole("PLOT_STEWARD")) throw new Error("Forbidden");
    await tagPlotsForInspection(input.site, input.tag); // ruleid: missing-authorization
    revalidatePath("/committee/reports");
  }

  return (
    <div>
      <h2>Arrears {year}</h2>
      <ul>{arrears.map((a) => <li key={a.email}>{a.name}: £{a.owed.toFixed(2)}</li>)}</ul>
      <h2>Plots</h2>
      <ul>{plots.map((p) => <li key={p.code}>{p.code} — {p.site}</li>)}</ul>
      <form action={tagSite}>
        <input name="site" placeholder="Site" />
        <input name="tag" placeholder="Tag" />
        <button>Tag plots for inspection</button>
      </form>
    </div>
  );
}
