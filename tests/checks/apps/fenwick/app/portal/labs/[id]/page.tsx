import { notFound } from "next/navigation";
import { getLabResult } from "@/app/actions/labs";
import { LabResultCard } from "@/components/LabResultCard";
import { ExplainButton } from "@/components/ExplainButton";

export default async function LabResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await getLabResult(id).catch(() => null);
  if (!result) notFound();
  return (
    <section>
      <LabResultCard panel={result.panel} values={result.values} comment={result.labComment ?? undefined} />
      <ExplainButton resultId={id} />
    </section>
  );
}
