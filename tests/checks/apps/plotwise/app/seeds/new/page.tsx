import { requireMember } from "@/lib/auth/current";
import { SeedListingForm } from "@/components/SeedListingForm";

export default async function NewSeedListingPage() {
  const { user } = await requireMember();
  return (
    <div>
      <h1>List seeds</h1>
      <SeedListingForm defaultEmail={user.email} />
    </div>
  );
}
