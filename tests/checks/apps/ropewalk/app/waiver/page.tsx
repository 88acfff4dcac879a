import { verifySession } from "@/lib/session";
import { signWaiver } from "@/app/actions/waivers";
import WaiverForm from "@/components/WaiverForm";

export default async function WaiverPage({ searchParams }: { searchParams: Promise<{ gymId?: string }> }) {
  await verifySession();
  const { gymId } = await searchParams;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl">Release of liability (v3)</h1>
      <p className="text-sm text-gray-600">Climbing is dangerous. Read carefully before signing.</p>
      <WaiverForm gymId={gymId ?? ""} action={signWaiver} />
    </div>
  );
}
