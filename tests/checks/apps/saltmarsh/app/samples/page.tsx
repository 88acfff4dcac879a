import { redirect } from "next/navigation";
import { createSupabaseServer } from "@/lib/auth/supabase";
import { SampleTable } from "@/components/sample-table";

export default async function SamplesPage() {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  const { data } = await supabase.from("samples").select("id, label, site, storage").limit(100);
  return (
    <main>
      <h1>Samples</h1>
      <SampleTable rows={data ?? []} />
    </main>
  );
}
