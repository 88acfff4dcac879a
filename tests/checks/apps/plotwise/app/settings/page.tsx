import { requireMember } from "@/lib/auth/current";
import { ProfileForm } from "@/components/ProfileForm";
import { DeleteAccountButton } from "@/components/DeleteAccountButton";

export default async function SettingsPage() {
  const { user } = await requireMember();
  return (
    <div>
      <h1>Your details</h1>
      <ProfileForm name={user.name} phone={user.phone ?? ""} address={user.address ?? ""} />
      <DeleteAccountButton />
    </div>
  );
}
